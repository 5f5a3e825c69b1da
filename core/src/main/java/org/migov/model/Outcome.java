package org.migov.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * An outcome of a meeting: recommendations, conclusions, a declaration, a report. Its existence
 * can be known while its text is not: the text is then empty, meaning unknown.
 *
 * <p>Rules: the kind is required.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /**
   * Returns a new, empty builder of {@link Outcome}.
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
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract OutcomeKind kind();

  /**
   * Returns how sources describe it, such as "concrete, action-oriented recommendations".
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns its text; empty when unknown.
   *
   * @return the text
   */
  public abstract Optional<String> text();

  /**
   * Returns the declaration it is, for a declaration.
   *
   * @return the declaration
   */
  public abstract Optional<DeclarationId> declaration();

  @Value.Check
  void check() {
    Checks c = Checks.of("outcome");
    c.required("kind", kind());
    c.optionalText("description", description());
    c.optionalText("text", text());
    c.done();
  }

  /**
   * Builds a {@link Outcome}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}

    /**
     * Builds an {@link Outcome} of the attributes set, checking every invariant.
     *
     * @return the outcome
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Outcome build() {
      return super.build();
    }
  }
}
