package org.migov.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.validation.ValidationException;

/**
 * {@link Checks#unique}: the duplicates it reports are exactly those a comparison of every pair
 * finds, each at the index of the later element, in the order of the list; null keys are one key;
 * null elements are left to {@link Checks#elements}.
 */
class ChecksUniqueTest {
  static IntStream seeds() {
    return IntStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reportsEachElementEqualToAnEarlierOneAtItsIndex(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(60);
    int values = 1 + random.nextInt(Math.max(1, n));
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(random.nextInt(10) == 0 ? null : random.nextInt(values));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integer k = list.get(i);
      if (k != null && list.subList(0, i).contains(k)) {
        expected.add("t.list[" + i + "] COLLECTION_DUPLICATE: 'list' holds " + k
            + " more than once");
      }
    }

    Checks c = Checks.of("t");
    c.unique("list", list);
    assertThat(reported(c)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void keysOfAFunctionAreComparedAsTheKeys(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(60);
    List<int[]> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new int[] {random.nextInt(n), i});
    }
    Checks c = Checks.of("t");
    c.unique("pairs", list, pair -> pair[0]);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int key = list.get(i)[0];
      if (list.subList(0, i).stream().anyMatch(p -> p[0] == key)) {
        expected.add("t.pairs[" + i + "] COLLECTION_DUPLICATE: 'pairs' holds " + key
            + " more than once");
      }
    }
    assertThat(reported(c)).containsExactlyElementsOf(expected);
  }

  @Test
  void nullKeysAreOneKey() {
    Checks c = Checks.of("t");
    c.unique("xs", List.of(0, 1, 0, 2, 1, 0), x -> x == 0 ? null : x);
    assertThat(reported(c)).containsExactly(
        "t.xs[2] COLLECTION_DUPLICATE: 'xs' holds null more than once",
        "t.xs[4] COLLECTION_DUPLICATE: 'xs' holds 1 more than once",
        "t.xs[5] COLLECTION_DUPLICATE: 'xs' holds null more than once");
  }

  @Test
  void nullElementsAreLeftToTheCheckOfElements() {
    Checks c = Checks.of("t");
    c.unique("ys", Arrays.asList(null, null, 1, null));
    assertThat(reported(c)).isEmpty();
  }

  @Test
  void anEmptyListOrAListOfOneHasNoDuplicate() {
    Checks c = Checks.of("t");
    c.unique("none", List.of());
    c.unique("one", List.of("a"));
    assertThat(reported(c)).isEmpty();
  }

  /** Returns each violation found, as {@code path CODE: message}; none if there are none. */
  private static List<String> reported(Checks c) {
    ValidationException e = catchThrowableOfType(ValidationException.class, c::done);
    return e == null ? List.of() : e.violations().stream()
        .map(v -> v.path() + " " + v.code().name() + ": " + v.message()).toList();
  }
}
