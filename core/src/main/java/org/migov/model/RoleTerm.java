package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A term in a role of a dialogue or working group: who held it (a state or an organisation),
 * which role, from when to when.
 *
 * <p>Hungary chaired the Budapest Process from 1993 to 2006 and remains Co-Chair; Türkiye has
 * chaired since January 2006; ICMPD has been the secretariat since 1994. Rules: holder and role
 * are required; the end does not lie before the start.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RoleTerm {
  RoleTerm() {}

  /**
   * {@return a new, empty builder of terms; {@code holder} and {@code role} must be set before
   * {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this term, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the state or organisation that held the role, such as Türkiye as chair} Validating a
   * dataset reports an organisation the dataset does not hold.
   */
  public abstract Party holder();

  /** {@return the role held: chair, co-chair, rapporteur or secretariat} */
  public abstract DialogueRole role();

  /** {@return when the term began, as precisely as known ({@code 2006-01}), if known} */
  public abstract Optional<PartialDate> start();

  /**
   * {@return when the term ended, as precisely as known; empty while it lasts or when unknown; it
   * never lies certainly before the start}
   */
  public abstract Optional<PartialDate> end();

  /** {@return the sources that report the term, possibly none} */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Checks c = Checks.of("roleTerm");
    c.required("holder", holder());
    c.required("role", role());
    c.range("end", start(), end(), PartialDate::isCertainlyBefore);
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link RoleTerm}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableRoleTerm.Builder {
    Builder() {}

    /**
     * {@return a term of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public RoleTerm build() {
      return super.build();
    }
  }
}
