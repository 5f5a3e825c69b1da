package org.migov.model;

import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * The typed id of an entity: a lower-case slug such as {@code budapest-process}.
 *
 * <p>A slug has 1 to 100 characters of {@code a-z}, {@code 0-9} and hyphens; it starts and ends
 * with a letter or digit and has no two hyphens in a row. Ids of different kinds are never equal,
 * even with the same text. {@link #toString()} returns the slug.
 *
 * @since 0.1.0
 */
public abstract sealed class EntityId
    permits DialogueId, DeclarationId, MeetingId, OrganisationId, PersonId, SeriesId,
        WorkingGroupId, RegionId, PositionId {
  /** The longest slug accepted, in characters. */
  public static final int MAX_LENGTH = 100;

  private final String value;

  EntityId(String kind, @Nullable String value) {
    if (value == null) {
      throw Checks.fail(kind, ViolationCode.REQUIRED, "an id is required but was null");
    }
    if (!isSlug(value)) {
      throw Checks.fail(kind, ViolationCode.ID_INVALID,
          "'%s' is not a valid id: use 1 to %d lower-case letters, digits and single hyphens, "
              + "starting and ending with a letter or digit",
          abbreviate(value), MAX_LENGTH);
    }
    this.value = value;
  }

  static String abbreviate(String text) {
    if (text.length() <= 40) {
      return text;
    }
    // never cut a character in two (a surrogate pair, such as an emoji)
    return text.substring(0, Character.isHighSurrogate(text.charAt(39)) ? 39 : 40) + "…";
  }

  /**
   * {@return whether {@code text} can be an id: 1 to {@value #MAX_LENGTH} characters of {@code
   * a-z}, {@code 0-9} and single hyphens, starting and ending with a letter or digit; {@code false}
   * for null}
   *
   * @param text any text, or null
   */
  public static boolean isSlug(@Nullable String text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  /** {@return the slug, such as {@code budapest-process}; the same text as {@link #toString()}} */
  public final String value() {
    return value;
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // every subclass is final: ids of different kinds differ
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && value.equals(((EntityId) other).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Returns the slug. */
  @Override
  public final String toString() {
    return value;
  }
}
