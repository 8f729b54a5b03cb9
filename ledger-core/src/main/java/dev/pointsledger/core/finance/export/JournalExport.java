package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journal as JSON Lines (one entry per line, every field an auditor needs to recompute its
 * hash) and as a CSV table (one row per posting, registry entries one row without a posting),
 * streamed a page at a time.
 */
public final class JournalExport {
  /** The columns of the journal's table. */
  static final List<Column> COLUMNS =
      List.of(
          Column.of("sequence", Column.Type.NUMBER),
          Column.of("entry", Column.Type.TEXT),
          Column.of("entry_type", Column.Type.TEXT),
          Column.of("program", Column.Type.TEXT),
          Column.of("business_date", Column.Type.DATE),
          Column.of("recorded_at", Column.Type.INSTANT),
          Column.of("account_type", Column.Type.TEXT),
          Column.of("holder", Column.Type.TEXT),
          Column.of("contract", Column.Type.TEXT),
          Column.of("amount", Column.Type.AMOUNT),
          Column.of("references", Column.Type.TEXT),
          Column.of("hash", Column.Type.TEXT));

  private JournalExport() {}

  /**
   * The journal as a table: one row per posting.
   *
   * @param source the journal as of one entry
   * @param program only this program's entries, or every entry
   * @param range only entries whose business date is in it
   * @return the table, read from the store each time it is written
   */
  public static Table table(JournalSource source, Optional<ProgramId> program, DateRange range) {
    requireNonNull(source, "source");
    requireNonNull(program, "program");
    requireNonNull(range, "range");
    program.ifPresent(source::program);
    return Table.streaming(
        "journal",
        COLUMNS,
        action ->
            source.forEachEntry(
                program,
                e -> {
                  if (range.contains(e.businessDate())) {
                    rows(e, action);
                  }
                }));
  }

  private static void rows(JournalEntry e, Consumer<List<Object>> action) {
    String refs = references(e.references());
    if (e.postings().isEmpty()) {
      action.accept(row(e, null, refs));
      return;
    }
    for (Posting p : e.postings()) {
      action.accept(row(e, p, refs));
    }
  }

  private static List<Object> row(JournalEntry e, Posting p, String refs) {
    return Arrays.asList(
        e.sequence(),
        e.id().value(),
        e.type().tag(),
        e.program().value(),
        e.businessDate(),
        e.recordedAt(),
        p == null ? null : p.account().type().tag(),
        p == null ? null : p.account().holder(),
        p == null || p.account().contract().isEmpty() ? null : p.account().contract(),
        p == null ? null : p.amount(),
        refs,
        e.hash().hex());
  }

  private static String references(Map<String, String> refs) {
    List<String> parts = new ArrayList<>(refs.size());
    for (Map.Entry<String, String> r : refs.entrySet()) {
      parts.add(r.getKey() + "=" + r.getValue());
    }
    return String.join("; ", parts);
  }

  /**
   * Writes the journal as JSON Lines: one UTF-8 JSON object per entry, each on its own line ending
   * in {@code \n}, with its sequence number, id, type, program, business date, recorded instant,
   * postings, references, record digests, command fingerprint, previous hash and hash. The stream
   * is flushed, not closed.
   *
   * @param source the journal as of one entry
   * @param program only this program's entries, or every entry
   * @param range only entries whose business date is in it
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void jsonLines(
      JournalSource source, Optional<ProgramId> program, DateRange range, OutputStream out)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(program, "program");
    requireNonNull(range, "range");
    requireNonNull(out, "out");
    program.ifPresent(source::program);
    try (JsonGenerator g = JsonExport.JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      source.forEachEntry(
          program,
          e -> {
            if (range.contains(e.businessDate())) {
              try {
                entry(g, e);
                g.writeRaw('\n');
              } catch (IOException x) {
                throw new UncheckedIOException(x);
              }
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private static void entry(JsonGenerator g, JournalEntry e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("sequence", e.sequence());
    g.writeStringField("id", e.id().value());
    g.writeStringField("type", e.type().tag());
    g.writeStringField("program", e.program().value());
    g.writeStringField("businessDate", e.businessDate().toString());
    g.writeStringField("recordedAt", e.recordedAt().toString());
    g.writeArrayFieldStart("postings");
    for (Posting p : e.postings()) {
      g.writeStartObject();
      g.writeStringField("accountType", p.account().type().tag());
      g.writeStringField("holder", p.account().holder());
      g.writeStringField("contract", p.account().contract());
      g.writeNumberField("amount", p.amount());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("references");
    for (Map.Entry<String, String> r : e.references().entrySet()) {
      g.writeStringField(r.getKey(), r.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("records");
    for (RecordDigest r : e.records()) {
      g.writeStartObject();
      g.writeStringField("kind", r.kind());
      g.writeStringField("program", r.program().value());
      g.writeStringField("id", r.id());
      g.writeStringField("digest", r.digest().hex());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("commandFingerprint", e.commandFingerprint().hex());
    g.writeStringField("previousHash", e.previousHash().hex());
    g.writeStringField("hash", e.hash().hex());
    g.writeEndObject();
  }
}
