package org.migov.io.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits on untrusted input that the World Bank and SDMX-JSON readers share, as their
 * builders set them, and the mapper that enforces them. Each setter refuses a value out of range
 * with an {@link IllegalArgumentException} naming the builder's method. Not exported by the
 * module.
 */
public final class ReadLimits {
  private final String bytesName;
  private final int minDepth;
  private long maxBytes;
  private int maxDepth;
  private int maxStringLength;
  private int maxNumberLength;
  private int maxExponent;
  private long maxObservations;

  /**
   * Makes limits with a reader's defaults.
   *
   * @param bytesName the name of the builder's method that sets {@code maxBytes}
   * @param maxBytes the largest input, in bytes
   * @param maxDepth the deepest nesting
   * @param minDepth the least nesting a reader may be limited to: the depth of its format
   * @param maxStringLength the longest string or property name, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxExponent the largest magnitude of a decimal's scale
   * @param maxObservations the most observations
   */
  public ReadLimits(String bytesName, long maxBytes, int maxDepth, int minDepth,
      int maxStringLength, int maxNumberLength, int maxExponent, long maxObservations) {
    this.bytesName = bytesName;
    this.minDepth = minDepth;
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxExponent = maxExponent;
    this.maxObservations = maxObservations;
  }

  /**
   * Sets the largest input, in bytes.
   *
   * @param bytes at least 1
   */
  public void maxBytes(long bytes) {
    this.maxBytes = positive(bytes, bytesName);
  }

  /**
   * Sets the deepest nesting.
   *
   * @param depth at least the depth of the format
   */
  public void maxDepth(int depth) {
    if (depth < minDepth) {
      throw new IllegalArgumentException("maxDepth is " + depth + " but must be at least "
          + minDepth);
    }
    this.maxDepth = depth;
  }

  /**
   * Sets the longest string or property name, in characters.
   *
   * @param length at least 1
   */
  public void maxStringLength(int length) {
    this.maxStringLength = (int) positive(length, "maxStringLength");
  }

  /**
   * Sets the longest number, in characters.
   *
   * @param length at least 1
   */
  public void maxNumberLength(int length) {
    this.maxNumberLength = (int) positive(length, "maxNumberLength");
  }

  /**
   * Sets the largest magnitude of a decimal's scale.
   *
   * @param exponent at least 1
   */
  public void maxExponent(int exponent) {
    this.maxExponent = (int) positive(exponent, "maxExponent");
  }

  /**
   * Sets the most observations.
   *
   * @param count at least 1
   */
  public void maxObservations(long count) {
    this.maxObservations = positive(count, "maxObservations");
  }

  /** {@return the largest magnitude of a decimal's scale} */
  public int maxExponent() {
    return maxExponent;
  }

  /** {@return the most observations} */
  public long maxObservations() {
    return maxObservations;
  }

  /**
   * {@return a mapper that enforces the limits on size, depth, strings and numbers} Its parsers
   * leave duplicate properties to the reader (which finds them more cheaply, with a bit per known
   * property) except in what is read as a tree, leave the caller's streams open and keep the
   * input out of locations; trees hold exact decimals, and a tree read from the middle of a
   * document is not followed by the end of the input.
   */
  public JsonMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxBytes)
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(maxStringLength)
            .maxNumberLength(maxNumberLength)
            .build())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " is " + value + " but must be at least 1");
    }
    return value;
  }
}
