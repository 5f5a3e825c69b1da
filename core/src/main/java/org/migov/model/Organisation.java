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
   * {@return a new, empty builder of organisations; {@code id}, {@code name} and {@code kind} must
   * be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this organisation, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return the id that identifies this organisation in a dataset, such as {@code icmpd}} */
  public abstract OrganisationId id();

  /**
   * {@return the organisation's full name, such as "International Centre for Migration Policy
   * Development"; never blank}
   */
  public abstract String name();

  /**
   * {@return the acronym by which the organisation is often known first, such as "ICMPD", if any;
   * never blank}
   */
  public abstract Optional<String> acronym();

  /**
   * {@return the kind of organisation: a ministry, an agency, an intergovernmental organisation, …}
   */
  public abstract OrganisationKind kind();

  /**
   * {@return the ISO 3166-1 alpha-3 code of the country a national body belongs to; empty for
   * international bodies and when unknown}
   */
  public abstract Optional<CountryCode> country();

  /**
   * {@return the organisation this one is part of, such as the ministry an agency belongs to, if
   * any; never the organisation itself} Validating a dataset reports a parent the dataset does not
   * hold and parents that lead back in a cycle.
   */
  public abstract Optional<OrganisationId> parent();

  /**
   * {@return the sources the organisation's facts come from; validating a dataset warns when there
   * is none}
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
   * Builds an {@link Organisation}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or a
   * required attribute is missing.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}

    /**
     * {@return an organisation of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Organisation build() {
      return super.build();
    }
  }
}
