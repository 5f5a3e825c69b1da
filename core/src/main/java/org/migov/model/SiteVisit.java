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
   * Returns a new, empty builder of {@link SiteVisit}.
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
   * Returns the institution visited.
   *
   * @return the organisation
   */
  public abstract OrganisationId organisation();

  /**
   * Returns what the visit was for or showed.
   *
   * @return the purpose
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
     * Builds a {@link SiteVisit} of the attributes set, checking every invariant.
     *
     * @return the siteVisit
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public SiteVisit build() {
      return super.build();
    }
  }
}
