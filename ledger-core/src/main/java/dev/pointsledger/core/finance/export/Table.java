package dev.pointsledger.core.finance.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A report's table, as every format writes it: a name (its bundle key is {@code table.<name>}),
 * columns, and rows handed out one at a time, so that a table as long as the journal is never held
 * in memory. Each row has one value per column: a {@code String}, {@code Long}, {@code LocalDate},
 * {@code Instant}, {@code Enum} or {@code Boolean} as its column's type says, or {@code null} when
 * empty.
 */
public interface Table {
  /**
   * The table's name, lower case with underscores, such as {@code vendors}.
   *
   * @return the name
   */
  String name();

  /**
   * The columns, in order.
   *
   * @return the columns
   */
  List<Column> columns();

  /**
   * Hands every row to an action, in order. A table may be read more than once.
   *
   * @param action what to do with each row
   */
  void forEachRow(Consumer<List<Object>> action);

  /**
   * A table of rows held in memory.
   *
   * @param name its name
   * @param columns its columns
   * @param rows its rows, each with one value per column
   * @return the table
   * @throws IllegalArgumentException if a row has another number of values than there are columns
   */
  static Table of(String name, List<Column> columns, List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      checkArgument(
          row.size() == columns.size(),
          "table %s has %s columns, a row has %s values",
          name,
          columns.size(),
          row.size());
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    return new StreamingTable(name, columns, action -> copy.forEach(action));
  }

  /**
   * A table whose rows are produced each time it is read.
   *
   * @param name its name
   * @param columns its columns
   * @param rows writes every row to the action it is given
   * @return the table
   */
  static Table streaming(String name, List<Column> columns, Consumer<Consumer<List<Object>>> rows) {
    return new StreamingTable(name, columns, rows);
  }
}
