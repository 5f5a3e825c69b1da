package org.migov.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.migov.architecture.ArchitectureRules;
import org.migov.io.json.MigovJson;

/**
 * The architecture of io: its exported package names no internal type in anything users can see;
 * it builds model objects only through their public builders (never through the generated
 * classes nor core's internals); {@code org.migov.io.json} and the packages of foreign formats
 * ({@code csv}, {@code sdmx}, {@code worldbank}) are exported; no package depends,
 * directly or through others, on itself.
 */
@AnalyzeClasses(packages = "org.migov.io", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureIoTest {
  @ArchTest
  static final ArchRule exportedSignaturesNameNoInternalType = classes()
      .that().resideInAPackage("org.migov.io.json")
      .and(ArchitectureRules.VISIBLE_TO_USERS)
      .should(ArchitectureRules.exposeNoHiddenType());

  @ArchTest
  static final ArchRule foreignFormatSignaturesNameNoInternalType = classes()
      .that().resideInAnyPackage("org.migov.io.csv", "org.migov.io.sdmx", "org.migov.io.worldbank")
      .and(ArchitectureRules.VISIBLE_TO_USERS)
      .should(ArchitectureRules.exposeNoHiddenType());

  @ArchTest
  static final ArchRule foreignFormatReadersDoNotDependOnEachOther = noClasses()
      .that().resideInAnyPackage("org.migov.io.sdmx", "org.migov.io.worldbank")
      .should().dependOnClassesThat().resideInAnyPackage("org.migov.io.json..",
          "org.migov.io.csv..")
      .because("each foreign format is a package of its own, with its own exception type");

  @ArchTest
  static final ArchRule ioUsesNeitherGeneratedClassesNorCoreInternals = noClasses()
      .that().resideInAPackage("org.migov.io..")
      .should().dependOnClassesThat().haveSimpleNameStartingWith("Immutable")
      .orShould().dependOnClassesThat().resideInAPackage("org.migov.model.internal..")
      .because("io builds model objects through their public builders, so that every invariant "
          + "of core runs for every object read");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.migov.io.(**)")
      .should().beFreeOfCycles()
      .because("an internal package serves the packages above it and depends on none of them: "
          + "the codecs report a ReadFailure, which the public readers turn into the "
          + "MigovJsonException users see");

  @ArchTest
  static final ArchRule exceptionsAndFacadeHoldOnlyFinalFields = fields()
      .that().areDeclaredInClassesThat().resideInAPackage("org.migov.io.json")
      .and().areDeclaredInClassesThat().areTopLevelClasses()
      .should().beFinal()
      .because("MigovJson, MigovJsonException and MigovModule are immutable (their builder and "
          + "the iterator of JSON Lines are not)");

  @ArchTest
  static void onlyTheJsonPackageIsExported(JavaClasses classes)
      throws IOException, URISyntaxException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of(MigovJson.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI()).resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertThat(module.name()).isEqualTo("org.migov.io");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder("org.migov.io.json",
        "org.migov.io.csv", "org.migov.io.sdmx", "org.migov.io.worldbank");
    assertThat(classes.containPackage("org.migov.io.json.internal")).isTrue();
  }
}
