package org.migov.io.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migov.io.internal.Tokens;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/** A parser with the options of reading, and the one place where reading errors are made. */
public final class In {
  final JsonParser parser;
  final ReadOptions options;

  /**
   * Wraps a parser.
   *
   * @param parser the parser
   * @param options the options
   */
  public In(JsonParser parser, ReadOptions options) {
    this.parser = parser;
    this.options = options;
  }

  /** URLs parsed in this document: sources cite the same pages again and again. */
  private java.util.@org.jspecify.annotations.Nullable Map<String, java.net.URI> urls;

  /** Returns the URL of {@code text}, parsed once for each text of the document. */
  java.net.URI url(String text) {
    if (urls == null) {
      urls = new java.util.HashMap<>();
    }
    java.net.URI url = urls.get(text);
    if (url == null) {
      url = ModelCodecs.uri(text);
      if (urls.size() < 4096) { // bounded, whatever the document
        urls.put(text, url);
      }
    }
    return url;
  }

  /**
   * Counts an element of the array being read, the {@code count}-th: refuses one beyond the limit
   * on elements, before it is read.
   */
  void element(int count) {
    if (count > options.maxArrayElements()) {
      throw fail(ReadFailure.Kind.LIMIT_EXCEEDED, "the array has more than %d elements, the limit",
          options.maxArrayElements());
    }
  }

  /**
   * Counts a property of the object being read, the {@code count}-th: refuses one beyond the limit
   * on properties, before it is read.
   */
  void property(int count) {
    if (count > options.maxObjectProperties()) {
      throw fail(ReadFailure.Kind.LIMIT_EXCEEDED,
          "the object has more than %d properties, the limit", options.maxObjectProperties());
    }
  }

  /** Returns the parser. */
  public JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      throw fail(ReadFailure.Kind.MALFORMED_JSON, "the input ended where a value was expected");
    }
    return t;
  }

  JsonToken next() {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw fail(ReadFailure.Kind.MALFORMED_JSON, "the input ended inside a value");
    }
    return t;
  }

  /**
   * Moves to the next property of the object being read and returns its index in {@code names},
   * or {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for another name (then the parser's current
   * name), or {@link PropertyNameMatcher#MATCH_END_OBJECT} at the object's end.
   */
  int nextName(PropertyNameMatcher names) {
    int i = parser.nextNameMatch(names);
    if (i == PropertyNameMatcher.MATCH_ODD_TOKEN) { // only the end of the input, in an object
      throw fail(ReadFailure.Kind.MALFORMED_JSON, "the input ended inside a value");
    }
    return i;
  }

  /**
   * Returns the current string token's text, refusing a lone surrogate: a {@code \\ud800} escape
   * without its pair is no Unicode text, cannot be encoded in UTF-8 (raw surrogate bytes already
   * fail as invalid UTF-8), and RFC 7493 (I-JSON) forbids it.
   */
  String string() {
    // scanned in the parser's characters, before the string is made of them
    char[] c = parser.getStringCharacters();
    int at = parser.getStringOffset();
    int end = at + parser.getStringLength();
    // the characters or-ed together, without a branch for each: below U+D800 when none can be a
    // surrogate (most text); only then is each looked at
    int all = 0;
    for (int i = at; i < end; i++) {
      all |= c[i];
    }
    if (all >= Character.MIN_SURROGATE) {
      for (int i = at; i < end; i++) {
        if (Character.isSurrogate(c[i])) {
          // rare: only text beyond the Basic Multilingual Plane
          return checkPairs(parser.getString(), i - at);
        }
      }
    }
    return parser.getString();
  }

  private String checkPairs(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int c = s.codePointAt(i); // a lone surrogate comes back as itself
      if (Character.getType(c) == Character.SURROGATE) {
        throw fail(ReadFailure.Kind.INVALID_VALUE,
            "the string holds a lone surrogate \\u%04x at index %d, which is not Unicode text",
            c, i);
      }
      i += Character.charCount(c);
    }
    return s;
  }

  /** Returns the JSON Pointer of the current token. */
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /**
   * Returns the exception for a property that appears twice in an object, as Jackson's strict
   * duplicate detection reports it: at the property, just after its name.
   */
  ReadFailure duplicate(String name) {
    // just after the name's closing quote: where Jackson, parsing the name, stands (a name
    // written with escapes is longer in the input than this, which is rare and only moves the
    // column); columns count bytes when reading bytes, characters when reading text
    TokenStreamLocation at = parser.currentTokenLocation();
    int length = at.getByteOffset() >= 0
        ? name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length : name.length();
    return new ReadFailure(ReadFailure.Kind.DUPLICATE_PROPERTY, pointer(), at.getLineNr(),
        at.getColumnNr() + length + 2, "Duplicate Object property \"" + name + "\"", List.of(),
        null);
  }

  /**
   * Skips the value at the current token, an ignored property's, rejecting duplicate properties
   * within it as everywhere else.
   */
  void skip() {
    JsonToken t = token();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    int count = 0;
    if (t == JsonToken.START_ARRAY) {
      while (next() != JsonToken.END_ARRAY) {
        element(++count);
        skip();
      }
      return;
    }
    // the names, kept only to refuse a duplicate: at most the limit on properties
    java.util.Set<String> names = new java.util.HashSet<>();
    while (next() == JsonToken.PROPERTY_NAME) {
      property(++count);
      String name = parser.currentName();
      if (!names.add(name)) {
        throw duplicate(name);
      }
      next();
      skip();
    }
  }

  /** Returns an exception for the current token. */
  public ReadFailure fail(ReadFailure.Kind problem, String format, Object... args) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new ReadFailure(problem, pointer(), at.getLineNr(), at.getColumnNr(),
        String.format(Locale.ROOT, format, args), List.of(), null);
  }

  /** Returns an exception at {@code at}, with the JSON Pointer of the current token. */
  ReadFailure failAt(ReadFailure.Kind problem, TokenStreamLocation at, String detail) {
    return new ReadFailure(problem, pointer(), at.getLineNr(), at.getColumnNr(), detail, List.of(),
        null);
  }

  ReadFailure wrongType(String expected) {
    JsonToken t = parser.currentToken();
    return fail(ReadFailure.Kind.WRONG_TYPE, "expected %s but found %s", expected,
        Tokens.describe(t));
  }

  /**
   * Returns the exception for violations of the model found when building the object that starts
   * at {@code objectPointer}, whose paths are translated to JSON Pointers by {@code codec}.
   */
  ReadFailure modelViolation(String objectPointer, TokenStreamLocation start,
      ValidationException e, ObjectCodec<?, ?> codec) {
    List<Violation> translated = new ArrayList<>();
    for (Violation v : e.violations()) {
      translated.add(Violation.of(objectPointer + codec.pointer(v.path()), v.code(),
          v.message()));
    }
    Violation first = translated.get(0);
    long total = e.total();
    String detail = total == 1
        ? first.message() + " [" + first.code().code() + "]"
        : total + " violations" + (total > translated.size()
            ? " (the first " + translated.size() + " listed)" : "")
            + ", first: " + first.message() + " [" + first.code().code() + "] at '"
            + first.path() + "'";
    return new ReadFailure(ReadFailure.Kind.MODEL_VIOLATION, first.path(), start.getLineNr(),
        start.getColumnNr(), detail, translated, e);
  }
}
