package org.migov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.MigovJsonException;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Meeting;
import org.migov.model.Organisation;
import org.migov.model.Person;
import org.migov.model.RemittanceSeries;

/** What the formats share: datasets taken apart and put together, and reading failures. */
final class Conversions {
  private Conversions() {}

  /**
   * {@return the failure of reading a file, with exit code 2 when it could not be read and 1 when
   * its content is wrong; the message names the file and the problem's location}
   */
  static UserError failure(Path file, MigovJsonException e) {
    if (e.problem() == MigovJsonException.Problem.IO_ERROR) {
      return new UserError(Migov.USAGE, file + ": " + e.getMessage());
    }
    return new UserError(Migov.DATA_ERRORS, file + ": " + e.getMessage()
        + " (migov validate lists every problem)");
  }

  /** {@return the objects of a stream, whose reading failures become {@link UserError}s} */
  static <T> Stream<T> reportingAs(Path file, Stream<T> objects) {
    Iterator<T> it = objects.iterator();
    Iterator<T> checked = new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return it.hasNext();
        } catch (MigovJsonException e) {
          throw failure(file, e);
        }
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return it.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(checked,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(objects::close);
  }

  /**
   * Adds an object to a dataset: the lists of another dataset, or the object to its list.
   *
   * @param b the dataset's builder
   * @param o a dataset, or an object that a dataset holds
   */
  static void addTo(Dataset.Builder b, Object o) {
    if (o instanceof Dataset d) {
      b.addAllDialogues(d.dialogues())
          .addAllOrganisations(d.organisations())
          .addAllPeople(d.people())
          .addAllDeclarations(d.declarations())
          .addAllMeetings(d.meetings())
          .addAllRemittanceSeries(d.remittanceSeries())
          .addAllCountryFigures(d.countryFigures());
    } else if (o instanceof Dialogue dialogue) {
      b.addDialogues(dialogue);
    } else if (o instanceof Organisation organisation) {
      b.addOrganisations(organisation);
    } else if (o instanceof Person person) {
      b.addPeople(person);
    } else if (o instanceof Declaration declaration) {
      b.addDeclarations(declaration);
    } else if (o instanceof Meeting meeting) {
      b.addMeetings(meeting);
    } else if (o instanceof RemittanceSeries series) {
      b.addRemittanceSeries(series);
    } else if (o instanceof CountryFigure figure) {
      b.addCountryFigures(figure);
    } else {
      throw new UserError(Migov.USAGE, "a dataset holds no " + o.getClass().getSimpleName());
    }
  }

  /** {@return the iterator, typed for writing} */
  @SuppressWarnings("unchecked") // reads only
  static Iterator<Object> objects(Iterator<?> it) {
    return (Iterator<Object>) it;
  }

  /** {@return a dataset, of the objects given or of itself} */
  static Dataset toDataset(List<?> objects) {
    if (objects.size() == 1 && objects.get(0) instanceof Dataset d) {
      return d;
    }
    Dataset.Builder b = Dataset.builder();
    objects.forEach(o -> addTo(b, o));
    return b.build();
  }

  /**
   * {@return the objects of a dataset when they are all of one kind (only meetings, say), or
   * {@code null} when it holds several kinds or none}
   */
  static @Nullable List<?> onlyKind(Dataset d) {
    List<List<?>> lists = List.of(d.dialogues(), d.organisations(), d.people(),
        d.declarations(), d.meetings(), d.remittanceSeries(), d.countryFigures());
    List<List<?>> filled = new ArrayList<>();
    for (List<?> l : lists) {
      if (!l.isEmpty()) {
        filled.add(l);
      }
    }
    return filled.size() == 1 ? filled.get(0) : null;
  }
}
