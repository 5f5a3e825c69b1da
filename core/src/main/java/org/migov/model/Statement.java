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
   * {@return a new, empty builder of statements; {@code speaker} and {@code kind} must be set
   * before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this statement, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the person who spoke} Validating a dataset reports a person the dataset does not hold.
   */
  public abstract PersonId speaker();

  /**
   * {@return the titles of the positions the speaker spoke in, such as "Co-Chair of the Budapest
   * Process Dialogue"; possibly none; never blank} Validating a dataset warns of a title that is
   * not one of the speaker's recorded positions.
   */
  public abstract List<String> positions();

  /**
   * {@return the ids of the positions of the speaker ({@link Position#id()}) the speaker spoke in,
   * each at most once; possibly none} Validating a dataset reports an id that names none of the
   * speaker's positions. Prefer these to {@link #positions()}, which match titles; a speaker may
   * also speak for a state or an organisation without a position there ({@link #onBehalfOf()}).
   *
   * @since 0.1.0
   */
  public abstract List<PositionId> positionIds();

  /**
   * {@return the state or organisation the speaker spoke for, such as Hungary, if the sources say}
   */
  public abstract Optional<Party> onBehalfOf();

  /** {@return the kind of address: opening remarks, a keynote, remarks, a presentation, …} */
  public abstract StatementKind kind();

  /** {@return the speaker's words, quoted as the sources quote them; possibly none; never blank} */
  public abstract List<String> quotes();

  /**
   * {@return what the speaker said, as the sources report it in their own words; possibly none;
   * never blank}
   */
  public abstract List<String> reported();

  @Value.Check
  void check() {
    Checks c = Checks.of("statement");
    c.required("speaker", speaker());
    c.texts("positions", positions());
    c.elements("positionIds", positionIds());
    c.unique("positionIds", positionIds());
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
     * {@return a statement of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Statement build() {
      return super.build();
    }
  }
}
