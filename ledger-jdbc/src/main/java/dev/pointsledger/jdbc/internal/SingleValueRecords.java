package dev.pointsledger.jdbc.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Writes every record with exactly one component, a {@code String} named {@code value} (the
 * core's ids: {@code ProgramId}, {@code ContractId}, ...), as that string, and reads it back
 * through the record's constructor, which validates it. Found by shape, not by name, so ids added
 * to the core later are handled too.
 */
final class SingleValueRecords extends SimpleModule {
  private static final long serialVersionUID = 1L;

  SingleValueRecords() {
    super("points-ledger-single-value-records");
    setSerializers(
        new SimpleSerializers() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonSerializer<?> findSerializer(
              SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Method accessor = accessor(type.getRawClass());
            return accessor == null ? null : new ValueSerializer(accessor);
          }
        });
    setDeserializers(
        new SimpleDeserializers() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> findBeanDeserializer(
              JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (accessor(raw) == null) {
              return null;
            }
            try {
              return new ValueDeserializer(raw.getDeclaredConstructor(String.class));
            } catch (NoSuchMethodException e) {
              return null;
            }
          }
        });
  }

  /** The {@code value()} accessor of a single-string-value record, or null for other types. */
  private static Method accessor(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    if (components.length != 1
        || !components[0].getName().equals("value")
        || components[0].getType() != String.class) {
      return null;
    }
    return components[0].getAccessor();
  }

  private static final class ValueSerializer extends JsonSerializer<Object> {
    private final Method accessor;

    ValueSerializer(Method accessor) {
      this.accessor = accessor;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      try {
        gen.writeString((String) accessor.invoke(value));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IOException("cannot read the value of " + value.getClass(), e);
      }
    }
  }

  private static final class ValueDeserializer extends JsonDeserializer<Object> {
    private final Constructor<?> constructor;

    ValueDeserializer(Constructor<?> constructor) {
      this.constructor = constructor;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(constructor.getDeclaringClass(), p);
      }
      try {
        return constructor.newInstance(p.getText());
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IOException("cannot create " + constructor.getDeclaringClass(), e);
      } catch (InvocationTargetException e) {
        return ctxt.handleInstantiationProblem(
            constructor.getDeclaringClass(), p.getText(), e.getCause());
      }
    }
  }
}
