package org.migov.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * One value of a single-valued fact as one or more sources give it: a meeting's start on 12
 * November 2024 by budapestprocess.org, on 11 November 2024 by ICMPD.
 *
 * <p><b>Disagreeing sources.</b> Where sources give different values for a fact that has one value
 * (a meeting's ordinal, title, host country, city, first or last day or duration; a declaration's
 * title, adoption date, adopting meeting, implementation start or end or number of goals), the
 * entity keeps every value as a claim in a list beside the attribute ({@code startClaims()} beside
 * {@code start()}), each with the sources that give it; sources that agree share one claim. The plain
 * attribute holds the value used wherever a single one is needed (the dates that {@code
 * Dataset.validate()} compares, for example), and it must be the value of one of the claims ({@link
 * ViolationCode#CLAIM_VALUE_UNCLAIMED}); the choice is the data's author's, who says why in the
 * entity's notes where it matters. With no claims, the attribute's sources are the entity's own.
 * Figures, which can disagree too, are kept as several {@link Figure}s, each with its source; a
 * dialogue's establishment as several {@link SourcedDate}s.
 *
 * <p>Rules: the value is required; at least one source, each at most once.
 *
 * @param <V> the type of the value, such as {@link String}, {@link PartialDate}, {@link
 *     CountryCode}, {@link MeetingId} or {@link Integer}
 * @since 0.1.0
 */
public final class Claim<V> {
  private final V value;
  private final List<Source> sources;

  private Claim(V value, List<Source> sources) {
    this.value = value;
    this.sources = sources;
  }

  /**
   * {@return the claim that the given sources give the given value}
   *
   * @param value the value, as the sources give it
   * @param sources the sources that give it, at least one, each at most once
   * @param <V> the type of the value
   * @throws org.migov.validation.ValidationException if the value is null, or the sources are
   *     empty, hold null or hold a source twice
   */
  public static <V> Claim<V> of(@Nullable V value, List<Source> sources) {
    Checks.argument(sources, "sources");
    Checks c = Checks.of("claim");
    c.required("value", value);
    List<Source> copy = new ArrayList<>(sources.size());
    for (Source s : sources) {
      copy.add(s);
    }
    c.notEmpty("sources", copy);
    c.elements("sources", copy);
    c.unique("sources", copy);
    c.done();
    return new Claim<>(Objects.requireNonNull(value), Collections.unmodifiableList(copy));
  }

  /**
   * {@return the claim that the given sources give the given value}
   *
   * @param value the value, as the sources give it
   * @param source the source that gives it
   * @param more other sources that give the same value
   * @param <V> the type of the value
   * @throws org.migov.validation.ValidationException if the value or a source is null, or a source
   *     is given twice
   */
  public static <V> Claim<V> of(@Nullable V value, Source source, Source... more) {
    List<Source> all = new ArrayList<>(1 + more.length);
    all.add(source);
    Collections.addAll(all, more);
    return of(value, all);
  }

  /** {@return the value as the sources give it} */
  public V value() {
    return value;
  }

  /** {@return the sources that give this value, at least one, each once, in the order given} */
  public List<Source> sources() {
    return sources;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Claim<?> that && value.equals(that.value)
        && sources.equals(that.sources);
  }

  @Override
  public int hashCode() {
    return 31 * value.hashCode() + sources.hashCode();
  }

  /**
   * {@return the value and the number of its sources, for messages: {@code 2024-11-12 (1
   * source)}}
   */
  @Override
  public String toString() {
    return value + " (" + sources.size() + (sources.size() == 1 ? " source)" : " sources)");
  }
}
