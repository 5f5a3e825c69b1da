package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * An intergovernmental migration dialogue, such as the Budapest Process, the Rabat Process or the
 * Prague Process.
 *
 * <p>A dialogue has members (states and organisations), named regions, chairs, co-chairs, a
 * rapporteur and a secretariat (all as {@link RoleTerm}s), working groups, and figures of its
 * size. Rules: id and name are required; no party is a member twice; region and working group ids
 * are unique within the dialogue.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Dialogue {
  Dialogue() {}

  /**
   * {@return a new, empty builder of dialogues; {@code id} and {@code name} must be set before
   * {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this dialogue, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the id that identifies this dialogue in a dataset, such as {@code budapest-process}}
   */
  public abstract DialogueId id();

  /** {@return the dialogue's full name, such as "Budapest Process"; never blank} */
  public abstract String name();

  /** {@return a short name or acronym by which the dialogue is also known, if any; never blank} */
  public abstract Optional<String> shortName();

  /**
   * {@return when the dialogue was established, one date for each source that gives one (sources
   * disagree: 1991 or 1993 for the Budapest Process); none if unknown}
   */
  public abstract List<SourcedDate> established();

  /** {@return a description of the dialogue, if any; never blank} */
  public abstract Optional<String> description();

  /** {@return the dialogue's members, observers and partners, no party twice; possibly none} */
  public abstract List<Membership> members();

  /** {@return the regions the dialogue names, such as the Silk Routes, each id at most once} */
  public abstract List<Region> regions();

  /**
   * {@return the terms of the dialogue's chairs, co-chairs, rapporteurs and secretariats, past and
   * present, in the order given} Validating a dataset reports two terms of a chair, rapporteur or
   * secretariat that certainly overlap.
   */
  public abstract List<RoleTerm> terms();

  /** {@return the dialogue's working groups, each id at most once} */
  public abstract List<WorkingGroup> workingGroups();

  /**
   * {@return figures of the dialogue's size, such as "more than 50 governments and 10 international
   * organisations", each with its qualifier and source; possibly none}
   */
  public abstract List<Figure> size();

  /**
   * {@return the sources the dialogue's facts come from; validating a dataset warns when there is
   * none}
   */
  public abstract List<Source> sources();

  /**
   * {@return the terms held in the given role, such as every chair, in the order given}
   *
   * @param role the role
   */
  public List<RoleTerm> terms(DialogueRole role) {
    return terms().stream().filter(t -> t.role() == role).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * {@return the dialogue's working group with the given id, or empty if it has none}
   *
   * @param id a working group's id
   */
  public Optional<WorkingGroup> workingGroup(WorkingGroupId id) {
    for (WorkingGroup w : workingGroups()) {
      if (w.id().equals(id)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("dialogue");
    c.required("id", id());
    c.text("name", name());
    c.optionalText("shortName", shortName());
    c.optionalText("description", description());
    c.unique("members", members(), Membership::party);
    c.unique("regions", regions(), Region::id);
    c.unique("workingGroups", workingGroups(), WorkingGroup::id);
    c.elements("established", established());
    c.elements("members", members());
    c.elements("regions", regions());
    c.elements("terms", terms());
    c.elements("workingGroups", workingGroups());
    c.elements("size", size());
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link Dialogue}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableDialogue.Builder {
    Builder() {}

    /**
     * {@return a dialogue of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Dialogue build() {
      return super.build();
    }
  }
}
