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
   * {@return a new, empty builder of memberships; {@code party} must be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this membership, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the state or organisation that belongs to the dialogue} Validating a dataset reports
   * an organisation the dataset does not hold.
   */
  public abstract Party party();

  /**
   * {@return how the party belongs: as a member, an observer or a partner; {@link
   * MembershipRole#MEMBER} unless set}
   */
  @Value.Default
  public MembershipRole role() {
    return MembershipRole.MEMBER;
  }

  /** {@return when the membership began, as precisely as known, if known} */
  public abstract Optional<PartialDate> since();

  /**
   * {@return when the membership ended, as precisely as known; empty while it lasts or when
   * unknown; it never lies certainly before the start}
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
     * {@return a membership of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Membership build() {
      return super.build();
    }
  }
}
