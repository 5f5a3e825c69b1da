package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Validating a hostile dataset takes time near-linear in its size: long chains of parent
 * organisations and many terms of one role were quadratic (minutes for tens of thousands of
 * entities, and a quadratic number of violations), and the rules still report what they report
 * on small datasets.
 */
class HostileDatasetTest {
  static Organisation org(String id, String parent) {
    Organisation.Builder b = Organisation.builder().id(OrganisationId.of(id)).name(id)
        .kind(OrganisationKind.OTHER);
    if (parent != null) {
      b.parent(OrganisationId.of(parent));
    }
    return b.build();
  }

  static List<Violation> of(ValidationReport report, ViolationCode code) {
    return report.errors().stream().filter(v -> v.code() == code).toList();
  }

  @Test
  void onlyTheOrganisationsOnACycleOfParentsAreReported() {
    Dataset d = Dataset.builder().addOrganisations(org("a", "b"), org("b", "c"), org("c", "a"),
        org("tail", "a"), org("x", "y"), org("y", "x"), org("root", null), org("child", "root"),
        org("dangling", "nowhere")).build();
    assertThat(of(d.validate(), ViolationCode.ORGANISATION_PARENT_CYCLE))
        .extracting(Violation::path).containsExactly("dataset.organisations[0].parent",
            "dataset.organisations[1].parent", "dataset.organisations[2].parent",
            "dataset.organisations[4].parent", "dataset.organisations[5].parent");
    assertThat(of(d.validate(), ViolationCode.REFERENCE_DANGLING)).extracting(Violation::path)
        .containsExactly("dataset.organisations[8].parent");
    // a duplicate id is judged by its own parent
    Dataset dup = Dataset.builder().addOrganisations(org("a", null), org("a", "b"),
        org("b", "a")).build();
    assertThat(of(dup.validate(), ViolationCode.ORGANISATION_PARENT_CYCLE))
        .extracting(Violation::path).containsExactly("dataset.organisations[1].parent");
  }

  @Test
  void aDuplicateIdIsReportedWhenItsOwnParentsLeadToTheIdItShares() {
    Dataset d = Dataset.builder().addOrganisations(org("a", null), org("a", "c"), org("c", null),
        org("x", "y"), org("y", "x"), org("x", "y"), org("b", "a"), org("b", "nowhere"),
        org("t", null), org("u", "t"), org("v", "u"), org("t", "v")).build();
    assertThat(of(d.validate(), ViolationCode.ORGANISATION_PARENT_CYCLE))
        .extracting(Violation::path).containsExactly("dataset.organisations[3].parent",
            "dataset.organisations[4].parent", "dataset.organisations[5].parent",
            "dataset.organisations[11].parent");
  }

