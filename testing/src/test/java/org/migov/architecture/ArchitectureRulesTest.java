package org.migov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.model.Meeting;
import org.migov.model.internal.Checks;

/** The architecture rules catch what they are meant to catch: they can fail. */
class ArchitectureRulesTest {
  /** Exposes an internal type in a return type. */
  public static class Leaky {
    public Checks checks() {
      return Checks.of("x");
    }
  }

  /** Exposes an internal type only as a type argument. */
  public static class LeakyGeneric {
    public List<Checks> checks() {
      return List.of();
    }
  }

  /** Exposes an internal type as a public field. */
  public static class LeakyField {
    public Checks checks = Checks.of("x");
  }

  /** Exposes nothing hidden; its private member is not seen by users. */
  public static class Clean {
    private Checks hidden = Checks.of("x");

    public String name() {
      return String.valueOf(hidden);
    }
  }

  static EvaluationResult evaluate(Class<?> type) {
    JavaClasses classes = new ClassFileImporter().importClasses(type, Checks.class);
    return ArchRuleDefinition.classes().that().haveFullyQualifiedName(type.getName())
        .should(ArchitectureRules.exposeNoHiddenType()).evaluate(classes);
  }

  @Test
  void aReturnTypeATypeArgumentOrAFieldNamingAnInternalTypeIsAViolation() {
    assertThat(evaluate(Leaky.class).hasViolation()).isTrue();
    assertThat(evaluate(LeakyGeneric.class).hasViolation()).isTrue();
    assertThat(evaluate(LeakyField.class).hasViolation()).isTrue();
    assertThat(evaluate(Clean.class).hasViolation()).isFalse();
  }

  @Test
  void theRuleInspectsTheMethodsAPublicBuilderInheritsFromItsGeneratedSuperclass() {
    JavaClass builder = new ClassFileImporter().importPackagesOf(Meeting.class)
        .get(Meeting.Builder.class);
    List<String> names = ArchitectureRules.visibleMembers(builder).stream()
        .map(JavaMember::getName).toList();
    assertThat(names).contains("id", "title", "build", "from");
    assertThat(ArchitectureRules.visibleToUsers(builder)).isTrue();
    JavaClass generated = builder.getRawSuperclass().orElseThrow();
    assertThat(ArchitectureRules.hidden(generated)).isTrue();
    assertThat(ArchitectureRules.visibleToUsers(generated)).isFalse();
  }
}
