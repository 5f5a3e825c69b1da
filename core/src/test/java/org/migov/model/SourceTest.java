package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class SourceTest {
  private static Source.Builder valid() {
    return Source.builder().title("Pakistan hosts Budapest Process Thematic Meeting");
  }

  @Test
  void sourceWithoutPublisherTitleOrUrlIsRejected() {
    Violation v = onlyThrownBy(() -> Source.builder().kind(SourceKind.PRESS_RELEASE)
        .published(PartialDate.parse("2025-06-21")).build());

    assertThat(v.path()).isEqualTo("source");
    assertThat(v.code()).isEqualTo(ViolationCode.SOURCE_UNIDENTIFIED);
    assertThat(v.message())
        .isEqualTo("a source needs at least one of 'publisher', 'title' and 'url' to say which it is");
  }

  @Test
  void pressReleaseWithoutTitleKeepsKindDatelineAndDates() {
    Source s = Source.builder().publisher("TW").kind(SourceKind.NEWS_ARTICLE)
        .dateline("Islamabad").published(PartialDate.parse("2025-06-21"))
        .accessed(PartialDate.parse("2025-07-01")).build();

    assertThat(s.title()).isEmpty();
    assertThat(s.publisher()).hasValue("TW");
    assertThat(s.kind()).hasValue(SourceKind.NEWS_ARTICLE);
    assertThat(s.dateline()).hasValue("Islamabad");
    assertThat(s.published()).hasValue(PartialDate.parse("2025-06-21"));
    assertThat(s.accessed()).hasValue(PartialDate.parse("2025-07-01"));
    assertThat(Source.builder().url(java.net.URI.create("https://www.budapestprocess.org/"))
        .build().url()).isPresent();
  }

  @Test
  void blankTitleIsRejected() {
    Violation v = onlyThrownBy(() -> Source.builder().title(" \t\n").build());

    assertThat(v.path()).isEqualTo("source.title");
    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_BLANK);
    assertThat(v.message()).isEqualTo("'title' must not be blank");
  }

  @Test
  void titleOfMoreThan100000CharactersIsRejectedButExactly100000IsAccepted() {
    Violation v = onlyThrownBy(() -> Source.builder().title("x".repeat(100_001)).build());

    assertThat(v.path()).isEqualTo("source.title");
    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_TOO_LONG);
    assertThat(v.message())
        .isEqualTo("'title' has 100001 characters, more than the 100000 allowed");
    assertThat(Source.builder().title("x".repeat(100_000)).build().title().orElseThrow()).hasSize(100_000);
  }

  @Test
  void blankPublisherIsRejected() {
    Violation v = onlyThrownBy(() -> valid().publisher("  ").build());

    assertThat(v.path()).isEqualTo("source.publisher");
    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_BLANK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/file", "/relative/path", "example.org/page",
      "mailto:someone@example.org", "https:///no-host", "http:opaque", "file:///etc/hosts"})
  void urlThatIsNotAnAbsoluteHttpOrHttpsUrlIsRejected(String url) {
    Violation v = onlyThrownBy(() -> valid().url(URI.create(url)).build());

    assertThat(v.path()).isEqualTo("source.url");
    assertThat(v.code()).isEqualTo(ViolationCode.URL_INVALID);
    assertThat(v.message()).isEqualTo("'" + url + "' is not an absolute http or https URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org", "https://www.budapestprocess.org/about?x=1#y"})
  void absoluteHttpAndHttpsUrlsAreAccepted(String url) {
    assertThat(valid().url(URI.create(url)).build().url()).hasValue(URI.create(url));
  }

  @Test
  void blankTitleAndInvalidUrlAreReportedTogether() {
    assertThat(thrownBy(() -> Source.builder().title("").url(URI.create("ftp://x.org")).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("source.title", ViolationCode.TEXT_BLANK),
            at("source.url", ViolationCode.URL_INVALID));
  }

  @Test
  void publisherUrlAndPublishedAreEmptyUnlessSet() {
    Source s = valid().build();

    assertThat(s.publisher()).isEmpty();
    assertThat(s.url()).isEmpty();
    assertThat(s.published()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Source s = valid().publisher("TW").url(URI.create("https://example.org/a"))
        .published(PartialDate.of(2025, 6, 21)).build();

    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.toBuilder().publisher("ICMPD").build())
        .isNotEqualTo(s)
        .satisfies(t -> assertThat(t.url()).isEqualTo(s.url()));
  }
}
