package org.migov.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A position a person holds: a title, at an organisation or in a dialogue, possibly for a state,
 * possibly for a term.
 *
 * <p>Examples: Federal Minister for Overseas Pakistanis and Human Resource Development (at MOPHRD);
 * Co-Chair of the Budapest Process Dialogue (in the Budapest Process, for Hungary). Rules: the
 * title is required; the end does not lie before the start.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Position {
  Position() {}

  /**
   * {@return a new, empty builder of positions; {@code title} must be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this position, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the position's title as the sources give it, such as "Head of the Budapest Process
   * Secretariat"; never blank}
   */
  public abstract String title();

  /**
   * {@return the id by which statements name this position, unique among its holder's positions,
   * such as {@code head-of-secretariat}, if given}
   *
   * @since 0.1.0
   */
  public abstract Optional<PositionId> id();

  /** {@return the organisation at which the position is held, such as {@code icmpd}, if any} */
  public abstract Optional<OrganisationId> organisation();

  /**
   * {@return the dialogue in which the position is held, such as {@code budapest-process} for its
   * co-chair, if any}
   */
  public abstract Optional<DialogueId> dialogue();

  /**
   * {@return the ISO 3166-1 alpha-3 code of the state the holder serves or represents in this
   * position, if any}
   */
  public abstract Optional<CountryCode> country();

  /** {@return when the holder took up the position, as precisely as known, if known} */
  public abstract Optional<PartialDate> start();

  /**
   * {@return when the holder left the position, as precisely as known; empty while it is held or
   * when unknown; it never lies certainly before the start}
   */
  public abstract Optional<PartialDate> end();

  @Value.Check
  void check() {
    Checks c = Checks.of("position");
    c.text("title", title());
    c.range("end", start(), end(), PartialDate::isCertainlyBefore);
    c.done();
  }

  /**
   * Builds a {@link Position}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}

    /**
     * {@return a position of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Position build() {
      return super.build();
    }
  }
}
