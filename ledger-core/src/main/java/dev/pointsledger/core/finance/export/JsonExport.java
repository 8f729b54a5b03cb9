package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.pointsledger.core.text.Displayable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report's tables as one JSON document, UTF-8, for programs rather than people:
 *
 * <pre>{@code
 * {"report":"reconciliation","about":{"program":"...","as_of":123,...},
 *  "tables":{"vendors":[{"vendor":"V1","reserved":60000,...},...],...}}
 * }</pre>
 *
 * Keys are the columns' stable keys, amounts are JSON integers (exact: a {@code long}), dates ISO
 * strings, labels the enum constant's name, explanations in English; nothing is translated. Rows
 * are streamed: a table as long as the journal is never held.
 */
public final class JsonExport {
  static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonExport() {}

  /**
   * Writes a report to a stream, which is flushed, not closed.
   *
   * @param report the report's tables
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(ReportTables report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("report", report.name());
      g.writeObjectFieldStart("about");
      for (Map.Entry<AboutField, Object> e : report.about().entrySet()) {
        g.writeFieldName(e.getKey().key());
        scalar(g, e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("tables");
      for (Table t : report.tables()) {
        g.writeArrayFieldStart(t.name());
        try {
          t.forEachRow(row -> object(g, t.columns(), row));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.flush();
  }

  /**
   * Writes a report to a file, replacing it.
   *
   * @param report the report's tables
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void write(ReportTables report, Path file) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    }
  }

  /** One row as an object keyed by the columns' keys. */
  static void object(JsonGenerator g, List<Column> columns, List<Object> row) {
    try {
      g.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        g.writeFieldName(columns.get(i).key());
        scalar(g, row.get(i));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value as JSON: numbers exact, dates and instants ISO, enums by name. */
  static void scalar(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (value instanceof Displayable d) {
      g.writeString(d.displayName(Locale.ROOT));
    } else if (value instanceof LocalDate d) {
      g.writeString(d.toString());
    } else {
      g.writeString(value.toString());
    }
  }
}
