package dev.pointsledger.jdbc.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JSON forms kept in {@code json} and {@code jsonb} columns: state records (read back as the
 * Java type their {@link RecordKind} names, so a new kind needs no change here), entry references
 * and program policies. Dates are ISO strings, optional values are the value or null, ids are
 * their text ({@link SingleValueRecords}), enums their stored-format tags ({@link TaggedEnums}).
 * Thread-safe.
 */
public final class JsonCodec {
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private final ObjectWriter writer;
  private final Map<RecordKind, ObjectReader> recordReaders = new EnumMap<>(RecordKind.class);
  private final ObjectReader referencesReader;
  private final ObjectReader policyReader;

  /** Creates the codec. */
  public JsonCodec() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new SingleValueRecords())
            .addModule(new TaggedEnums())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    writer = mapper.writer();
    for (RecordKind kind : RecordKind.values()) {
      recordReaders.put(kind, mapper.readerFor(kind.type()));
    }
    referencesReader = mapper.readerFor(STRING_MAP);
    policyReader = mapper.readerFor(ProgramPolicy.class);
  }

  /**
   * A value's JSON text.
   *
   * @param value a state record, a reference map or a policy
   * @return the JSON text
   * @throws IllegalStateException if the value cannot be written as JSON
   */
  public String write(Object value) {
    try {
      return writer.writeValueAsString(requireNonNull(value, "value"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass() + " as JSON", e);
    }
  }

  /**
   * A state record from its JSON text.
   *
   * @param kind the record's kind, which names its Java type
   * @param json the text
   * @return the record
   * @throws IllegalStateException if the text is not a record of that kind
   */
  public LedgerRecord readRecord(RecordKind kind, String json) {
    return read(recordReaders.get(kind), json);
  }

  /**
   * An entry's references from their JSON text.
   *
   * @param json the text
   * @return the references
   * @throws IllegalStateException if the text is not an object of strings
   */
  Map<String, String> readReferences(String json) {
    return read(referencesReader, json);
  }

  /**
   * A program's policy from its JSON text.
   *
   * @param json the text
   * @return the policy
   * @throws IllegalStateException if the text is not a policy
   */
  ProgramPolicy readPolicy(String json) {
    return read(policyReader, json);
  }

  private static <T> T read(ObjectReader reader, String json) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not match its type: " + json, e);
    }
  }
}
