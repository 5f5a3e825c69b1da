package org.migov.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migov.model.Period;

/**
 * The architecture of core, as rules run on its class files: core knows nothing of JSON nor of io;
 * nothing users can see names a generated ({@code Immutable*}) or internal type; model types are
 * immutable (only final fields); internal packages are not exported; no package depends, directly
 * or through others, on itself; and every document these tests cite exists in the repository.
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
      .because("core is the model without JSON (README.md): JSON is io's job");

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
  static final ArchRule noPackageCycles = slices().matching("org.migov.(**)")
      .should().beFreeOfCycles()
      .because("an internal package serves the packages above it and depends on none of them, "
          + "so that each package can be read, tested and changed from the bottom up");

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
  static void internalPackagesAreNotExported(JavaClasses classes)
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

  /** A document cited by name, such as {@code README.md} or {@code docs/json-format.md}. */
  private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9_./-]+\\.md\\b");

  @ArchTest
  static void citesOnlyDocumentsOfTheRepository(JavaClasses classes) throws IOException {
    Path module = Path.of("").toAbsolutePath();
    Path tests = module.resolve("src/test/java/org/migov/architecture");
    List<String> cited;
    try (Stream<Path> files = Files.list(tests)) {
      cited = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
        try {
          Matcher m = DOCUMENT.matcher(Files.readString(f));
          return m.results().map(r -> r.group());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).distinct().toList();
    }
    assertThat(cited).isNotEmpty().allSatisfy(document -> assertThat(
        Files.exists(module.getParent().resolve(document)) || Files.exists(module.resolve(document)))
        .as("%s, cited by the architecture tests of core, exists in the repository", document)
        .isTrue());
  }
}
