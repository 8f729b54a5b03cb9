package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.hledger.HledgerExport;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.export.CsvExport;
import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.core.finance.export.JournalExport;
import dev.pointsledger.core.finance.export.Table;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.examples.export.JournalFormat;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The journal in the format the command line was asked for, written by the core's exports and no
 * code of its own: JSON Lines ({@link JournalExport#jsonLines}), CSV ({@link JournalExport#table}
 * through {@link CsvExport}, headings in the reader's language) or hledger's journal format
 * ({@link HledgerExport}). {@code export} and {@code demo} both write through here, so that the
 * files they write are the files finance's API writes.
 */
final class JournalOutput {
  /** The column of a journal table's row that holds the entry's sequence number. */
  private static final int SEQUENCE = 0;

  private JournalOutput() {}

  /**
   * Writes the journal as of the store's head now; {@code out} is flushed, not closed.
   *
   * @param progress told the sequence number of the last entry written, now and then
   * @return how many entries (hledger: transactions) were written
   */
  static long write(
      LedgerStore store,
      JournalFormat format,
      ExportOptions options,
      OutputStream out,
      LongConsumer progress)
      throws IOException {
    JournalSource source = JournalSource.of(store, store.headSequence());
    return switch (format) {
      case JSONL -> {
        LineCounter lines = new LineCounter(out, progress);
        JournalExport.jsonLines(source, Optional.empty(), DateRange.all(), lines);
        yield lines.count;
      }
      case CSV -> {
        EntryCounter entries = new EntryCounter(progress);
        Table journal = JournalExport.table(source, Optional.empty(), DateRange.all());
        CsvExport.write(
            Table.streaming(
                journal.name(),
                journal.columns(),
                action ->
                    journal.forEachRow(
                        row -> {
                          action.accept(row);
                          entries.at((Long) row.get(SEQUENCE));
                        })),
            out,
            options);
        yield entries.count;
      }
      case HLEDGER -> {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long transactions;
        try {
          transactions = HledgerExport.write(store, text);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        text.flush();
        progress.accept(source.sequence());
        yield transactions;
      }
    };
  }

  /**
   * Counts the lines of JSON Lines as they pass: one entry each, and since the export holds every
   * entry from the first, the count is also the last entry's sequence number.
   */
  private static final class LineCounter extends FilterOutputStream {
    private final LongConsumer progress;
    private long count;

    LineCounter(OutputStream out, LongConsumer progress) {
      super(out);
      this.progress = progress;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      if (b == '\n') {
        progress.accept(++count);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          progress.accept(++count);
        }
      }
    }
  }

  /** Counts the entries of the journal's table, whose rows are postings in sequence order. */
  private static final class EntryCounter {
    private final LongConsumer progress;
    private long last;
    private long count;

    EntryCounter(LongConsumer progress) {
      this.progress = progress;
    }

    void at(long sequence) {
      if (sequence != last) {
        last = sequence;
        count++;
        progress.accept(sequence);
      }
    }
  }
}
