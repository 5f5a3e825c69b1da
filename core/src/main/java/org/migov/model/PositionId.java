package org.migov.model;

/**
 * The id of a {@link Position} among its holder's positions: a lower-case slug such as {@code
 * head-of-secretariat}.
 *
 * <p>A statement names the positions its speaker spoke in by this id ({@link
 * Statement#positionIds()}), not by matching titles; validating a {@link Dataset} reports an id
 * that names none of the speaker's positions. The slug obeys the rules of {@link EntityId}; it is
 * unique among one person's positions, not across people.
 *
 * @since 0.1.0
 */
public final class PositionId extends EntityId implements Comparable<PositionId> {
  private PositionId(String value) {
    super("positionId", value);
  }

  /**
   * {@return the id of the position with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code head-of-secretariat}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
   */
  public static PositionId of(String value) {
    return new PositionId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(PositionId other) {
    return value().compareTo(other.value());
  }
}
