package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * An organisation: a ministry, an agency, an intergovernmental organisation, an institution of
 * the European Union, a university, an NGO.
 *
 * <p>Organisations are often known by their acronym first (MOPHRD, BEOE, OEC, NUTECH, ICMPD). Rules:
 * id, name and kind are required; an organisation is not its own parent.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Organisation {
  Organisation() {}

  /**
   * Returns a new, empty builder of {@link Organisation}.
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
   * Returns the id.
   *
   * @return the id
   */
  public abstract OrganisationId id();

  /**
   * Returns the full name, such as "International Centre for Migration Policy Development".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the acronym, such as "ICMPD".
   *
   * @return the acronym
   */
  public abstract Optional<String> acronym();

  /**
   * Returns the kind of organisation.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /**
   * Returns the country it belongs to, for national bodies.
   *
   * @return the country
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the organisation it is part of, such as the ministry of an agency.
   *
   * @return the parent
   */
  public abstract Optional<OrganisationId> parent();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Checks c = Checks.of("organisation");
    c.required("id", id());
    c.text("name", name());
    c.optionalText("acronym", acronym());
    c.required("kind", kind());
    c.check(id() == null || !parent().equals(java.util.Optional.of(id())), "parent",
        ViolationCode.ORGANISATION_PARENT_CYCLE, "an organisation cannot be its own parent");
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link Organisation}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}

    /**
     * Builds an {@link Organisation} of the attributes set, checking every invariant.
     *
     * @return the organisation
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Organisation build() {
      return super.build();
    }
  }
}
