package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A role held at a meeting (chair, co-chair, host, rapporteur, moderator) by a state, an
 * organisation or a person, with the sources that say so: Hungary hosted the 7th Ministerial
 * Conference of the Budapest Process.
 *
 * <p>Rules: the kind is required; exactly one holder, either a party (a state or an organisation)
 * or a person ({@link ViolationCode#HOLDER_INVALID}); sources at most once each. Validating a
 * dataset reports an organisation or a person the dataset does not hold.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MeetingRole {
  MeetingRole() {}

  /**
   * {@return a new, empty builder of meeting roles; {@code kind} and one of {@code party} and
   * {@code person} must be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this role, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return the role held: chair, co-chair, host, rapporteur or moderator} */
  public abstract MeetingRoleKind kind();

  /** {@return the state or organisation that held the role, if a party held it} */
  public abstract Optional<Party> party();

  /** {@return the person who held the role, if a person held it} */
  public abstract Optional<PersonId> person();

  /** {@return the sources that report who held the role; possibly none} */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Checks c = Checks.of("meetingRole");
    c.required("kind", kind());
    c.check(party().isPresent() != person().isPresent(), "party", ViolationCode.HOLDER_INVALID,
        "a role has exactly one holder, a party or a person, but %s",
        party().isPresent() ? "both are set" : "neither is set");
    c.elements("sources", sources());
    c.unique("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link MeetingRole}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or a
   * required attribute is missing.
   */
  public static final class Builder extends ImmutableMeetingRole.Builder {
    Builder() {}

    /**
     * {@return a meeting role of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public MeetingRole build() {
      return super.build();
    }
  }
}
