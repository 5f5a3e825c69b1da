package org.migov.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A visit made during a meeting to an institution, such as the Bureau of Emigration and Overseas
 * Employment.
 *
 * <p>Rules: the organisation is required.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SiteVisit {
  SiteVisit() {}

  /**
   * {@return a new, empty builder of site visits; {@code organisation} must be set before {@code
   * build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this site visit, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the institution visited, such as the Bureau of Emigration and Overseas Employment
   * ({@code beoe})} Validating a dataset reports an id that names none of its organisations.
   */
  public abstract OrganisationId organisation();

  /**
   * {@return what the visit was for or what it showed, in the sources' words, if they say; never
   * blank}
   */
  public abstract Optional<String> purpose();

  @Value.Check
  void check() {
    Checks c = Checks.of("siteVisit");
    c.required("organisation", organisation());
    c.optionalText("purpose", purpose());
    c.done();
  }

  /**
   * Builds a {@link SiteVisit}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableSiteVisit.Builder {
    Builder() {}

    /**
     * {@return a site visit of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public SiteVisit build() {
      return super.build();
    }
  }
}
