package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A person: a minister, an official, an expert, with the positions they hold.
 *
 * <p>One person can hold several positions at once (Head of Region Silk Routes and Head of the
 * Budapest Process Secretariat, both at ICMPD). Rules: id and name are required; no two positions
 * have the same title.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /**
   * Returns a new, empty builder of {@link Person}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with every attribute of this object, to build a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract PersonId id();

  /**
   * Returns the name as sources give it, without honorific, such as "Chaudhry Salik Hussain".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the honorific, such as "Mr." or "Ms.".
   *
   * @return the honorific
   */
  public abstract Optional<String> honorific();

  /**
   * Returns the positions held, in the order given.
   *
   * @return the positions
   */
  public abstract List<Position> positions();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
  public abstract List<Source> sources();

  /**
   * Returns the position with the given title.
   *
   * @param title a title
   * @return the position, or empty if the person holds none with that title
   */
  public Optional<Position> position(String title) {
    for (Position p : positions()) { // a person holds few positions
      if (p.title().equals(title)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("person");
    c.required("id", id());
    c.text("name", name());
    c.optionalText("honorific", honorific());
    c.unique("positions", positions(), Position::title);
    c.elements("positions", positions());
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link Person}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}

    /**
     * Builds a {@link Person} of the attributes set, checking every invariant.
     *
     * @return the person
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Person build() {
      return super.build();
    }
  }
}
