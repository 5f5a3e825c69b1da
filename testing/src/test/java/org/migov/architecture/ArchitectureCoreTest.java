package org.migov.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.migov.model.Period;
import java.util.stream.Collectors;

/**
 * The architecture of core, as rules run on its class files: core knows nothing of JSON nor of io;
 * nothing users can see names a generated ({@code Immutable*}) or internal type; model types are
 * immutable (only final fields); internal packages are not exported.
 *
 * <p>A test of core that lives in the module {@code testing}, next to the {@link
 * ArchitectureRules} it shares with io (see the module's README.md).
 */
@AnalyzeClasses(packages = "org.migov", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureCoreTest {
  @ArchTest
  static final ArchRule coreDependsOnNoJacksonNorIo = noClasses()
      .that().resideInAnyPackage("org.migov.model..", "org.migov.validation..")
      .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..",
          "org.migov.io..")
      .because("core knows nothing of JSON (DESIGN.md)");

  @ArchTest
  static final ArchRule coreDependsOnNothingButTheJdkAtRunTime = classes()
      .that().resideInAnyPackage("org.migov.model..", "org.migov.validation..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.migov.model..",
          "org.migov.validation..", "java..", "org.jspecify..", "org.immutables..", "")
      .because("core has no run-time dependency");

  @ArchTest
  static final ArchRule exportedSignaturesNameNoHiddenType = classes()
      .that().resideInAnyPackage("org.migov.model", "org.migov.validation")
      .and(ArchitectureRules.VISIBLE_TO_USERS)
      .should(ArchitectureRules.exposeNoHiddenType());

  @ArchTest
  static final ArchRule generatedImplementationsAreNotPublic = classes()
      .that().haveSimpleNameStartingWith("Immutable").and().areTopLevelClasses()
      .should().notBePublic()
      .because("the generated implementations stay hidden behind the abstract types");

  @ArchTest
  static final ArchRule modelTypesHaveOnlyFinalFields = fields()
      .that().areDeclaredInClassesThat().resideInAPackage("org.migov.model")
      .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
      .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("InitShim")
      .and().areDeclaredInClassesThat().areNotEnums()
      .and(DescribedPredicate.not(DescribedPredicate.describe(
          "transient fields of generated classes", (JavaField f) ->
              f.getModifiers().contains(JavaModifier.TRANSIENT)
                  && f.getOwner().getSimpleName().startsWith("Immutable"))))
      .should().beFinal()
      .because("model objects are immutable; builders are not model objects, and the only "
          + "non-final fields allowed are Immutables' transient helpers (the lazily computed "
          + "index of a Dataset behind a volatile bitmap, the construction shim of default "
          + "attributes, nulled when the constructor ends)");

  @ArchTest
  static final ArchRule validationTypesHaveOnlyFinalFields = fields()
      .that().areDeclaredInClassesThat().resideInAPackage("org.migov.validation")
      .should().beFinal();

  @ArchTest
  static void internalPackagesAreNotExported(com.tngtech.archunit.core.domain.JavaClasses classes)
      throws URISyntaxException {
    // core's classes are a directory, or its jar once the build has packaged it
    ModuleDescriptor module = ModuleFinder.of(Path.of(Period.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI())).findAll().iterator().next().descriptor();
    assertThat(module.name()).isEqualTo("org.migov.core");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder("org.migov.model",
            "org.migov.validation");
    assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".internal"))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))).isNotEmpty();
  }
}
