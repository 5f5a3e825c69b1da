package org.migov.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.validation.ValidationException;

/**
 * {@link Checks#unique}: the duplicates it reports, on lists short (hashes compared with the
 * earlier ones') and long (a table of indexes), are exactly those a plain comparison of every pair
 * finds, whatever the hashes: keys here share hashes on purpose (many keys, few hashes), and hold
 * nulls.
 */
@Timeout(60) // a search of the table that never ended would fail, not hang
class ChecksUniqueTest {
  /** A key whose hash is shared by many unequal keys. */
  private record Key(int value, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.value == value;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "k" + value;
    }
  }

  static IntStream seeds() {
    return IntStream.range(0, 400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reportsEachElementEqualToAnEarlierOneAtItsIndex(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // sizes around the switch from comparing hashes to the table (8), at the table's sizes'
    // edges (2n to 4n slots: 9, 16, 17, 32, 33, 64, 65) and far beyond
    int[] edges = {9, 16, 17, 32, 33, 64, 65};
    int n = switch (seed % 4) {
      case 0 -> random.nextInt(200);
      case 1 -> edges[random.nextInt(edges.length)];
      default -> random.nextInt(20);
    };
    int values = 1 + random.nextInt(Math.max(1, n));
    int hashes = 1 + random.nextInt(4 + values);
    int form = seed % 5;
    List<Key> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int v = random.nextInt(values);
      // the hash is a function of the value, as equals requires, shared by several values:
      // small, negative, differing only in the high bits, or the extremes of int
      int h = Math.floorMod(v * 31, hashes);
      int hash = switch (form) {
        case 1 -> -1 - h;
        case 2 -> h << 20;
        case 3 -> h % 2 == 0 ? Integer.MIN_VALUE + h : Integer.MAX_VALUE - h;
        default -> h;
      };
      list.add(random.nextInt(10) == 0 ? null : new Key(v, hash));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Key k = list.get(i);
      if (k != null && list.subList(0, i).contains(k)) {
        expected.add("t.list[" + i + "] COLLECTION_DUPLICATE: 'list' holds " + k
            + " more than once");
      }
    }

    Checks c = Checks.of("t");
    c.unique("list", Collections.unmodifiableList(list));
    assertThat(reported(c)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void keysOfAFunctionAreComparedAsTheKeys(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 9 + random.nextInt(60); // the table
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

  @ParameterizedTest
  @MethodSource("seeds")
  void someNullKeysAreOneKey(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(40);
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(random.nextInt(6)); // 0 has a null key, the others themselves
    }
    Checks c = Checks.of("t");
    c.unique("xs", list, x -> x == 0 ? null : x);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (list.subList(0, i).contains(list.get(i))) {
        expected.add("t.xs[" + i + "] COLLECTION_DUPLICATE: 'xs' holds "
            + (list.get(i) == 0 ? "null" : list.get(i)) + " more than once");
      }
    }
    assertThat(reported(c)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aNullKeyIsAKeyLikeAnyOther(int seed) {
    int n = 1 + seed % 80;
    Integer[] keys = new Integer[n];
    Checks c = Checks.of("t");
    List<Object> distinct = IntStream.range(0, n).mapToObj(i -> new Object()).toList();
    c.unique("xs", distinct, x -> null); // distinct elements whose keys are all null
    c.unique("ys", Arrays.asList(keys)); // null elements: reported by elements(…), not here
    assertThat(reported(c)).containsExactlyElementsOf(IntStream.range(1, n)
        .mapToObj(i -> "t.xs[" + i + "] COLLECTION_DUPLICATE: 'xs' holds null more than once")
        .toList());
  }

  /** Returns each violation found, as {@code path CODE: message}; none if there are none. */
  private static List<String> reported(Checks c) {
    ValidationException e = catchThrowableOfType(ValidationException.class, c::done);
    return e == null ? List.of() : e.violations().stream()
        .map(v -> v.path() + " " + v.code().name() + ": " + v.message()).toList();
  }
}
