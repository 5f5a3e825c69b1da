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

  /** {@return a new, empty builder of outcomes; {@code kind} must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this outcome, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return what kind of outcome it is: recommendations, conclusions, a declaration, a report, …}
   */
  public abstract OutcomeKind kind();

  /**
   * {@return how the sources describe the outcome, such as "concrete, action-oriented
   * recommendations", if they do; never blank}
   */
  public abstract Optional<String> description();

  /** {@return the outcome's own text, if known; empty means unknown, not that there is no text} */
  public abstract Optional<String> text();

  /**
   * {@return the declaration this outcome is, when the outcome is a declaration recorded in the
   * dataset} Validating a dataset reports an id that names none of its declarations.
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
   * Builds an {@link Outcome}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or a
   * required attribute is missing.
   */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}

    /**
     * {@return an outcome of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Outcome build() {
      return super.build();
    }
  }
}
