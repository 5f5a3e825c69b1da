package org.migov.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * How a party (a state or an organisation) belongs to a dialogue.
 *
 * <p>Rules: the party is required; the end does not lie before the start.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Membership {
  Membership() {}

  /**
   * Returns a new, empty builder of {@link Membership}.
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
   * Returns the member.
   *
   * @return the party
   */
  public abstract Party party();

  /**
   * Returns how the party belongs; {@link MembershipRole#MEMBER} unless set.
   *
   * @return the role
   */
  @Value.Default
  public MembershipRole role() {
    return MembershipRole.MEMBER;
  }

  /**
   * Returns when the membership began.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> since();

  /**
   * Returns when it ended; empty while it lasts.
   *
   * @return the end
   */
  public abstract Optional<PartialDate> until();

  @Value.Check
  void check() {
    Checks c = Checks.of("membership");
    c.required("party", party());
    c.required("role", role());
    c.range("until", since(), until(), PartialDate::isCertainlyBefore);
    c.done();
  }

  /**
   * Builds a {@link Membership}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Builds a {@link Membership} of the attributes set, checking every invariant.
     *
     * @return the membership
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Membership build() {
      return super.build();
    }
  }
}
