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
   * {@return a new, empty builder of people; {@code id} and {@code name} must be set before {@code
   * build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this person, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return the id that identifies this person in a dataset, such as {@code marija-raus}} */
  public abstract PersonId id();

  /**
   * {@return the person's name as the sources give it, without honorific, such as "Chaudhry Salik
   * Hussain"; never blank}
   */
  public abstract String name();

  /** {@return the honorific the sources use, such as "Mr." or "Ms.", if any; never blank} */
  public abstract Optional<String> honorific();

  /**
   * {@return the positions the person holds or held, in the order given, several at once where the
   * sources say so; no two with the same title}
   */
  public abstract List<Position> positions();

  /**
   * {@return the sources the person's facts come from; validating a dataset warns when there is
   * none}
   */
  public abstract List<Source> sources();

  /**
   * {@return the person's position with exactly the given title, or empty if they hold none}
   *
   * @param title a position's title, as the sources give it
   */
  public Optional<Position> position(String title) {
    for (Position p : positions()) { // a person holds few positions
      if (p.title().equals(title)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the person's position with the given id, or empty if none has it}
   *
   * @param id a position's id, as a statement names it
   * @since 0.1.0
   */
  public Optional<Position> position(PositionId id) {
    for (Position p : positions()) { // a person holds few positions
      if (p.id().isPresent() && p.id().get().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("person");
    java.util.Set<PositionId> ids = new java.util.HashSet<>();
    for (int i = 0; i < positions().size(); i++) {
      Position p = positions().get(i);
      if (p != null && p.id().isPresent() && !ids.add(p.id().get())) {
        c.violation("positions[" + i + "].id",
            org.migov.validation.ViolationCode.COLLECTION_DUPLICATE,
            "the position id '%s' is used by another position of the person", p.id().get());
      }
    }
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
     * {@return a person of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Person build() {
      return super.build();
    }
  }
}
