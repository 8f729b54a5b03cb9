package dev.pointsledger.core.finance.xlsx;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.finance.export.Column;
import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.core.finance.export.FinanceText;
import dev.pointsledger.core.finance.export.ReportTables;
import dev.pointsledger.core.finance.export.Table;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a report as an {@code .xlsx} workbook: its {@code about} table and then each table on a
 * sheet of its own, named by the table's translated title, with a bold heading row frozen at the
 * top. Amounts and numbers are numeric cells (amounts formatted {@code #,##0}); an amount beyond
 * 2^53, which a spreadsheet's doubles cannot hold exactly, is written as text so no point is lost.
 * ISO dates are date cells formatted {@code yyyy-mm-dd}; Minguo dates are text ({@code 民國
 * 111-08-31}). Labels and flags are translated. A table longer than a sheet holds (1,048,576 rows)
 * continues on further sheets, "title (2)", "title (3)" and so on.
 *
 * <p>Rows are flushed to the stream as they are written, so a table as long as the journal is never
 * held in memory.
 */
public final class WorkbookExport {
  /** The rows a sheet holds, the heading row included. */
  public static final int MAX_ROWS_PER_SHEET = 1_048_576;

  /** The largest integer a spreadsheet cell's double holds exactly: 2^53. */
  public static final long MAX_EXACT_NUMBER = 1L << 53;

  private static final int FLUSH_EVERY = 1_000;
  private static final int MAX_SHEET_NAME = 31;

  private WorkbookExport() {}

  /**
   * Writes a report's tables to a stream, which is flushed, not closed.
   *
   * @param report the report's tables
   * @param out where to write
   * @param options the language and date style (the byte order mark and formula guard are for CSV
   *     and do not apply: a workbook's text cells are never run as formulas)
   * @throws IOException if writing fails
   */
  public static void write(ReportTables report, OutputStream out, ExportOptions options)
      throws IOException {
    requireNonNull(report, "report");
    write(report.allTables(), out, options);
  }

  /**
   * Writes tables to a stream, one sheet each (or more for a long table); the stream is flushed,
   * not closed.
   *
   * @param tables the tables
   * @param out where to write
   * @param options the language and date style
   * @throws IOException if writing fails
   */
  public static void write(List<Table> tables, OutputStream out, ExportOptions options)
      throws IOException {
    requireNonNull(tables, "tables");
    requireNonNull(out, "out");
    requireNonNull(options, "options");
    FinanceText text = FinanceText.of(options.locale());
    Workbook workbook = new Workbook(new NonClosing(out), "points-ledger", "1.0");
    Set<String> names = new HashSet<>();
    try {
      for (Table t : tables) {
        new SheetWriter(workbook, t, text, options, names).write();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    workbook.finish();
    out.flush();
  }

  /**
   * Writes a report's tables to a file, replacing it.
   *
   * @param report the report's tables
   * @param file the file
   * @param options the language and date style
   * @throws IOException if writing fails
   */
  public static void write(ReportTables report, Path file, ExportOptions options)
      throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out, options);
    }
  }

  /**
   * A name a sheet may have: at most 31 characters, none of {@code [ ] : * ? / \}, unique in the
   * workbook (compared without case, as Excel compares them).
   */
  static String sheetName(String title, int part, Set<String> taken) {
    String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (base.isEmpty()) {
      base = "sheet";
    }
    String suffix = part == 1 ? "" : " (" + part + ")";
    for (int n = 1; ; n++) {
      String extra = n == 1 ? suffix : suffix + " " + n;
      String name =
          base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - extra.length())) + extra;
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
  }

  /** Writes one table, on as many sheets as it needs. */
  private static final class SheetWriter {
    private final Workbook workbook;
    private final Table table;
    private final FinanceText text;
    private final ExportOptions options;
    private final Set<String> names;
    private Worksheet sheet;
    private int part;
    private int row;

    SheetWriter(
        Workbook workbook,
        Table table,
        FinanceText text,
        ExportOptions options,
        Set<String> names) {
      this.workbook = workbook;
      this.table = table;
      this.text = text;
      this.options = options;
      this.names = names;
    }

    void write() throws IOException {
      newSheet();
      table.forEachRow(
          values -> {
            try {
              if (row == MAX_ROWS_PER_SHEET) {
                sheet.finish();
                newSheet();
              }
              cells(values);
              row++;
              if (row % FLUSH_EVERY == 0) {
                sheet.flush();
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      sheet.finish();
    }

    private void newSheet() {
      part++;
      sheet = workbook.newWorksheet(sheetName(text.table(table.name()), part, names));
      List<Column> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, text.column(columns.get(c)));
        sheet.style(0, c).bold().set();
        sheet.width(c, Math.max(10, Math.min(40, text.column(columns.get(c)).length() * 2 + 4)));
      }
      sheet.freezePane(0, 1);
      row = 1;
    }

    private void cells(List<Object> values) {
      List<Column> columns = table.columns();
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        Column.Type type = columns.get(c).type();
        switch (type) {
          case AMOUNT, NUMBER -> {
            long n = (Long) v;
            if (Math.abs(n) > MAX_EXACT_NUMBER || n == Long.MIN_VALUE) {
              sheet.value(row, c, Long.toString(n));
            } else {
              sheet.value(row, c, n);
              if (type == Column.Type.AMOUNT) {
                sheet.style(row, c).format("#,##0").set();
              }
            }
          }
          case DATE -> {
            LocalDate d = (LocalDate) v;
            if (options.dates() == ExportOptions.DateStyle.ISO) {
              sheet.value(row, c, d);
              sheet.style(row, c).format("yyyy-mm-dd").set();
            } else {
              sheet.value(row, c, text.date(d, options.dates()));
            }
          }
          case INSTANT -> sheet.value(row, c, ((Instant) v).toString());
          default -> sheet.value(row, c, text.cell(v, type, options.dates()));
        }
      }
    }
  }

  /** Keeps fastexcel from closing the caller's stream. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
