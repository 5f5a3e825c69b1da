package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field tables against the model: the names by which model paths become JSON Pointers. */
class ModelCodecsTest {
  @Test
  void everyFieldNamesAnAttributeOfItsModelType() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : ModelCodecs.types()) {
      ObjectCodec<?, ?> codec = (ObjectCodec<?, ?>) ModelCodecs.forType(type).orElseThrow();
      for (Field<?, ?> f : codec.fields()) {
        checked++;
        if (!hasAccessor(type, f.attribute)) {
          missing.add(type.getSimpleName() + "." + f.attribute + " (" + f.name + ")");
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  private static boolean hasAccessor(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void modelPathsBecomePointersWithTheNamesOfTheFields() {
    assertThat(ModelCodecs.MEETING.pointer("meeting")).isEmpty();
    assertThat(ModelCodecs.MEETING.pointer("meeting.durationDays")).isEqualTo("/duration_days");
    assertThat(ModelCodecs.DECLARATION.pointer("declaration.goals[1].number"))
        .isEqualTo("/goals/1/number");
    assertThat(ModelCodecs.MEETING.pointer("meeting.participation[0].asOf"))
        .isEqualTo("/participation/0/as_of");
    assertThat(ModelCodecs.REMITTANCE_SERIES.pointer("remittanceSeries.unitMultiplier"))
        .isEqualTo("/unit_multiplier");
    assertThat(ModelCodecs.REMITTANCE_SERIES.pointer("remittanceSeries.observations[2].value"))
        .isEqualTo("/observations/2/value");
  }

  @Test
  void anAttributeNoTableHasIsKeptAsTheModelNamesIt() {
    assertThat(ModelCodecs.MEETING.pointer("meeting.notAField[3]")).isEqualTo("/notAField/3");
    assertThat(ModelCodecs.MEETING.pointer("meeting.durationDays.beyond"))
        .isEqualTo("/duration_days/beyond");
  }
}
