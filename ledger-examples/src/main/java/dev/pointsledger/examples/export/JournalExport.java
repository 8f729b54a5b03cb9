package dev.pointsledger.examples.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.audit.hledger.HledgerExport;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.store.LedgerStore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Writes a store's journal, from the first entry to the head, a page of entries at a time (so that
 * a journal of millions of entries needs no more memory than one page).
 */
public final class JournalExport {
  /** The CSV header. */
  public static final List<String> CSV_HEADER =
      List.of(
          "sequence",
          "entry_id",
          "type",
          "program",
          "business_date",
          "recorded_at",
          "account",
          "amount",
          "references",
          "previous_hash",
          "hash");

  private static final int PAGE = 1_000;
  private static final JsonFactory JSON = new ObjectMapper().getFactory();

  private JournalExport() {}

  /**
   * Writes the journal.
   *
   * @param store the store
   * @param format the format
   * @param out where to write; not closed
   * @param progress told the sequence of every page's last entry
   * @return how many entries were written
   * @throws IOException if writing fails
   */
  public static long write(
      LedgerStore store, JournalFormat format, Writer out, LongConsumer progress)
      throws IOException {
    long head = store.headSequence();
    if (format == JournalFormat.HLEDGER) {
      long transactions;
      try {
        transactions = HledgerExport.write(store, out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
      progress.accept(head);
      return transactions;
    }
    if (format == JournalFormat.CSV) {
      Csv.row(out, CSV_HEADER);
    }
    long written = 0;
    for (long from = 1; from <= head; ) {
      List<JournalEntry> page = store.entries(from, (int) Math.min(PAGE, head - from + 1));
      if (page.isEmpty()) {
        break;
      }
      for (JournalEntry e : page) {
        if (format == JournalFormat.CSV) {
          csv(e, out);
        } else {
          out.write(json(e));
          out.write('\n');
        }
        written++;
      }
      from = page.get(page.size() - 1).sequence() + 1;
      progress.accept(from - 1);
    }
    out.flush();
    return written;
  }

  /**
   * One entry as a JSON object on one line: every component of the entry.
   *
   * @param e the entry
   * @return the JSON text
   */
  public static String json(JournalEntry e) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("sequence", e.sequence());
      g.writeStringField("id", e.id().value());
      g.writeStringField("type", e.type().name());
      g.writeStringField("program", e.program().value());
      g.writeStringField("businessDate", e.businessDate().toString());
      g.writeStringField("recordedAt", e.recordedAt().toString());
      g.writeArrayFieldStart("postings");
      for (Posting p : e.postings()) {
        g.writeStartObject();
        g.writeStringField("account", p.account().toString());
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
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to a string failed", impossible);
    }
    return text.toString();
  }

  private static void csv(JournalEntry e, Writer out) throws IOException {
    String references = references(e.references());
    List<Posting> postings = e.postings();
    if (postings.isEmpty()) {
      Csv.row(out, row(e, "", "", references));
    }
    for (Posting p : postings) {
      Csv.row(out, row(e, p.account().toString(), p.amount(), references));
    }
  }

  private static List<Object> row(JournalEntry e, String account, Object amount, String refs) {
    List<Object> cells = new ArrayList<>(CSV_HEADER.size());
    cells.add(e.sequence());
    cells.add(e.id().value());
    cells.add(e.type().name());
    cells.add(e.program().value());
    cells.add(e.businessDate().toString());
    cells.add(e.recordedAt().toString());
    cells.add(account);
    cells.add(amount);
    cells.add(refs);
    cells.add(e.previousHash().hex());
    cells.add(e.hash().hex());
    return cells;
  }

  private static String references(Map<String, String> references) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      for (Map.Entry<String, String> r : references.entrySet()) {
        g.writeStringField(r.getKey(), r.getValue());
      }
      g.writeEndObject();
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to a string failed", impossible);
    }
    return text.toString();
  }
}
