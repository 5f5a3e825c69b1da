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

  /** {@return a new, empty builder of sessions} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this session, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return the session's title, if the sources give one; never blank} */
  public abstract Optional<String> title();

  /**
   * {@return what the session or sessions focused on, such as "opportunities and challenges in
   * expanding legal migration routes", if the sources say; never blank}
   */
  public abstract Optional<String> focus();

  /**
   * {@return how many sessions this entry stands for, 1 or more, if known; empty when the sources
   * speak of "sessions" without a number}
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
     * {@return a session of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Session build() {
      return super.build();
    }
  }
}
