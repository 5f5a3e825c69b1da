package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.model.CountryCode;
import org.migov.model.PartialDate;
import org.migov.model.Source;

/**
 * The direct readers of the common forms, on their own: each gives the value for the forms it
 * knows and null for every other, which the full parsers then read (or refuse). Reading through
 * them and through the parsers gives the same values; these tests pin down which forms take the
 * direct way. Also the parts of a table made once, when the format is defined.
 */
class QuickPathsTest {
  private static char[] at(String s) {
    return ("##" + s + "##").toCharArray(); // not at the start of the buffer
  }

  @Test
  void digitsAreReadOnlyWhenEveryCharacterIsOne() {
    assertThat(Scalars.digits(at("2024"), 2, 4)).isEqualTo(2024);
    assertThat(Scalars.digits(at("0907"), 2, 4)).isEqualTo(907);
    assertThat(Scalars.digits(at("12"), 2, 2)).isEqualTo(12);
    assertThat(Scalars.digits(at("09"), 2, 2)).isEqualTo(9);
    assertThat(Scalars.digits(at("2a24"), 2, 4)).isEqualTo(-1);
    assertThat(Scalars.digits(at("/0"), 2, 2)).isEqualTo(-1); // '/' is just before '0'
    assertThat(Scalars.digits(at("9:"), 2, 2)).isEqualTo(-1); // ':' is just after '9'
  }

  @Test
  void datesOfTheCommonFormsAreReadDirectly() {
    assertThat(Scalars.quickDate(at("2024"), 2, 4)).isEqualTo(PartialDate.ofYear(2024));
    assertThat(Scalars.quickDate(at("2024-11"), 2, 7)).isEqualTo(PartialDate.ofMonth(2024, 11));
    assertThat(Scalars.quickDate(at("2024-11-12"), 2, 10))
        .isEqualTo(PartialDate.of(2024, 11, 12));
    assertThat(Scalars.quickDate(at("2024-01-01"), 2, 10)).isEqualTo(PartialDate.of(2024, 1, 1));
    assertThat(Scalars.quickDate(at("2024-12-28"), 2, 10))
        .isEqualTo(PartialDate.of(2024, 12, 28));
  }

  @Test
  void otherFormsAreLeftToTheParser() {
    for (String s : List.of("0000", "202", "20245", "2024-00", "2024-13", "2024/11", "2024-11-00",
        "2024-11-29", "2024-11/12", "2024-1a", "2024-11-1a")) {
      assertThat(Scalars.quickDate(at(s), 2, s.length())).as(s).isNull();
    }
  }

  @Test
  void countryCodesOfThreeCapitalsAreReadDirectly() {
    assertThat(Scalars.quickCountry(at("PAK"), 2, 3)).isEqualTo(CountryCode.of("PAK"));
    assertThat(Scalars.quickCountry(at("AAA"), 2, 3)).isNull(); // no such country
    assertThat(Scalars.quickCountry(at("ZWE"), 2, 3)).isEqualTo(CountryCode.of("ZWE"));
    assertThat(Scalars.quickCountry(at("XKX"), 2, 3)).isEqualTo(CountryCode.of("XKX"));
    for (String s : List.of("PA", "PAKI", "pak", "PA@", "PA[")) {
      assertThat(Scalars.quickCountry(at(s), 2, s.length())).as(s).isNull();
    }
  }

  @Test
  void aFieldNamesItsAttributeInCamelCase() {
    assertThat(attribute("duration_days")).isEqualTo("durationDays");
    assertThat(attribute("as_of")).isEqualTo("asOf");
    assertThat(attribute("title")).isEqualTo("title");
    assertThat(attribute("a_b_c")).isEqualTo("aBC");
    assertThat(attribute("trailing_")).isEqualTo("trailing_");
  }

  private static String attribute(String name) {
    return Field.<Source, Source.Builder, String>required(name, Scalars.STRING, s -> s.title().orElseThrow(),
        Source.Builder::title).attribute;
  }

  @Test
  void aCodecHoldsAtMost63Properties() {
    List<Field<Source, Source.Builder>> fields = new ArrayList<>();
    for (int i = 0; i < 63; i++) {
      fields.add(Field.required("p" + i, Scalars.STRING, s -> s.title().orElseThrow(), Source.Builder::title));
    }
    assertThat(new ObjectCodec<>("many", Source::builder, Source.Builder::build, fields)
        .fields()).hasSize(63);
    fields.add(Field.required("p63", Scalars.STRING, s -> s.title().orElseThrow(), Source.Builder::title));
    assertThatThrownBy(() -> new ObjectCodec<>("many", Source::builder, Source.Builder::build,
        fields)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 63 properties");
  }
}
