package dev.pointsledger.jdbc.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.pointsledger.core.id.StableTag;
import java.io.IOException;

/**
 * Writes every enum of the core that has a stored-format tag ({@link StableTag}: statuses,
 * categories, record kinds, ...) as its tag, and reads it back by its tag, so that record bodies
 * in {@code record_versions} survive a renamed constant exactly as hashes do.
 */
final class TaggedEnums extends SimpleModule {
  private static final long serialVersionUID = 1L;

  TaggedEnums() {
    super("points-ledger-tagged-enums");
    setSerializers(
        new SimpleSerializers() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonSerializer<?> findSerializer(
              SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return tagged(type.getRawClass()) ? TagSerializer.INSTANCE : null;
          }
        });
    setDeserializers(
        new SimpleDeserializers() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> findEnumDeserializer(
              Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
            return tagged(type) ? new TagDeserializer(type) : null;
          }
        });
  }

  private static boolean tagged(Class<?> type) {
    return type.isEnum() && StableTag.class.isAssignableFrom(type);
  }

  private static final class TagSerializer extends JsonSerializer<Object> {
    static final TagSerializer INSTANCE = new TagSerializer();

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(((StableTag) value).tag());
    }
  }

  private static final class TagDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;

    TagDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String tag = p.getValueAsString();
      for (Object constant : type.getEnumConstants()) {
        if (((StableTag) constant).tag().equals(tag)) {
          return constant;
        }
      }
      return ctxt.handleWeirdStringValue(type, tag, "no constant of %s has this tag", type);
    }
  }
}
