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

  /** {@return a new, empty builder of datasets; every list may stay empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every entity of this dataset, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return the dialogues, in the order given; validation reports two with the same id} */
  public abstract List<Dialogue> dialogues();

  /**
   * {@return the organisations, in the order given; validation reports two with the same id and
   * parents that lead back in a cycle}
   */
  public abstract List<Organisation> organisations();

  /** {@return the people, in the order given; validation reports two with the same id} */
  public abstract List<Person> people();

  /** {@return the declarations, in the order given; validation reports two with the same id} */
  public abstract List<Declaration> declarations();

  /** {@return the meetings, in the order given; validation reports two with the same id} */
  public abstract List<Meeting> meetings();

  /**
   * {@return the remittance series, in the order given; validation reports two with the same id}
   */
  public abstract List<RemittanceSeries> remittanceSeries();

  /** {@return figures about countries, such as a country's overseas workers, in the order given} */
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
   * {@return the first dialogue with the given id, or empty if the dataset holds none}
   *
   * @param id the id to look up
   */
  public Optional<Dialogue> dialogue(DialogueId id) {
    return find(id, Dialogue.class);
  }

  /**
   * {@return the first organisation with the given id, or empty if the dataset holds none}
   *
   * @param id the id to look up
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return find(id, Organisation.class);
  }

  /**
   * {@return the first person with the given id, or empty if the dataset holds none}
   *
   * @param id the id to look up
   */
  public Optional<Person> person(PersonId id) {
    return find(id, Person.class);
  }

  /**
   * {@return the first declaration with the given id, or empty if the dataset holds none}
   *
   * @param id the id to look up
   */
  public Optional<Declaration> declaration(DeclarationId id) {
    return find(id, Declaration.class);
  }

  /**
   * {@return the first meeting with the given id, or empty if the dataset holds none}
   *
   * @param id the id to look up
   */
  public Optional<Meeting> meeting(MeetingId id) {
    return find(id, Meeting.class);
  }

  /**
   * {@return the first remittance series with the given id, or empty if the dataset holds none}
   *
   * @param id the id to look up
   */
  public Optional<RemittanceSeries> series(SeriesId id) {
    return find(id, RemittanceSeries.class);
  }

  /**
   * {@return the priority goal a reference points to, or empty if the dataset holds no declaration
   * with its id or the declaration has no goal with its number}
   *
   * @param ref a declaration's id and a goal's number
   */
  public Optional<PriorityGoal> goal(GoalRef ref) {
    return declaration(ref.declaration()).flatMap(d -> d.goal(ref.goal()));
  }

  /**
   * {@return the meetings of the given dialogue, in the order given, possibly none}
   *
   * @param id the dialogue's id
   */
  public List<Meeting> meetingsOf(DialogueId id) {
    return meetings().stream().filter(m -> m.dialogue().equals(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the meetings that advance the given priority goal ({@link Meeting#advances()}), in
   * the order given, possibly none}
   *
   * @param ref a declaration's id and a goal's number, such as Priority Goal 2 of the Budapest
   *     Process Ministerial Declaration and Call for Action 2025–2030
   * @since 0.1.0
   */
  public List<Meeting> meetingsAdvancing(GoalRef ref) {
    return meetings().stream().filter(m -> m.advances().contains(ref))
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
     * {@return a dataset of the entities set; rules across entities are not checked here but by
     * {@link Dataset#validate()}}
     *
     * @throws org.migov.validation.ValidationException listing every null element of the lists
     */
    @Override
    public Dataset build() {
      return super.build();
    }
  }
}
