package org.migov.io.json.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Generates the sources of {@link Writers} and {@link Readers} from the field tables of {@link
 * ModelCodecs}: for each object type, methods that write and read its properties as its fields
 * would, with the getters and the builders' setters called by name (a property {@code
 * host_country} is read with {@code hostCountry()} and set with {@code hostCountry(…)} or, for a
 * list, added with {@code addHostCountry(…)}) and the values written and read by the codecs' own
 * methods, called directly. A property the generator has no direct form for is left to its field.
 *
 * <p>Each type also gets a method writing, and one reading, its whole object; nested objects are
 * written and read by direct calls of these. The reader matches the names, refuses duplicates,
 * takes nulls, makes the builder and builds the object through the codec's own functions (called
 * from the type's own method, where they have one target each), and hands an unknown property, the
 * version and an object with missing properties over to the codec's loop. Every generated method
 * first checks a constant, {@code X_CURRENT}, true only while the codec's {@link
 * ObjectCodec#signature() signature} is the one the code was generated from; else the fields do
 * the work.
 */
final class GeneratedSources {
  private GeneratedSources() {}

  /** Where the generated writers live, from the module's directory. */
  static final String WRITERS = "src/main/java/org/migov/io/json/internal/Writers.java";

  /** Where the generated readers live, from the module's directory. */
  static final String READERS = "src/main/java/org/migov/io/json/internal/Readers.java";

