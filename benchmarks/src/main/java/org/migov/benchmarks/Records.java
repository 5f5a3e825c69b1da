package org.migov.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of what a user writes without migov: plain Java records mirroring the format, with
 * public canonical constructors, bound by jackson-databind's default record binding. Property
 * names become snake_case through the mapper's naming strategy; dates, periods, ids, codes and
 * enumerated values are plain {@code String}s, decimals are {@link BigDecimal}s, absent values and
 * lists are {@code null}. Nothing is validated.
 *
 * <p>The records are deliberately cheaper to bind than the model (no enum look-up, no typed id,
 * no date parsing, no invariant), so this baseline favours databind.
 */
public final class Records {
  private Records() {}

  /**
   * Returns the mapper of the baseline: databind's defaults, plus snake_case names, {@code null}s
   * left out when writing, and properties written in the order of the record components (as the
   * format does), so that writing a document read from migov's bytes gives the same bytes.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(incl -> incl
            .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .withContentInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
        .build();
  }

  /** A source. */
  public record Source(String title, String publisher, String url, String published) {}

  /** A date with its source. */
  public record SourcedDate(String date, Source source) {}

  /** A figure. */
  public record Figure(BigDecimal value, String qualifier, List<String> counts,
      String description, String asOf, String period, Source source) {}

  /** An organisation. */
  public record Organisation(String id, String name, String acronym, String kind,
      String country, String parent, List<Source> sources) {}

  /** A position. */
  public record Position(String title, String organisation, String dialogue, String country,
      String start, String end) {}

  /** A person. */
  public record Person(String id, String name, String honorific, List<Position> positions,
      List<Source> sources) {}

  /** A party: a country or an organisation. */
  public record Party(String country, String organisation) {}

  /** A role term. */
  public record RoleTerm(Party holder, String role, String start, String end,
      List<Source> sources) {}

  /** A membership. */
  public record Membership(Party party, String role, String since, String until) {}

  /** A listing of a region's countries. */
  public record RegionListing(String asOf, List<String> countries, Source source) {}

  /** A region. */
  public record Region(String id, String name, List<RegionListing> listings) {}

  /** A working group. */
  public record WorkingGroup(String id, String name, String kind, String theme,
      List<RoleTerm> terms, List<Source> sources) {}

  /** A dialogue. */
  public record Dialogue(String id, String name, String shortName,
      List<SourcedDate> established, String description, List<Membership> members,
      List<Region> regions, List<RoleTerm> terms, List<WorkingGroup> workingGroups,
      List<Figure> size, List<Source> sources) {}

  /** A link of a goal to another framework. */
  public record GoalLink(String framework, String code, String label) {}

  /** A priority goal. */
  public record PriorityGoal(int number, String text, String shortTitle, List<GoalLink> links) {}

  /** A reference to a goal. */
  public record GoalRef(String declaration, int goal) {}

  /** A declaration. */
  public record Declaration(String id, String title, String dialogue, String kind,
      String adopted, String adoptedAt, String implementationStart, String implementationEnd,
      List<PriorityGoal> goals, List<Source> sources) {}

  /** A statement. */
  public record Statement(String speaker, List<String> positions, Party onBehalfOf, String kind,
      List<String> quotes, List<String> reported) {}

  /** A site visit. */
  public record SiteVisit(String organisation, String purpose) {}

  /** A session. */
  public record Session(String title, String focus, Integer count) {}

  /** An outcome. */
  public record Outcome(String kind, String description, String text, String declaration) {}

  /** A meeting. */
  public record Meeting(String id, String dialogue, String kind, Integer ordinal, String title,
      String hostCountry, String city, String start, String end, Integer durationDays,
      String convenedBy, List<Party> conveners, List<String> openedBy, List<String> aims,
      List<Figure> participation, List<Party> participants, List<Statement> statements,
      List<Session> sessions, List<SiteVisit> siteVisits, List<Outcome> outcomes,
      List<GoalRef> advances, List<String> highlights, List<String> notes,
      List<Source> sources) {}

  /** A figure about a country. */
  public record CountryFigure(String country, Figure figure) {}

  /** An observation. */
  public record Observation(String period, BigDecimal value, String status, String qualifier,
      Source source) {}

  /** A remittance series. */
  public record RemittanceSeries(String id, String title, String reporter, String direction,
      String counterpart, String measure, String indicator, String currency,
      Integer unitMultiplier, String frequency, List<Observation> observations,
      List<Source> sources) {}

  /** A dataset, the top-level document. */
  public record Dataset(String formatVersion, List<Dialogue> dialogues,
      List<Organisation> organisations, List<Person> people, List<Declaration> declarations,
      List<Meeting> meetings, List<RemittanceSeries> remittanceSeries,
      List<CountryFigure> countryFigures) {}
}
