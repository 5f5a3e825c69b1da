package org.migov.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ValidationReport;

/**
 * All entities of one body of data together: dialogues, organisations, people, declarations,
 * meetings, remittance series and country figures, with look-up by id and validation of the rules
 * across them.
 *
 * <p>Building a dataset never fails on rules across entities (a dangling id, a duplicate id): it
 * holds whatever it is given, and {@link #validate()} reports every such problem. Look-ups return
 * the first entity with an id when ids are duplicated.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Dataset {
  Dataset() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with every entity of this dataset.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the dialogues.
   *
   * @return the dialogues, in the order given
   */
  public abstract List<Dialogue> dialogues();

  /**
   * Returns the organisations.
   *
   * @return the organisations, in the order given
   */
  public abstract List<Organisation> organisations();

  /**
   * Returns the people.
   *
   * @return the people, in the order given
   */
  public abstract List<Person> people();

  /**
   * Returns the declarations.
   *
   * @return the declarations, in the order given
   */
  public abstract List<Declaration> declarations();

  /**
   * Returns the meetings.
   *
   * @return the meetings, in the order given
   */
  public abstract List<Meeting> meetings();

  /**
   * Returns the remittance series.
   *
   * @return the series, in the order given
   */
  public abstract List<RemittanceSeries> remittanceSeries();

  /**
   * Returns the figures about countries.
   *
   * @return the figures, in the order given
   */
  public abstract List<CountryFigure> countryFigures();

  @Value.Lazy
  Map<EntityId, Object> index() {
    Map<EntityId, Object> index = new java.util.HashMap<>();
    put(index, dialogues(), Dialogue::id);
    put(index, organisations(), Organisation::id);
    put(index, people(), Person::id);
    put(index, declarations(), Declaration::id);
    put(index, meetings(), Meeting::id);
    put(index, remittanceSeries(), RemittanceSeries::id);
    return index;
  }

  private static <T> void put(Map<EntityId, Object> index, List<T> entities,
      Function<T, ? extends EntityId> id) {
    for (T entity : entities) {
      index.putIfAbsent(id.apply(entity), entity);
    }
  }

  private <T> Optional<T> find(EntityId id, Class<T> type) {
    return Optional.ofNullable(index().get(id)).map(type::cast);
  }

  /**
   * Returns the dialogue with the given id.
   *
   * @param id an id
   * @return the dialogue, or empty if there is none
   */
  public Optional<Dialogue> dialogue(DialogueId id) {
    return find(id, Dialogue.class);
  }

  /**
   * Returns the organisation with the given id.
   *
   * @param id an id
   * @return the organisation, or empty if there is none
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return find(id, Organisation.class);
  }

  /**
   * Returns the person with the given id.
   *
   * @param id an id
   * @return the person, or empty if there is none
   */
  public Optional<Person> person(PersonId id) {
    return find(id, Person.class);
  }

  /**
   * Returns the declaration with the given id.
   *
   * @param id an id
   * @return the declaration, or empty if there is none
   */
  public Optional<Declaration> declaration(DeclarationId id) {
    return find(id, Declaration.class);
  }

  /**
   * Returns the meeting with the given id.
   *
   * @param id an id
   * @return the meeting, or empty if there is none
   */
  public Optional<Meeting> meeting(MeetingId id) {
    return find(id, Meeting.class);
  }

  /**
   * Returns the remittance series with the given id.
   *
   * @param id an id
   * @return the series, or empty if there is none
   */
  public Optional<RemittanceSeries> series(SeriesId id) {
    return find(id, RemittanceSeries.class);
  }

  /**
   * Returns the priority goal a reference points to.
   *
   * @param ref a goal reference
   * @return the goal, or empty if the declaration or the goal is missing
   */
  public Optional<PriorityGoal> goal(GoalRef ref) {
    return declaration(ref.declaration()).flatMap(d -> d.goal(ref.goal()));
  }

  /**
   * Returns the meetings of a dialogue, in the order given.
   *
   * @param id the dialogue
   * @return its meetings
   */
  public List<Meeting> meetingsOf(DialogueId id) {
    return meetings().stream().filter(m -> m.dialogue().equals(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Validates the rules across entities ({@link org.migov.validation.ViolationCode} lists them):
   * duplicate ids, dangling references, goals advanced before their declaration was adopted,
   * declarations adopted at another dialogue's meeting, overlapping terms, and more. Paths start
   * with {@code dataset} and address entities by index: {@code
   * dataset.meetings[0].advances[1].declaration}. Takes time linear in the size of the dataset.
   *
   * @return the immutable report of errors and warnings
   */
  public ValidationReport validate() {
    return DatasetRules.validate(this);
  }

  @Value.Check
  void check() {
    // builders accept null elements; a dataset must not hold them (its rules could not run)
    Checks c = Checks.of("dataset");
    c.elements("dialogues", dialogues());
    c.elements("organisations", organisations());
    c.elements("people", people());
    c.elements("declarations", declarations());
    c.elements("meetings", meetings());
    c.elements("remittanceSeries", remittanceSeries());
    c.elements("countryFigures", countryFigures());
    c.done();
  }

  /**
   * Builds a {@link Dataset}; building never fails on rules across entities, only on null
   * elements.
   */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}

    /**
     * Builds a {@link Dataset} of the attributes set, checking every invariant.
     *
     * @return the dataset
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Dataset build() {
      return super.build();
    }
  }
}
