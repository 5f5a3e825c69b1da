package org.migov.model;

/**
 * The id of a {@link WorkingGroup} of a dialogue: a lower-case slug such as {@code
 * thematic-working-group}.
 *
 * <p>Unique among its dialogue's working groups; a meeting names the working group that convened it
 * by this id. The slug obeys the rules of {@link EntityId}; ids of other kinds with the same slug
 * are not equal to it.
 *
 * @since 0.1.0
 */
public final class WorkingGroupId extends EntityId implements Comparable<WorkingGroupId> {
  private WorkingGroupId(String value) {
    super("workingGroupId", value);
  }

  /**
   * {@return the id of the working group with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code thematic-working-group}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
   */
  public static WorkingGroupId of(String value) {
    return new WorkingGroupId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(WorkingGroupId other) {
    return value().compareTo(other.value());
  }
}
