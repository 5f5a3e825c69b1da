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
   * Returns a new, empty builder of {@link Position}.
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
   * Returns the title, as sources give it.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the organisation at which the position is held.
   *
   * @return the organisation
   */
  public abstract Optional<OrganisationId> organisation();

  /**
   * Returns the dialogue in which the position is held.
   *
   * @return the dialogue
   */
  public abstract Optional<DialogueId> dialogue();

  /**
   * Returns the state the holder serves or represents in this position.
   *
   * @return the country
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns when the holder took up the position.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when the holder left it; empty while held or unknown.
   *
   * @return the end
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
     * Builds a {@link Position} of the attributes set, checking every invariant.
     *
     * @return the position
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Position build() {
      return super.build();
    }
  }
}
