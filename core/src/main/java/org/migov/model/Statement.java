package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * What a person said at a meeting: who, in which positions, for whom, in what kind of address, in
 * their words (quotes) and as reported.
 *
 * <p>Rules: the speaker and kind are required; quotes and reported remarks are not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Statement {
  Statement() {}

  /**
   * Returns a new, empty builder of {@link Statement}.
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
   * Returns who spoke.
   *
   * @return the speaker
   */
  public abstract PersonId speaker();

  /**
   * Returns the titles of the speaker's positions at the time, as recorded on the {@link Person}.
   *
   * @return the titles
   */
  public abstract List<String> positions();

  /**
   * Returns the state or organisation the speaker spoke for, such as Hungary.
   *
   * @return the party
   */
  public abstract Optional<Party> onBehalfOf();

  /**
   * Returns the kind of address.
   *
   * @return the kind
   */
  public abstract StatementKind kind();

  /**
   * Returns the speaker's words, quoted.
   *
   * @return the quotes
   */
  public abstract List<String> quotes();

  /**
   * Returns what the speaker said as reported in other words.
   *
   * @return the reported remarks
   */
  public abstract List<String> reported();

  @Value.Check
  void check() {
    Checks c = Checks.of("statement");
    c.required("speaker", speaker());
    c.texts("positions", positions());
    c.required("kind", kind());
    c.texts("quotes", quotes());
    c.texts("reported", reported());
    c.done();
  }

  /**
   * Builds a {@link Statement}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}

    /**
     * Builds a {@link Statement} of the attributes set, checking every invariant.
     *
     * @return the statement
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Statement build() {
      return super.build();
    }
  }
}