  /** Returns the source of {@code Writers}. */
  static String writers() {
    Map<ObjectCodec<?, ?>, Class<?>> types = objectTypes();
    Map<Codec<?>, String> named = namedCodecs();
    Map<String, String> enums = new TreeMap<>(); // constant name -> declaration
    List<String> fieldConstants = new ArrayList<>();
    java.util.SortedSet<String> imports = new java.util.TreeSet<>();
    StringBuilder methods = new StringBuilder();
    StringBuilder currents = new StringBuilder();
    StringBuilder registrations = new StringBuilder();
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      Class<?> type = types.get(codec);
      String method = camel(codec.definition());
      String t = type.getSimpleName();
      imports.add(type.getName());
      currents.append(current(codec, named.get(codec)));
      registrations.append(register(named.get(codec),
          ".writeWith(Writers::" + method + "Properties);"));
      methods.append("\n  /** Writes ").append(article(codec.definition())).append(' ')
          .append(codec.definition().replace('_', ' '))
          .append(" as an object. */\n")
          .append("  static void ").append(method).append("(JsonGenerator g, ").append(t)
          .append(" v) {\n")
          .append("    if (!").append(named.get(codec)).append("_CURRENT) {\n")
          .append("      ModelCodecs.").append(named.get(codec)).append(".write(g, v);\n")
          .append("      return;\n")
          .append("    }\n")
          .append("    g.writeStartObject(v);\n")
          .append("    ").append(method).append("Properties(g, v);\n")
          .append("    g.writeEndObject();\n")
          .append("  }\n");
      methods.append("\n  /** Writes the properties of ").append(article(codec.definition()))
          .append(' ')
          .append(codec.definition().replace('_', ' ')).append(". */\n")
          .append("  static void ").append(method).append("Properties(JsonGenerator g, ")
          .append(t).append(" v) {\n");
      List<? extends Field<?, ?>> fields = codec.fields();
      for (int i = 0; i < fields.size(); i++) {
        Field<?, ?> f = fields.get(i);
        String name = "N_" + constant(f.name);
        String body = property(type, f, name, types, named, enums, imports);
        if (body == null) {
          String c = named.get(codec) + "_" + constant(f.name);
          fieldConstants.add("  private static final Field<" + t + ", ?> " + c + " =\n"
              + "      ModelCodecs." + named.get(codec) + ".field(\"" + f.name + "\");\n");
          body = "    " + c + ".write(g, v);\n";
        }
        methods.append(body);
      }
      methods.append("  }\n");
    }
    StringBuilder names = new StringBuilder();
    java.util.SortedSet<String> all = new java.util.TreeSet<>();
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      for (Field<?, ?> f : codec.fields()) {
        all.add(f.name);
      }
    }
    for (String n : all) {
      String declaration = "  private static final SerializableString N_" + constant(n) + " =";
      String value = "new SerializedString(\"" + n + "\");\n";
      names.append(declaration).append(declaration.length() + value.length() > 100
          ? "\n      " : " ").append(value);
    }
    StringBuilder s = new StringBuilder();
    s.append("package org.migov.io.json.internal;\n\n");
    imports.add("java.util.List");
    imports.add("java.util.Optional");
    imports.add("java.util.OptionalInt");
    imports.add("tools.jackson.core.JsonGenerator");
    imports.add("tools.jackson.core.SerializableString");
    imports.add("tools.jackson.core.io.SerializedString");
    for (String i : imports) {
      if (!i.startsWith("java.lang.") || i.lastIndexOf('.') != "java.lang".length()) {
        s.append("import ").append(i).append(";\n");
      }
    }
    s.append('\n');
    s.append("/**\n"
        + " * Writes every object type of the format, property by property, as the fields of\n"
        + " * {@link ModelCodecs} do, but in code of its own for each type: getters and codecs are\n"
        + " * called directly, which the compiler can inline, rather than through the fields'\n"
        + " * functions. Generated from the field tables by {@code GeneratedSources} (io's tests); do\n"
        + " * not edit: {@code GeneratedSourcesTest} fails when this file is out of date and tells how\n"
        + " * to make it again, and checks that it writes the bytes the fields write.\n"
        + " */\n");
    s.append("@SuppressWarnings({\"NullAway\", \"unused\"}) // a built object has its required values\n");
    s.append("final class Writers {\n");
    s.append("  private Writers() {}\n\n");
    s.append("  /** Makes sure the writers are set on the codecs (by initialising this class). */\n");
    s.append("  static void load() {\n    // the static initialiser does the work\n  }\n\n");
    s.append(names).append('\n');
    return end(s, enums, fieldConstants, methods, currents, registrations);
  }

  /** Returns the code writing one property, or null to leave it to the field. */
  private static String property(Class<?> type, Field<?, ?> f, String name,
      Map<ObjectCodec<?, ?>, Class<?>> types, Map<Codec<?>, String> named,
      Map<String, String> enums, java.util.Set<String> imports) {
    Method getter;
    try {
      getter = type.getMethod(camel(f.name));
    } catch (NoSuchMethodException e) {
      return null;
    }
    String get = "v." + getter.getName() + "()";
    String local = "p" + getter.getName().substring(0, 1).toUpperCase(Locale.ROOT)
        + getter.getName().substring(1);
    Type returned = getter.getGenericReturnType();
    for (Class<?> c : new Class<?>[] {getter.getReturnType(), argument(returned)}) {
      if (c != null && !c.isPrimitive() && !c.getPackageName().equals("java.lang")) {
        imports.add(c.getName().replace('$', '.'));
      }
    }
    switch (f.kind()) {
      case "REQUIRED" -> {
        String w = value(f.codec(), getter.getReturnType(), get, types, named, enums);
        return w == null ? null : "    g.writeName(" + name + ");\n    " + w + "\n";
      }
      case "OPTIONAL" -> {
        Class<?> element = argument(returned);
        if (getter.getReturnType() != Optional.class || element == null) {
          return null;
        }
        String w = value(f.codec(), element, local + ".get()", types, named, enums);
        return w == null ? null : "    Optional<" + element.getSimpleName() + "> " + local
            + " = " + get + ";\n    if (" + local + ".isPresent()) {\n      g.writeName(" + name
            + ");\n      " + w + "\n    }\n";
      }
      case "DEFAULTED" -> {
        Object d = f.defaultValue();
        if (!(d instanceof Enum<?> constant) || getter.getReturnType() != d.getClass()) {
          return null;
        }
        String w = value(f.codec(), getter.getReturnType(), local, types, named, enums);
        String t = getter.getReturnType().getSimpleName();
        return w == null ? null : "    " + t + " " + local + " = " + get + ";\n    if (" + local
            + " != " + t + "." + constant.name() + ") {\n      g.writeName(" + name
            + ");\n      " + w + "\n    }\n";
      }
      case "LIST", "SET" -> {
        Class<?> element = argument(returned);
        if (element == null) {
          return null;
        }
        String e = element.getSimpleName();
        String w = value(f.codec(), element, "e", types, named, enums);
        if (w == null) {
          return null;
        }
        boolean list = getter.getReturnType() == List.class;
        String loop = list
            ? "      for (int i = 0; i < " + local + ".size(); i++) {\n        " + e + " e = "
                + local + ".get(i);\n"
            : "      for (" + e + " e : " + local + ") {\n";
        String collection = getter.getReturnType().getSimpleName() + "<" + e + ">";
        String open = f.kind().equals("SET") ? "    {\n" : "    if (!" + local
            + ".isEmpty()) {\n";
        return "    " + collection + " " + local + " = " + get + ";\n" + open
            + "      g.writeName(" + name + ");\n      g.writeStartArray();\n" + loop
            + "        " + w + "\n      }\n      g.writeEndArray();\n    }\n";
      }
      case "INTEGER" -> {
        return getter.getReturnType() != int.class ? null
            : "    g.writeName(" + name + ");\n    g.writeNumber(" + get + ");\n";
      }
      case "OPTIONAL_INTEGER" -> {
        return getter.getReturnType() != OptionalInt.class ? null
            : "    OptionalInt " + local + " = " + get + ";\n    if (" + local
                + ".isPresent()) {\n      g.writeName(" + name + ");\n      g.writeNumber("
                + local + ".getAsInt());\n    }\n";
      }
      default -> {
        return null;
      }
    }
  }

  /** Returns the source of {@code Readers}. */
  static String readers() {
    Map<ObjectCodec<?, ?>, Class<?>> types = objectTypes();
    Map<Codec<?>, String> named = namedCodecs();
    Map<String, String> enums = new TreeMap<>();
    java.util.SortedSet<String> imports = new java.util.TreeSet<>();
    StringBuilder methods = new StringBuilder();
    StringBuilder currents = new StringBuilder();
    StringBuilder registrations = new StringBuilder();
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      Class<?> builder = codec.builderType();
      Class<?> type = types.get(codec);
      String b = builder.getEnclosingClass() != null
          ? builder.getEnclosingClass().getSimpleName() + "." + builder.getSimpleName()
          : builder.getSimpleName();
      imports.add((builder.getEnclosingClass() != null ? builder.getEnclosingClass() : builder)
          .getName());
      imports.add(type.getName());
      String constant = named.get(codec);
      String method = camel(codec.definition());
      currents.append(current(codec, constant));
      registrations.append(register(constant, ".readWith(Readers::" + method + "Property, "
          + "Readers::" + method + ");"));
      methods.append(objectReader(codec, constant, method, type.getSimpleName(), b));
      methods.append("\n  /** Reads the property of index {@code i} of ")
          .append(article(codec.definition())).append(' ')
          .append(codec.definition().replace('_', ' ')).append(". */\n")
          .append("  static void ").append(method).append("Property(In in, ").append(b)
          .append(" b, int i) {\n")
          .append("    try {\n")
          .append("      switch (i) {\n");
      List<? extends Field<?, ?>> fields = codec.fields();
      for (int i = 0; i < fields.size(); i++) {
        String body = readProperty(builder, fields.get(i), types, named, enums, imports);
        if (body != null) {
          methods.append("        case ").append(i).append(" -> ").append(body);
        }
      }
      methods.append("        default -> ModelCodecs.").append(constant)
          .append(".fields().get(i).read(in, b);\n")
          .append("      }\n")
          .append("    } catch (ValidationException e) { // a value the model refuses\n")
          .append("      throw Scalars.invalid(in, e);\n")
          .append("    }\n")
          .append("  }\n");
    }
    imports.add("tools.jackson.core.TokenStreamContext");
    imports.add("tools.jackson.core.sym.PropertyNameMatcher");
    imports.add("org.migov.validation.ValidationException");
    imports.add("tools.jackson.core.JsonToken");
    StringBuilder s = new StringBuilder();
    s.append("package org.migov.io.json.internal;\n\n");
    for (String i : imports) {
      if (!i.startsWith("org.migov.io.json.internal.")) {
        s.append("import ").append(i).append(";\n");
      }
    }
    s.append('\n');
    s.append("/**\n"
        + " * Reads every object type of the format, as the fields of {@link ModelCodecs} and the loop\n"
        + " * of {@link ObjectCodec} do, but in code of its own for each type: a method reading the\n"
        + " * whole object (handing unknown properties, the version and incomplete objects over to the\n"
        + " * codec), and one reading each property, where codecs, builders and nested objects are\n"
        + " * called directly, which the compiler can inline. In a property's method, a {@link\n"
        + " * ValidationException} comes from a value the model refuses (nested objects report their\n"
        + " * own) and is reported at that value; in an object's, from the object, reported at its\n"
        + " * start, as the codecs report them. Each type's code is used only while its constant\n"
        + " * {@code X_CURRENT} says the codec's fields are those it was generated from.\n"
        + " * Generated from the field tables by {@code GeneratedSources} (io's tests); do not edit:\n"
        + " * {@code GeneratedSourcesTest} fails when this file is out of date and tells how to make it\n"
        + " * again, and checks that it reads what the fields read.\n"
        + " */\n");
    s.append("@SuppressWarnings(\"unused\")\n");
    s.append("final class Readers {\n");
    s.append("  private Readers() {}\n\n");
    s.append("  /** Makes sure the readers are set on the codecs (by initialising this class). */\n");
    s.append("  static void load() {\n    // the static initialiser does the work\n  }\n\n");
    return end(s, enums, List.of(), methods, currents, registrations);
  }

  /**
   * Ends a generated class: its constants, methods and, last, whether each type's code is current
   * and the registrations.
   */
  private static String end(StringBuilder s, Map<String, String> enums,
      List<String> fieldConstants, CharSequence methods, CharSequence currents,
      CharSequence registrations) {
    for (String e : enums.values()) {
      s.append(e);
    }
    s.append("  private static final PartyCodec PARTY = (PartyCodec) ModelCodecs.PARTY;\n");
    for (String c : fieldConstants) {
      s.append(c);
    }
    s.append(methods);
    s.append("\n  // last, once every constant above is made: each type's code is used only if the\n"
        + "  // codec's fields are those it was generated from (else the fields do the work)\n");
    s.append(currents);
    s.append("\n  static {\n").append(registrations).append("  }\n");
    s.append("}\n");
    return s.toString();
  }

  /**
   * Returns the method reading a whole object: the properties one by one, each through the
   * property method, an unknown one or the version leaving the rest to the codec, then the object
   * built directly or, when it is not complete, finished by the codec.
   */
  private static String objectReader(ObjectCodec<?, ?> codec, String constant, String method,
      String t, String b) {
    int n = codec.fields().size();
    return "\n  /** Reads " + article(codec.definition()) + " " + codec.definition().replace('_', ' ')
        + ". */\n"
        + "  static " + t + " " + method + "(In in) {\n"
        + "    ObjectCodec<" + t + ", " + b + "> c = ModelCodecs." + constant + ";\n"
        + "    if (!" + constant + "_CURRENT) {\n"
        + "      return c.read(in);\n"
        + "    }\n"
        + "    TokenStreamContext object = c.start(in);\n"
        + "    " + b + " b = c.builderSupplier().get();\n"
        + "    PropertyNameMatcher names = c.names();\n"
        + "    long seen = 0;\n"
        + "    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;\n"
        + "        i = in.nextName(names)) {\n"
        + "      if (i < 0 || i >= " + n + ") { // an unknown property or the version\n"
        + "        return c.rest(in, object, b, seen, i);\n"
        + "      }\n"
        + "      if ((seen & (1L << i)) != 0) {\n"
        + "        throw c.duplicate(in, i);\n"
        + "      }\n"
        + "      seen |= 1L << i;\n"
        + "      if (in.next() == JsonToken.VALUE_NULL) {\n"
        + "        c.nullValue(in, i);\n"
        + "      } else {\n"
        + "        " + method + "Property(in, b, i);\n"
        + "      }\n"
        + "    }\n"
        + "    if (!c.complete(object, seen)) {\n"
        + "      return c.finish(in, object, b, seen);\n"
        + "    }\n"
        + "    try {\n"
        + "      return c.buildFunction().apply(b);\n"
        + "    } catch (ValidationException e) {\n"
        + "      throw c.violation(in, object, e);\n"
        + "    }\n"
        + "  }\n";
  }

  /** Returns "an" before a word starting with a vowel, else "a". */
  static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  /** Returns the constant telling whether a codec's fields are those the code was made from. */
  private static String current(ObjectCodec<?, ?> codec, String constant) {
    return "  private static final boolean " + constant + "_CURRENT =\n"
        + "      ModelCodecs." + constant + ".signature() == " + codec.signature() + ";\n";
  }

  /** Returns the code reading one property into {@code b}, or null to leave it to the field. */
  private static String readProperty(Class<?> builder, Field<?, ?> f,
      Map<ObjectCodec<?, ?>, Class<?>> types, Map<Codec<?>, String> named,
      Map<String, String> enums, java.util.Set<String> imports) {
    String camel = camel(f.name);
    switch (f.kind()) {
      case "REQUIRED", "OPTIONAL", "DEFAULTED" -> {
        for (Method m : setters(builder)) {
          if (m.getName().equals(camel) && m.getParameterCount() == 1) {
            String read = readValue(f.codec(), m.getParameterTypes()[0], types, named, enums,
                imports);
            if (read != null) {
              return "b." + camel + "(" + read + ");\n";
            }
          }
        }
        return null;
      }
      case "INTEGER", "OPTIONAL_INTEGER" -> {
        for (Method m : setters(builder)) {
          if (m.getName().equals(camel) && m.getParameterCount() == 1
              && m.getParameterTypes()[0] == int.class) {
            return "b." + camel + "(Scalars.readInt(in));\n";
          }
        }
        return null;
      }
      case "LIST" -> {
        String add = "add" + Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        for (Method m : setters(builder)) {
          if (m.getName().equals(add) && m.getParameterCount() == 1
              && !Iterable.class.isAssignableFrom(m.getParameterTypes()[0])
              && !m.getParameterTypes()[0].isArray()) {
            String read = readValue(f.codec(), m.getParameterTypes()[0], types, named, enums,
                imports);
            if (read != null) {
              return "{\n          Scalars.startArray(in);\n"
                  + "          while (in.next() != JsonToken.END_ARRAY) {\n"
                  + "            b." + add + "(" + read + ");\n"
                  + "          }\n        }\n";
            }
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Returns the methods of a builder that code of this package may call: public ones, and those
   * of a builder of this package's own that are not private.
   */
  private static List<Method> setters(Class<?> builder) {
    List<Method> methods = new ArrayList<>(List.of(builder.getMethods()));
    if (builder.getPackage() == ModelCodecs.class.getPackage()) {
      for (Method m : builder.getDeclaredMethods()) {
        if (!Modifier.isPrivate(m.getModifiers()) && !Modifier.isPublic(m.getModifiers())) {
          methods.add(m);
        }
      }
    }
    // by name and parameters: the generated code does not depend on the order reflection gives
    methods.sort(java.util.Comparator.comparing(Method::toString));
    return methods;
  }

  /** Returns the expression reading a value of type {@code type}, or null. */
  private static String readValue(Codec<?> codec, Class<?> type,
      Map<ObjectCodec<?, ?>, Class<?>> types, Map<Codec<?>, String> named,
      Map<String, String> enums, java.util.Set<String> imports) {
    if (codec == Scalars.STRING && type == String.class) {
      return "Scalars.readString(in)";
    }
    if (codec == Scalars.DECIMAL && type == java.math.BigDecimal.class) {
      return "Scalars.readDecimal(in)";
    }
    if (codec instanceof ObjectCodec<?, ?> object && types.get(object) == type) {
      return camel(object.definition()) + "(in)";
    }
    if (codec instanceof PartyCodec && type == org.migov.model.Party.class) {
      return "PARTY.read(in)";
    }
    if (codec instanceof Scalars.EnumCodec<?> && type.isEnum()) {
      imports.add(type.getName());
      String c = constant(type.getSimpleName());
      enums.put(c, "  private static final Scalars.EnumCodec<" + type.getSimpleName() + "> " + c
          + " =\n      Scalars.enumeration(" + type.getSimpleName() + ".class);\n");
      return c + ".read(in)";
    }
    if (codec instanceof Scalars.TextCodec<?> text) {
      switch (text.written()) {
        case ID -> {
          if (org.migov.model.EntityId.class.isAssignableFrom(type)) {
            imports.add(type.getName());
            return type.getSimpleName() + ".of(Scalars.readString(in))";
          }
          return null;
        }
        case DATE -> {
          return type == org.migov.model.PartialDate.class ? "Scalars.readDate(in)" : null;
        }
        case COUNTRY -> {
          return type == org.migov.model.CountryCode.class ? "Scalars.readCountry(in)" : null;
        }
        case FORMATTED -> {
          String constant = named.get(codec);
          if (constant == null) {
            return null;
          }
          return "ModelCodecs." + constant + ".read(in)";
        }
      }
    }
    return null;
  }

  /** Returns the statement writing the value {@code x} of type {@code type}, or null. */
  private static String value(Codec<?> codec, Class<?> type, String x,
      Map<ObjectCodec<?, ?>, Class<?>> types, Map<Codec<?>, String> named,
      Map<String, String> enums) {
    if (codec == Scalars.STRING && type == String.class) {
      return "g.writeString(" + x + ");";
    }
    if (codec == Scalars.DECIMAL && type == java.math.BigDecimal.class) {
      return "Scalars.writeDecimal(g, " + x + ");";
    }
    if (codec instanceof ObjectCodec<?, ?> object && types.get(object) == type) {
      return camel(object.definition()) + "(g, " + x + ");";
    }
    if (codec instanceof PartyCodec) {
      return "PARTY.write(g, " + x + ");";
    }
    if (codec instanceof Scalars.EnumCodec<?> && type.isEnum()) {
      String c = constant(type.getSimpleName());
      enums.put(c, "  private static final Scalars.EnumCodec<" + type.getSimpleName() + "> " + c
          + " =\n      Scalars.enumeration(" + type.getSimpleName() + ".class);\n");
      return c + ".writeConstant(g, " + x + ");";
    }
    if (codec instanceof Scalars.TextCodec<?> text) {
      switch (text.written()) {
        case ID -> {
          return "g.writeString(" + x + ".value());";
        }
        case COUNTRY -> {
          return "Scalars.writeCountry(g, " + x + ");";
        }
        case DATE -> {
          return "Scalars.writeDate(g, " + x + ");";
        }
        case FORMATTED -> {
          // through the codec's constant, below
        }
      }
    }
    String constant = named.get(codec);
    if (codec instanceof Scalars.TextCodec<?> && constant != null) {
      return "ModelCodecs." + constant + ".write(g, " + x + ");";
    }
    return null;
  }

  /** Returns the registration of generated code on a codec, if its fields are still the same. */
  private static String register(String constant, String call) {
    String line = "      ModelCodecs." + constant + call;
    int cut = line.indexOf(", ");
    if (line.length() > 100 && cut > 0) { // within the line length of the sources
      line = line.substring(0, cut + 1) + "\n          " + line.substring(cut + 2);
    }
    return "    if (" + constant + "_CURRENT) {\n" + line + "\n    }\n";
  }

  /** The model type of each object codec. */
  private static Map<ObjectCodec<?, ?>, Class<?>> objectTypes() {
    Map<ObjectCodec<?, ?>, Class<?>> types = new LinkedHashMap<>();
    // not through forType, which would load the generated code (which may be out of date)
    ModelCodecs.codecsByType().forEach((type, codec) -> types.put(codec, type));
    return types;
  }

  /** The codecs held by constants of {@link ModelCodecs}, by the constants' names. */
  private static Map<Codec<?>, String> namedCodecs() {
    Map<Codec<?>, String> named = new IdentityHashMap<>();
    for (java.lang.reflect.Field f : ModelCodecs.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Codec.class.isAssignableFrom(f.getType())) {
        try {
          f.setAccessible(true);
          named.put((Codec<?>) f.get(null), f.getName());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return named;
  }

  private static Class<?> argument(Type type) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** {@code host_country} to {@code hostCountry}. */
  static String camel(String snake) {
    StringBuilder s = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }

  /** {@code hostCountry} or {@code host_country} to {@code HOST_COUNTRY}. */
  static String constant(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
