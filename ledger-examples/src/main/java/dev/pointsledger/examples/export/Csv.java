package dev.pointsledger.examples.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV cells as RFC 4180 writes them (a cell with a comma, a quote or a line break in quotes, its
 * quotes doubled; lines end with CRLF), and text cells that a spreadsheet would take for a formula
 * ({@code = + - @}, a tab or a carriage return first) prefixed with an apostrophe, so that a
 * vendor's name cannot run as a formula on finance's machine.
 */
public final class Csv {
  private Csv() {}

  /**
   * Writes one row.
   *
   * @param out the writer
   * @param cells the cells: a {@link Number} as it is, anything else as text
   * @throws IOException if writing fails
   */
  public static void row(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object cell = cells.get(i);
      out.write(
          cell instanceof Number n ? n.toString() : text(cell == null ? "" : cell.toString()));
    }
    out.write("\r\n");
  }

  /**
   * A text cell, neutralised and quoted as needed.
   *
   * @param value the text
   * @return the cell
   */
  public static String text(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
