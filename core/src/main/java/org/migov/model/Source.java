package org.migov.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A citation: where a fact comes from. Entities and figures carry sources.
 *
 * <p>A source is cited as it comes: a press release or a web page may have no title, a database
 * no dateline. Every attribute is optional, but a source is identified by at least one of its
 * publisher, its title and its URL. Rules: at least one of publisher, title and URL ({@link
 * ViolationCode#SOURCE_UNIDENTIFIED}); texts, if given, are not blank; the URL, if given, is an
 * absolute {@code http} or {@code https} URL with a host, of at most 8,000 printable ASCII
 * characters (other characters percent-encoded, as RFC 3986 writes them).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /**
   * {@return a new, empty builder of sources; a publisher, a title or a URL must be set before
   * {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this source, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the title of the cited page, article or document, if it has one; never blank}
   * Optional since format 1.1 (it was required before).
   */
  public abstract Optional<String> title();

  /**
   * {@return what kind of publication the source is (a news article, a press release, an official
   * website, …), if known}
   *
   * @since 0.1.0
   */
  public abstract Optional<SourceKind> kind();

  /**
   * {@return who published the cited page or document, such as {@code ICMPD}, if known; never
   * blank}
   */
  public abstract Optional<String> publisher();

  /**
   * {@return where the cited page or document can be read, an absolute {@code http} or {@code
   * https} URL with a host, if known}
   */
  public abstract Optional<URI> url();

  /** {@return when the cited page or document was published, as precisely as known, if known} */
  public abstract Optional<PartialDate> published();

  /**
   * {@return the place in the source's dateline, such as "Islamabad" in "Islamabad, 21 June 2025",
   * if it has one; never blank}
   *
   * @since 0.1.0
   */
  public abstract Optional<String> dateline();

  /**
   * {@return when the cited page was read, for pages that change, as precisely as known, if
   * recorded}
   *
   * @since 0.1.0
   */
  public abstract Optional<PartialDate> accessed();

  @Value.Check
  void check() {
    Checks c = Checks.of("source");
    c.optionalText("title", title());
    c.optionalText("publisher", publisher());
    c.optionalText("dateline", dateline());
    c.check(title().isPresent() || publisher().isPresent() || url().isPresent(), "",
        ViolationCode.SOURCE_UNIDENTIFIED,
        "a source needs at least one of 'publisher', 'title' and 'url' to say which it is");
    Optional<URI> url = url();
    if (url.isPresent()) {
      URI u = url.get();
      c.check(
          u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
              && u.getHost() != null,
          "url", ViolationCode.URL_INVALID, "'%s' is not an absolute http or https URL", u);
      String text = u.toString();
      c.check(text.length() <= Checks.MAX_URL, "url", ViolationCode.URL_INVALID,
          "the URL has %d characters, more than the %d allowed", text.length(), Checks.MAX_URL);
      c.check(text.chars().allMatch(ch -> ch > ' ' && ch < 0x7f), "url",
          ViolationCode.URL_INVALID, "'%s' holds characters other than printable ASCII; write "
              + "them percent-encoded (RFC 3986)", text.length() > 40 ? text.substring(0, 40)
              + "…" : text);
    }
    c.done();
  }

  /**
   * Builds a {@link Source}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or a
   * required attribute is missing.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}

    /**
     * {@return a source of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Source build() {
      return super.build();
    }
  }
}
