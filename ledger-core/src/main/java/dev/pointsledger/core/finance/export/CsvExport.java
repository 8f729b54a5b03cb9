package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as CSV through Jackson's CSV module: a heading row of translated column titles,
 * then one record per row, RFC 4180 quoting (a field with a comma, a quote or a line break is
 * quoted, quotes doubled), CRLF line ends, UTF-8 with a byte order mark unless the options say
 * otherwise. Amounts are plain digits; dates ISO or Minguo; labels translated.
 */
public final class CsvExport {
  private static final CsvMapper MAPPER = mapper();

  private CsvExport() {}

  /**
   * Writes a table to a stream, which is flushed, not closed.
   *
   * @param table the table
   * @param out where to write
   * @param options the language, date style, byte order mark and formula guard
   * @throws IOException if writing fails
   */
  public static void write(Table table, OutputStream out, ExportOptions options)
      throws IOException {
    requireNonNull(table, "table");
    requireNonNull(out, "out");
    requireNonNull(options, "options");
    if (options.byteOrderMark()) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    FinanceText text = FinanceText.of(options.locale());
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (SequenceWriter rows = MAPPER.writer(schema).writeValues(writer)) {
      List<String> heading = new ArrayList<>(table.columns().size());
      for (Column c : table.columns()) {
        heading.add(text.column(c));
      }
      rows.write(heading);
      table.forEachRow(
          row -> {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
              Column c = table.columns().get(i);
              String cell = text.cell(row.get(i), c.type(), options.dates());
              cells.add(
                  options.guardFormulas() && c.type() == Column.Type.TEXT ? guard(cell) : cell);
            }
            try {
              rows.write(cells);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
  }

  /**
   * Writes a table to a file, replacing it.
   *
   * @param table the table
   * @param file the file
   * @param options the language, date style, byte order mark and formula guard
   * @throws IOException if writing fails
   */
  public static void write(Table table, Path file, ExportOptions options) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(table, out, options);
    }
  }

  /**
   * Writes every table of a report, its {@code about} table first, into a directory: one file per
   * table, named {@code <report>-<table>.csv}.
   *
   * @param report the report's tables
   * @param directory the directory, which must exist
   * @param options the language, date style, byte order mark and formula guard
   * @return the files written, in the tables' order
   * @throws IOException if writing fails
   */
  public static List<Path> writeAll(ReportTables report, Path directory, ExportOptions options)
      throws IOException {
    requireNonNull(report, "report");
    requireNonNull(directory, "directory");
    List<Path> files = new ArrayList<>();
    for (Table t : report.allTables()) {
      Path file = directory.resolve(report.name() + "-" + t.name() + ".csv");
      write(t, file, options);
      files.add(file);
    }
    return files;
  }

  /**
   * A text cell as a spreadsheet will not run it: a leading {@code '} before {@code = + - @}, a tab
   * or a carriage return (OWASP's advice on CSV injection).
   */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static CsvMapper mapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // Quote only what needs it (a separator, a quote, a line break, an outer space), not every
    // value with a character below the comma such as a space: "民國 111-08-31" stays unquoted.
    mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    return mapper;
  }
}
