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
   * Returns a new, empty builder of {@link RoleTerm}.
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
   * Returns who held the role.
   *
   * @return the holder
   */
  public abstract Party holder();

  /**
   * Returns the role.
   *
   * @return the role
   */
  public abstract DialogueRole role();

  /**
   * Returns when the term began.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when the term ended; empty while it lasts or when unknown.
   *
   * @return the end
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
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
     * Builds a {@link RoleTerm} of the attributes set, checking every invariant.
     *
     * @return the roleTerm
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public RoleTerm build() {
      return super.build();
    }
  }
}
