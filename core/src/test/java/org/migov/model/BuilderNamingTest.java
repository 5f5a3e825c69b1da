package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every builder of the public model types names its methods as Immutables names them, so a user
 * who knows one builder knows them all: the setter of attribute {@code x()} is {@code x(…)}; a
 * collection attribute {@code xs()} is filled by {@code addXs(E)}, {@code addXs(E...)}, {@code
 * addAllXs(Iterable)} and replaced by {@code xs(Iterable)}; an optional attribute {@code x()} is
 * set by {@code x(E)} and {@code x(Optional)} ({@code x(int)} and {@code x(OptionalInt)}). Every method
 * but {@code build()} returns the type's public builder.
 */
class BuilderNamingTest {
  @Test
  void everyPublicModelTypeWithABuilderIsFound() throws Exception {
    assertThat(typesWithBuilders()).contains(RemittanceSeries.class, Organisation.class,
        Dataset.class, Observation.class).hasSizeGreaterThan(20);
  }

  @Test
  void everyBuilderMethodIsNamedAfterAnAttribute() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : typesWithBuilders()) {
      for (Method m : builderMethods(type)) {
        String problem = namingProblem(type, m);
        if (problem != null) {
          problems.add(type.getSimpleName() + ".Builder." + signature(m) + ": " + problem);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyCollectionAttributeHasTheFourMethodsOfImmutables() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : typesWithBuilders()) {
      Class<?> builder = builderOf(type);
      for (Method attribute : attributesSetBy(type)) {
        if (!Collection.class.isAssignableFrom(attribute.getReturnType())) {
          continue;
        }
        String xs = attribute.getName();
        String capital = capitalise(xs);
        Class<?> element = typeArgument(attribute);
        expect(problems, type, builder, "add" + capital, element);
        expect(problems, type, builder, "add" + capital, element.arrayType());
        expect(problems, type, builder, "addAll" + capital, Iterable.class);
        expect(problems, type, builder, xs, Iterable.class);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOptionalAttributeIsSetByItsValueOrAnOptional() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : typesWithBuilders()) {
      Class<?> builder = builderOf(type);
      for (Method attribute : attributesSetBy(type)) {
        if (attribute.getReturnType() == Optional.class) {
          expect(problems, type, builder, attribute.getName(), typeArgument(attribute));
          expect(problems, type, builder, attribute.getName(), Optional.class);
        } else if (attribute.getReturnType() == OptionalInt.class) {
          expect(problems, type, builder, attribute.getName(), int.class);
          expect(problems, type, builder, attribute.getName(), OptionalInt.class);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theSeriesBuilderAddsAsEveryOtherBuilderDoes() throws Exception {
    // the adders once named in the singular stay gone
    assertThat(Arrays.stream(RemittanceSeries.Builder.class.getMethods()).map(Method::getName))
        .doesNotContain("addSource", "addObservation")
        .contains("addSources", "addAllSources", "sources", "addObservations",
            "addAllObservations", "observations");
  }

  /** Why {@code m} breaks the convention, or null if it keeps it. */
  private static String namingProblem(Class<?> type, Method m) {
    if (m.getName().equals("build")) {
      return m.getReturnType() == type ? null : "build() returns " + m.getReturnType().getName();
    }
    if (m.getReturnType() != builderOf(type)) {
      return "returns " + m.getReturnType().getName() + ", not the public builder";
    }
    if (m.getName().equals("from")) {
      return null;
    }
    Method setter = attribute(type, m.getName());
    if (setter != null) {
      return setterProblem(setter, m);
    }
    String name = m.getName();
    String attributeName = name.startsWith("addAll") ? decapitalise(name.substring(6))
        : name.startsWith("add") ? decapitalise(name.substring(3)) : null;
    if (attributeName == null) {
      return "names no attribute of " + type.getSimpleName();
    }
    Method attribute = attribute(type, attributeName);
    if (attribute == null || !Collection.class.isAssignableFrom(attribute.getReturnType())) {
      return "adds to no collection attribute '" + attributeName + "()' of "
          + type.getSimpleName() + " (name an adder after the attribute: addXs, addAllXs)";
    }
    if (name.startsWith("addAll") && !(m.getParameterCount() == 1
        && m.getParameterTypes()[0] == Iterable.class)) {
      return "an addAll method takes one Iterable";
    }
    return null;
  }

  /** Why {@code m} is not a setter of {@code attribute} as Immutables makes them, or null. */
  private static String setterProblem(Method attribute, Method m) {
    if (m.getParameterCount() != 1) {
      return "a setter takes one argument";
    }
    Class<?> parameter = m.getParameterTypes()[0];
    Class<?> returned = attribute.getReturnType();
    boolean fits;
    if (Collection.class.isAssignableFrom(returned)) {
      fits = parameter == Iterable.class;
    } else if (returned == Optional.class) {
      fits = parameter == Optional.class || parameter == typeArgument(attribute);
    } else if (returned == OptionalInt.class) {
      fits = parameter == OptionalInt.class || parameter == int.class;
    } else {
      fits = parameter == returned;
    }
    return fits ? null : "takes " + parameter.getSimpleName() + " for an attribute of type "
        + attribute.getGenericReturnType().getTypeName();
  }

  private static void expect(List<String> problems, Class<?> type, Class<?> builder, String name,
      Class<?> parameter) {
    try {
      builder.getMethod(name, parameter);
    } catch (NoSuchMethodException e) {
      problems.add(type.getSimpleName() + ".Builder has no " + name + "("
          + parameter.getSimpleName() + ")");
    }
  }

  /** The attributes of {@code type} its builder sets or adds to by name. */
  private static List<Method> attributesSetBy(Class<?> type) {
    List<String> names = builderMethods(type).stream().map(Method::getName).toList();
    List<Method> attributes = new ArrayList<>();
    for (Method a : type.getMethods()) {
      String capital = capitalise(a.getName());
      if (a.getParameterCount() == 0 && !Modifier.isStatic(a.getModifiers())
          && a.getDeclaringClass() != Object.class && (names.contains(a.getName())
          || names.contains("add" + capital) || names.contains("addAll" + capital))) {
        attributes.add(a);
      }
    }
    return attributes;
  }

  private static Method attribute(Class<?> type, String name) {
    try {
      Method a = type.getMethod(name);
      return Modifier.isStatic(a.getModifiers()) || a.getDeclaringClass() == Object.class
          ? null : a;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Class<?> typeArgument(Method attribute) {
    Type t = ((ParameterizedType) attribute.getGenericReturnType()).getActualTypeArguments()[0];
    return (Class<?>) (t instanceof ParameterizedType p ? p.getRawType() : t);
  }

  private static List<Method> builderMethods(Class<?> type) {
    return Arrays.stream(builderOf(type).getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic()
            && !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
        .toList();
  }

  private static Class<?> builderOf(Class<?> type) {
    try {
      return type.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** The public classes of {@code org.migov.model} with a static {@code builder()} method. */
  private static List<Class<?>> typesWithBuilders() throws IOException, URISyntaxException {
    URL here = Objects.requireNonNull(RemittanceSeries.class.getResource("RemittanceSeries.class"));
    Path directory = Path.of(here.toURI()).getParent();
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : files.sorted().toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.contains("$") || file.equals("package-info.class")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName("org.migov.model." + file.substring(0, file.length() - 6));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (Modifier.isPublic(c.getModifiers()) && Arrays.stream(c.getMethods()).anyMatch(
            m -> m.getName().equals("builder") && m.getParameterCount() == 0
                && Modifier.isStatic(m.getModifiers()))) {
          types.add(c);
        }
      }
    }
    return types;
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .toList().toString().replace('[', '(').replace(']', ')');
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String decapitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
