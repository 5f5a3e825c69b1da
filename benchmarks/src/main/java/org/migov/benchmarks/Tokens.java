package org.migov.benchmarks;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The limits of any Jackson-based reader and writer: a bare token loop over a document's bytes,
 * and a bare generator replaying a document's tokens, extracted beforehand.
 */
public final class Tokens {
  private static final byte START_OBJECT = 0;
  private static final byte END_OBJECT = 1;
  private static final byte START_ARRAY = 2;
  private static final byte END_ARRAY = 3;
  private static final byte NAME = 4;
  private static final byte STRING = 5;
  private static final byte INT = 6;
  private static final byte NUMBER = 7;
  private static final byte TRUE = 8;
  private static final byte FALSE = 9;
  private static final byte NULL = 10;

  private final byte[] kinds;
  private final String[] texts;
  private final int[] ints;
  private final int size;

  private Tokens(byte[] kinds, String[] texts, int[] ints, int size) {
    this.kinds = kinds;
    this.texts = texts;
    this.ints = ints;
    this.size = size;
  }

  /**
   * Reads every token of a document, touching each minimally: the token itself, and the length
   * of each string, name and number (which makes the parser decode the text, as any reader must,
   * without creating a {@code String}).
   *
   * @param factory the factory of the parser
   * @param json the document
   * @return a sum of what was read, so that nothing is optimised away
   */
  public static long loop(JsonFactory factory, byte[] json) {
    long sum = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME -> sum += p.currentName().length();
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sum += p.getStringLength();
          default -> sum += 1; // a structural token
        }
      }
    }
    return sum;
  }
  /**
   * As {@link #loop}, but makes a {@code String} of every string value, as any reader that keeps
   * the text must: a diagnostic (not a baseline of the goals) showing the least time any
   * Jackson-based reader of the document can take.
   *
   * @param factory the factory of the parser
   * @param json the document
   * @return a sum of what was read, so that nothing is optimised away
   */
  public static long loopWithStrings(JsonFactory factory, byte[] json) {
    long sum = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME -> sum += p.currentName().length();
          case VALUE_STRING -> sum += p.getString().length();
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sum += p.getStringLength();
          default -> sum += 1; // a structural token
        }
      }
    }
    return sum;
  }


  /**
   * Extracts the tokens of a document: names and strings as {@code String}s, integers as
   * {@code int}s (every integer of the format is one), other numbers as their text.
   *
   * @param factory the factory of the parser
   * @param json the document
   * @return the tokens
   */
  public static Tokens of(JsonFactory factory, byte[] json) {
    byte[] kinds = new byte[1 << 16];
    String[] texts = new String[1 << 16];
    int[] ints = new int[1 << 16];
    int n = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (n == kinds.length) {
          kinds = Arrays.copyOf(kinds, n * 2);
          texts = Arrays.copyOf(texts, n * 2);
          ints = Arrays.copyOf(ints, n * 2);
        }
        switch (t) {
          case START_OBJECT -> kinds[n] = START_OBJECT;
          case END_OBJECT -> kinds[n] = END_OBJECT;
          case START_ARRAY -> kinds[n] = START_ARRAY;
          case END_ARRAY -> kinds[n] = END_ARRAY;
          case PROPERTY_NAME -> {
            kinds[n] = NAME;
            texts[n] = p.currentName();
          }
          case VALUE_STRING -> {
            kinds[n] = STRING;
            texts[n] = p.getString();
          }
          case VALUE_NUMBER_INT -> {
            kinds[n] = INT;
            ints[n] = p.getIntValue();
          }
          case VALUE_NUMBER_FLOAT -> {
            kinds[n] = NUMBER;
            texts[n] = p.getString();
          }
          case VALUE_TRUE -> kinds[n] = TRUE;
          case VALUE_FALSE -> kinds[n] = FALSE;
          case VALUE_NULL -> kinds[n] = NULL;
          default -> throw new IllegalStateException("unexpected token " + t);
        }
        n++;
      }
    }
    return new Tokens(kinds, texts, ints, n);
  }

  /**
   * Returns the number of tokens.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Writes the tokens, each with the plainest call of the generator.
   *
   * @param g the generator
   */
  public void write(JsonGenerator g) {
    for (int i = 0; i < size; i++) {
      switch (kinds[i]) {
        case START_OBJECT -> g.writeStartObject();
        case END_OBJECT -> g.writeEndObject();
        case START_ARRAY -> g.writeStartArray();
        case END_ARRAY -> g.writeEndArray();
        case NAME -> g.writeName(texts[i]);
        case STRING -> g.writeString(texts[i]);
        case INT -> g.writeNumber(ints[i]);
        case NUMBER -> g.writeNumber(texts[i]);
        case TRUE -> g.writeBoolean(true);
        case FALSE -> g.writeBoolean(false);
        default -> g.writeNull();
      }
    }
  }
}
