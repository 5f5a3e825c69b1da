package org.migov.model;

/**
 * The id of a {@link WorkingGroup} of a dialogue, a lower-case slug such as {@code legal-migration-twg}.
 *
 * @since 0.1.0
 */
public final class WorkingGroupId extends EntityId implements Comparable<WorkingGroupId> {
  private WorkingGroupId(String value) {
    super("workingGroupId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
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
