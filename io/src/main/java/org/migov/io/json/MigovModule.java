package org.migov.io.json;

import org.migov.io.json.internal.Codec;
import org.migov.io.json.internal.In;
import org.migov.io.json.internal.ModelCodecs;
import org.migov.io.json.internal.ReadFailure;
import org.migov.io.json.internal.ReadOptions;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the migov JSON format: add it to your own {@code JsonMapper} to write
 * and read every model type (and {@link org.migov.model.Dataset}) in the documented format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MigovModule()).build();
 * String json = mapper.writeValueAsString(meeting);
 * Meeting back = mapper.readValue(json, Meeting.class);
 * }</pre>
 *
 * <p>It is also found by {@code findAndAddModules()}, through {@code META-INF/services} on the
 * class path and {@code provides} on the module path. The model's values are written and read
 * by the module's own streaming codecs, not by reflection: the mapper's features (naming
 * strategies, inclusion rules) do not change the format. Reading through this module rejects
 * unknown properties and reports every failure as a {@link MigovJsonException}, which Jackson
 * may wrap when the model object sits inside your own types. A model object written as the root
 * value carries {@code format_version}, and a root value read requires it. For the limits on
 * untrusted input, use the mapper of {@link MigovJson}, which is hardened.
 *
 * @since 0.1.0
 */
public final class MigovModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; reading rejects unknown properties and exponents beyond 100. */
  public MigovModule() {
    this(new ReadOptions(true, MigovJson.DEFAULT_MAX_EXPONENT,
        MigovJson.DEFAULT_MAX_ARRAY_ELEMENTS, MigovJson.DEFAULT_MAX_OBJECT_PROPERTIES));
  }

  MigovModule(ReadOptions options) {
    super("migov", Version.unknownVersion());
    for (Class<?> type : ModelCodecs.types()) {
      register(type, options);
    }
  }

  private <T> void register(Class<T> type, ReadOptions options) {
    Codec<T> codec = ModelCodecs.forType(type).orElseThrow();
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        codec.write(g, value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        try {
          return codec.read(new In(p, options));
        } catch (ReadFailure f) {
          throw MigovJsonException.of(f);
        }
      }
    });
  }
}
