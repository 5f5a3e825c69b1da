package org.migov.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A session, or several sessions reported together, of a meeting ("thematic sessions focusing on
 * the opportunities and challenges in expanding legal migration routes"). A session known to
 * exist whose content is unknown has an empty title and focus, not invented ones.
 *
 * <p>Rules: the count, if known, is 1 or more.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Session {
  Session() {}

  /**
   * Returns a new, empty builder of {@link Session}.
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
   * Returns the title.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Returns what the session focused on.
   *
   * @return the focus
   */
  public abstract Optional<String> focus();

  /**
   * Returns how many sessions this entry stands for, when known.
   *
   * @return the count
   */
  public abstract OptionalInt count();

  @Value.Check
  void check() {
    Checks c = Checks.of("session");
    c.optionalText("title", title());
    c.optionalText("focus", focus());
    OptionalInt count = count();
    if (count.isPresent()) {
      c.atLeast("count", count.getAsInt(), 1);
    }
    c.done();
  }

  /**
   * Builds a {@link Session}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}

    /**
     * Builds a {@link Session} of the attributes set, checking every invariant.
     *
     * @return the session
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Session build() {
      return super.build();
    }
  }
}
