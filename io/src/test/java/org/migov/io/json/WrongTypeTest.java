package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.migov.io.json.Failures.assertFailure;
import static org.migov.io.json.Failures.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.json.Failures.At;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.Observation;
import org.migov.model.Organisation;
import org.migov.model.Person;
import org.migov.model.PriorityGoal;
import org.migov.model.RemittanceSeries;
import org.migov.model.Session;
import org.migov.model.Source;
import org.migov.model.SourcedDate;
import org.migov.model.Statement;

/**
 * A value of the wrong JSON type, for every kind of property: each of object, array, string,
 * number, boolean and null where another is expected. {@code null} reads as absent for optional
 * properties and lists, and is a wrong type for required ones, for list elements and for the
 * document itself.
 */
class WrongTypeTest {
  /** How {@code null} is read in a slot. */
  enum OnNull {
    /** As if the property were absent. */
    ABSENT,
    /** As an error: the property is required. */
    REQUIRED,
    /** As an error: null is not of the expected type. */
    WRONG_TYPE
  }

  /**
   * A place for a value in a document: the document with {@code @} where the value goes, the
   * JSON Pointer of the value, the property's name, what is expected there and how null reads.
   */
  record Slot(String label, Class<?> type, String template, String pointer, String name,
      String expected, OnNull onNull) {
    String with(String value) {
      return template.replace("@", value);
    }

    String without() {
      return template.replace(",\"" + name + "\":@", "");
    }

    At at() {
      return new At(1, template.indexOf('@') + 1);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private static final String V = "{\"format_version\":\"1.0\",";
  private static final String MEETING =
      V + "\"id\":\"m\",\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\"";
  private static final String SERIES = V + "\"id\":\"s\",\"reporter\":\"PAK\",\"direction\":"
      + "\"inflow\",\"measure\":\"other\",\"currency\":\"USD\",\"frequency\":\"annual\"";

  static List<Slot> slots() {
    List<Slot> s = new ArrayList<>();
    String string = "a string";
    s.add(new Slot("required text", org.migov.model.Position.class, V + "\"title\":@}", "/title", "title", string,
        OnNull.REQUIRED));
    s.add(new Slot("optional text", Source.class, V + "\"title\":\"t\",\"publisher\":@}",
        "/publisher", "publisher", string, OnNull.ABSENT));
    s.add(new Slot("required id", Person.class, V + "\"name\":\"n\",\"id\":@}", "/id", "id",
        string, OnNull.REQUIRED));
    s.add(new Slot("optional id", Organisation.class,
        V + "\"id\":\"o\",\"name\":\"n\",\"kind\":\"ngo\",\"parent\":@}", "/parent", "parent",
        string, OnNull.ABSENT));
    s.add(new Slot("required country", CountryFigure.class,
        V + "\"figure\":{\"value\":1,\"counts\":[\"states\"]},\"country\":@}", "/country",
        "country", string, OnNull.REQUIRED));
    s.add(new Slot("optional country", Organisation.class,
        V + "\"id\":\"o\",\"name\":\"n\",\"kind\":\"ngo\",\"country\":@}", "/country", "country",
        string, OnNull.ABSENT));
    s.add(new Slot("required date", SourcedDate.class, V + "\"date\":@}", "/date", "date", string,
        OnNull.REQUIRED));
    s.add(new Slot("optional date", Source.class, V + "\"title\":\"t\",\"published\":@}",
        "/published", "published", string, OnNull.ABSENT));
    s.add(new Slot("required period", Observation.class, V + "\"value\":1,\"period\":@}",
        "/period", "period", string, OnNull.REQUIRED));
    s.add(new Slot("optional period", Figure.class,
        V + "\"value\":1,\"counts\":[\"states\"],\"period\":@}", "/period", "period", string,
        OnNull.ABSENT));
    s.add(new Slot("frequency", RemittanceSeries.class,
        SERIES.replace(",\"frequency\":\"annual\"", "") + ",\"frequency\":@}", "/frequency",
        "frequency", string, OnNull.REQUIRED));
    s.add(new Slot("currency", RemittanceSeries.class,
        SERIES.replace(",\"currency\":\"USD\"", "") + ",\"currency\":@}", "/currency", "currency",
        string, OnNull.REQUIRED));
    s.add(new Slot("url", Source.class, V + "\"title\":\"t\",\"url\":@}", "/url", "url", string,
        OnNull.ABSENT));
    s.add(new Slot("required enum", Organisation.class,
        V + "\"id\":\"o\",\"name\":\"n\",\"kind\":@}", "/kind", "kind", string, OnNull.REQUIRED));
    s.add(new Slot("defaulted enum", Figure.class,
        V + "\"value\":1,\"counts\":[\"states\"],\"qualifier\":@}", "/qualifier", "qualifier",
        string, OnNull.ABSENT));
    s.add(new Slot("defaulted status", Observation.class,
        V + "\"period\":\"2025\",\"value\":1,\"status\":@}", "/status", "status", string,
        OnNull.ABSENT));
    s.add(new Slot("required integer", PriorityGoal.class, V + "\"text\":\"t\",\"number\":@}",
        "/number", "number", "an integer", OnNull.REQUIRED));
    s.add(new Slot("optional integer", Session.class, V + "\"title\":\"t\",\"count\":@}",
        "/count", "count", "an integer", OnNull.ABSENT));
    s.add(new Slot("defaulted integer", RemittanceSeries.class,
        SERIES + ",\"unit_multiplier\":@}", "/unit_multiplier", "unit_multiplier", "an integer",
        OnNull.ABSENT));
    s.add(new Slot("decimal", Observation.class, V + "\"period\":\"2025\",\"value\":@}",
        "/value", "value", "a number", OnNull.REQUIRED));
    s.add(new Slot("required object", CountryFigure.class, V + "\"country\":\"PAK\",\"figure\":@}",
        "/figure", "figure", "an object", OnNull.REQUIRED));
    s.add(new Slot("optional object", Figure.class,
        V + "\"value\":1,\"counts\":[\"states\"],\"source\":@}", "/source", "source", "an object",
        OnNull.ABSENT));
    s.add(new Slot("required party", Membership.class, V + "\"role\":\"member\",\"party\":@}",
        "/party", "party", "an object", OnNull.REQUIRED));
    s.add(new Slot("optional party", Statement.class,
        V + "\"speaker\":\"s\",\"kind\":\"other\",\"on_behalf_of\":@}", "/on_behalf_of",
        "on_behalf_of", "an object", OnNull.ABSENT));
    s.add(new Slot("party's country", Membership.class, V + "\"party\":{\"country\":@}}",
        "/party/country", "country", string, OnNull.WRONG_TYPE));
    s.add(new Slot("list of objects", Person.class, V + "\"id\":\"p\",\"name\":\"n\",\"positions\":@}",
        "/positions", "positions", "an array", OnNull.ABSENT));
    s.add(new Slot("list of texts", Meeting.class, MEETING + ",\"aims\":@}", "/aims", "aims",
        "an array", OnNull.ABSENT));
    s.add(new Slot("list of ids", Meeting.class, MEETING + ",\"opened_by\":@}", "/opened_by",
        "opened_by", "an array", OnNull.ABSENT));
    s.add(new Slot("list of parties", Meeting.class, MEETING + ",\"participants\":@}",
        "/participants", "participants", "an array", OnNull.ABSENT));
    s.add(new Slot("set of enums", Figure.class, V + "\"value\":1,\"counts\":@}", "/counts",
        "counts", "an array", OnNull.REQUIRED));
    s.add(new Slot("list of a dataset", Dataset.class, V + "\"people\":[],\"meetings\":@}",
        "/meetings", "meetings", "an array", OnNull.ABSENT));
    s.add(new Slot("object in a list", Person.class,
        V + "\"id\":\"p\",\"name\":\"n\",\"positions\":[{\"title\":\"a\"},@]}", "/positions/1",
        "positions", "an object", OnNull.WRONG_TYPE));
    s.add(new Slot("text in a list", Meeting.class, MEETING + ",\"aims\":[\"a\",@]}", "/aims/1",
        "aims", string, OnNull.WRONG_TYPE));
    s.add(new Slot("party in a list", Meeting.class, MEETING + ",\"conveners\":[@]}",
        "/conveners/0", "conveners", "an object", OnNull.WRONG_TYPE));
    s.add(new Slot("enum in a list", Figure.class, V + "\"value\":1,\"counts\":[@]}", "/counts/0",
        "counts", string, OnNull.WRONG_TYPE));
    s.add(new Slot("entity in a dataset", Dataset.class,
        V + "\"meetings\":[" + "{" + MEETING.substring(V.length()) + "},@]}", "/meetings/1",
        "meetings", "an object", OnNull.WRONG_TYPE));
    s.add(new Slot("format version", Source.class, "{\"format_version\":@,\"title\":\"t\"}",
        "/format_version", "format_version", string, OnNull.WRONG_TYPE));
    s.add(new Slot("the document", Dataset.class, "@", "", "", "an object", OnNull.WRONG_TYPE));
    return s;
  }

  /** Values of every JSON type, with how {@code In} describes them. */
  private static final Map<String, String> VALUES = Map.of(
      "{}", "an object",
      "[]", "an array",
      "\"x\"", "a string",
      "7", "a number",
      "7.5", "a number",
      "true", "a boolean",
      "false", "a boolean");

  private static boolean fits(Slot slot, String value) {
    return switch (slot.expected()) {
      case "an object" -> value.equals("{}");
      case "an array" -> value.equals("[]");
      case "a string" -> value.equals("\"x\"");
      case "a number" -> value.equals("7") || value.equals("7.5");
      case "an integer" -> value.equals("7");
      default -> throw new AssertionError(slot.expected());
    };
  }

  static Stream<Arguments> wrongValues() {
    List<Arguments> cases = new ArrayList<>();
    for (Slot slot : slots()) {
      VALUES.keySet().stream().sorted().filter(v -> !fits(slot, v))
          .forEach(v -> cases.add(Arguments.of(slot, v)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} as {0}")
  @MethodSource("wrongValues")
  void aValueOfTheWrongTypeIsRejected(Slot slot, String value) {
    String json = slot.with(value);

    assertFailure(failure(json, slot.type()), Problem.WRONG_TYPE, slot.pointer(), slot.at(),
        "expected " + slot.expected() + " but found " + VALUES.get(value));
  }

  static Stream<Slot> slotsNotTakingNull() {
    return slots().stream().filter(s -> s.onNull() != OnNull.ABSENT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slotsNotTakingNull")
  void nullIsRejectedForRequiredPropertiesListElementsAndTheDocument(Slot slot) {
    String json = slot.with("null");
    String detail = slot.onNull() == OnNull.REQUIRED
        ? "'" + slot.name() + "' is required and must not be null"
        : "expected " + slot.expected() + " but found null";

    assertFailure(failure(json, slot.type()), Problem.WRONG_TYPE, slot.pointer(), slot.at(),
        detail);
  }

  static Stream<Slot> slotsTakingNull() {
    return slots().stream().filter(s -> s.onNull() == OnNull.ABSENT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slotsTakingNull")
  void nullReadsAsAbsentForOptionalPropertiesAndLists(Slot slot) {
    MigovJson json = MigovJson.defaults();
    Throwable withNull = catchThrowable(() -> json.read(slot.with("null"), slot.type()));
    Throwable without = catchThrowable(() -> json.read(slot.without(), slot.type()));

    if (without == null) {
      assertThat(withNull).isNull();
      assertThat(json.read(slot.with("null"), slot.type()))
          .isEqualTo(json.read(slot.without(), slot.type()));
    } else {
      // a figure must count something: with null as without, the model rejects it alike
      assertThat(withNull).isInstanceOf(MigovJsonException.class);
      assertThat(((MigovJsonException) withNull).problem())
          .isEqualTo(((MigovJsonException) without).problem());
      assertThat(((MigovJsonException) withNull).violations())
          .isEqualTo(((MigovJsonException) without).violations());
    }
  }

  @Test
  void everySlotReadsItsRightValue() {
    for (Slot slot : slots()) {
      String right = switch (slot.label()) {
        case "required text", "optional text", "text in a list" -> "\"Islamabad\"";
        case "required id", "optional id" -> "\"beoe\"";
        case "required country", "optional country", "party's country" -> "\"PAK\"";
        case "required date", "optional date" -> "\"2025-06\"";
        case "required period", "optional period" -> "\"FY2025\"";
        case "frequency" -> "\"annual\"";
        case "currency" -> "\"PKR\"";
        case "url" -> "\"https://example.org/\"";
        case "required enum" -> "\"ngo\"";
        case "defaulted enum" -> "\"about\"";
        case "defaulted status" -> "\"forecast\"";
        case "required integer", "optional integer", "defaulted integer" -> "3";
        case "decimal" -> "34.9";
        case "required object" -> "{\"value\":1,\"counts\":[\"states\"]}";
        case "optional object" -> "{\"title\":\"s\"}";
        case "required party", "optional party", "party in a list" -> "{\"country\":\"HUN\"}";
        case "list of objects" -> "[{\"title\":\"t\"}]";
        case "list of texts" -> "[\"a\"]";
        case "list of ids" -> "[\"a\"]";
        case "list of parties" -> "[{\"organisation\":\"icmpd\"}]";
        case "set of enums" -> "[\"states\"]";
        case "list of a dataset" -> "[]";
        case "object in a list" -> "{\"title\":\"b\"}";
        case "enum in a list" -> "\"states\"";
        case "entity in a dataset" -> "{" + MEETING.substring(V.length()).replace("\"m\"", "\"n\"")
            + "}";
        case "format version" -> "\"1.0\"";
        case "the document" -> "{\"format_version\":\"1.0\"}";
        default -> throw new AssertionError(slot.label());
      };
      String json = slot.with(right);
      String doc = json;

      assertThat(catchThrowable(() -> MigovJson.defaults().read(doc, slot.type())))
          .as("%s: %s", slot.label(), doc).isNull();
    }
  }
}
