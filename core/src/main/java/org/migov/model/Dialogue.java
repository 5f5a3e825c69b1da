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
   * Returns a new, empty builder of {@link Dialogue}.
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
  public abstract DialogueId id();

  /**
   * Returns the name, such as "Budapest Process".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns a short name or acronym.
   *
   * @return the short name
   */
  public abstract Optional<String> shortName();

  /**
   * Returns when it was established, as each source gives it (sources disagree).
   *
   * @return the dates
   */
  public abstract List<SourcedDate> established();

  /**
   * Returns a description.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns its members, observers and partners.
   *
   * @return the memberships
   */
  public abstract List<Membership> members();

  /**
   * Returns its named regions.
   *
   * @return the regions
   */
  public abstract List<Region> regions();

  /**
   * Returns the terms of its chairs, co-chairs, rapporteurs and secretariats.
   *
   * @return the terms
   */
  public abstract List<RoleTerm> terms();

  /**
   * Returns its working groups.
   *
   * @return the working groups
   */
  public abstract List<WorkingGroup> workingGroups();

  /**
   * Returns figures of its size, such as "more than 50 governments".
   *
   * @return the figures
   */
  public abstract List<Figure> size();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
  public abstract List<Source> sources();

  /**
   * Returns the terms in the given role, such as every chair, in the order given.
   *
   * @param role a role
   * @return the terms in that role
   */
  public List<RoleTerm> terms(DialogueRole role) {
    return terms().stream().filter(t -> t.role() == role).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns the working group with the given id.
   *
   * @param id a working group id
   * @return the working group, or empty if the dialogue has none with that id
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
     * Builds a {@link Dialogue} of the attributes set, checking every invariant.
     *
     * @return the dialogue
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Dialogue build() {
      return super.build();
    }
  }
}