  @Test
  @Timeout(30)
  void manyDuplicatesAlongALongChainAreValidatedInLinearTime() {
    int n = 30_000;
    List<Organisation> orgs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      orgs.add(org("o" + i, i + 1 < n ? "o" + (i + 1) : null)); // a chain without a cycle
    }
    for (int i = 0; i < n; i++) { // o(i) again, its parent further down: no cycle ...
      orgs.add(org("o" + i, i + 1 < n ? "o" + (i + 1) : null));
    }
    orgs.add(org("o" + (n - 1), "o0")); // ... but this one leads back to itself
    long start = System.nanoTime();
    ValidationReport report = Dataset.builder().addAllOrganisations(orgs).build().validate();
    assertThat(of(report, ViolationCode.ORGANISATION_PARENT_CYCLE)).extracting(Violation::path)
        .containsExactly("dataset.organisations[" + 2 * n + "].parent");
    assertThat(of(report, ViolationCode.ID_DUPLICATE)).hasSize(n + 1);
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
  }

  @Test
  @Timeout(30)
  void aLongChainOfParentsIsValidatedInLinearTime() {
    int n = 60_000;
    List<Organisation> chain = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chain.add(org("o" + i, i + 1 < n ? "o" + (i + 1) : "o0")); // one cycle through all
    }
    Dataset d = Dataset.builder().addAllOrganisations(chain).build();
    long start = System.nanoTime();
    ValidationReport report = d.validate();
    assertThat(of(report, ViolationCode.ORGANISATION_PARENT_CYCLE)).hasSize(n);
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
  }

  static RoleTerm term(String country, String start, String end) {
    RoleTerm.Builder b = RoleTerm.builder().holder(Party.country(CountryCode.of(country)))
        .role(DialogueRole.CHAIR);
    if (start != null) {
      b.start(PartialDate.parse(start));
    }
    if (end != null) {
      b.end(PartialDate.parse(end));
    }
    return b.build();
  }

  static List<Violation> overlaps(RoleTerm... terms) {
    Dialogue d = Dialogue.builder().id(DialogueId.of("d")).name("d").addTerms(terms).build();
    return of(Dataset.builder().addDialogues(d).build().validate(),
        ViolationCode.CHAIR_TERM_OVERLAP);
  }

  @Test
  void eachChairTermThatCertainlyOverlapsAnEarlierOneIsReportedOnce() {
    assertThat(overlaps(term("HUN", "2020", "2021"), term("PAK", "2022", null))).isEmpty();
    assertThat(overlaps(term("HUN", "2020", "2022"), term("PAK", "2021", "2023")))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("dataset.dialogues[0].terms[1]");
          assertThat(v.message()).isEqualTo("the chair term of country:PAK overlaps the term of country:HUN");
        });
    // touching years may not overlap: 2021 may end in January, the next start in December
    assertThat(overlaps(term("HUN", "2020", "2021"), term("PAK", "2021", "2022"))).isEmpty();
    assertThat(overlaps(term("HUN", "2020-01-01", "2020-06-30"),
        term("PAK", "2020-06-30", "2020-12-31"))).isEmpty();
    assertThat(overlaps(term("HUN", "2020-01-01", "2020-07-01"),
        term("PAK", "2020-06-30", "2020-12-31"))).hasSize(1);
    // open-ended terms overlap everything after them; undated terms overlap nothing
    assertThat(overlaps(term("HUN", "2020", null), term("PAK", "2030", "2031"),
        term("TUR", null, null))).extracting(Violation::path)
        .containsExactly("dataset.dialogues[0].terms[1]");
    // a later term overlapping an earlier one, given in reverse order
    assertThat(overlaps(term("PAK", "2030", "2031"), term("HUN", "2020", null)))
        .extracting(Violation::path).containsExactly("dataset.dialogues[0].terms[1]");
    // three terms at once: the second and third are reported, each once
    assertThat(overlaps(term("HUN", "2020", null), term("PAK", "2021", null),
        term("TUR", "2022", null))).extracting(Violation::path)
        .containsExactly("dataset.dialogues[0].terms[1]", "dataset.dialogues[0].terms[2]");
  }

  @Test
  @Timeout(30)
  void manyTermsOfOneRoleAreValidatedQuicklyWithOneViolationPerTerm() {
    int n = 30_000;
    List<RoleTerm> sequential = new ArrayList<>();
    List<RoleTerm> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PartialDate day = PartialDate.of(java.time.LocalDate.of(1900, 1, 1).plusDays(i));
      sequential.add(RoleTerm.builder().holder(Party.country(CountryCode.of("HUN")))
          .role(DialogueRole.CHAIR).start(day).end(day).build());
      open.add(RoleTerm.builder().holder(Party.country(CountryCode.of("PAK")))
          .role(DialogueRole.RAPPORTEUR).start(day).build());
    }
    long start = System.nanoTime();
    assertThat(overlaps(sequential.toArray(RoleTerm[]::new))).isEmpty();
    List<RoleTerm> all = new ArrayList<>(sequential);
    all.addAll(open);
    Dialogue d = Dialogue.builder().id(DialogueId.of("d")).name("d").addAllTerms(all).build();
    assertThat(of(Dataset.builder().addDialogues(d).build().validate(),
        ViolationCode.CHAIR_TERM_OVERLAP)).hasSize(n - 1);
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
  }
}
