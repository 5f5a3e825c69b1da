package org.migov.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A citation: where a fact comes from. Entities and figures carry sources.
 *
 * <p>Rules: the title is required and not blank; the publisher, if given, is not blank; the URL,
 * if given, is an absolute {@code http} or {@code https} URL.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this source's attributes.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the title of the cited page or document.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns who published it.
   *
   * @return the publisher, such as {@code ICMPD}
   */
  public abstract Optional<String> publisher();

  /**
   * Returns where it can be read.
   *
   * @return an absolute http or https URL
   */
  public abstract Optional<URI> url();

  /**
   * Returns when it was published.
   *
   * @return the publication date
   */
  public abstract Optional<PartialDate> published();

  @Value.Check
  void check() {
    Checks c = Checks.of("source");
    c.text("title", title());
    c.optionalText("publisher", publisher());
    Optional<URI> url = url();
    if (url.isPresent()) {
      URI u = url.get();
      c.check(
          u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
              && u.getHost() != null,
          "url", ViolationCode.URL_INVALID, "'%s' is not an absolute http or https URL", u);
    }
    c.done();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}

    /**
     * Builds a {@link Source} of the attributes set, checking every invariant.
     *
     * @return the source
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Source build() {
      return super.build();
    }
  }
}
