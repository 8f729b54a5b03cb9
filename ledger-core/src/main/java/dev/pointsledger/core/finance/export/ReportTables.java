package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report ready to be written in any format: its name, what it is about and its tables. {@link
 * #allTables()} puts the {@code about} table first.
 *
 * @param name the report's name, such as {@code reconciliation}
 * @param about what it is about, in order
 * @param tables its tables
 */
public record ReportTables(String name, Map<AboutField, Object> about, List<Table> tables) {
  private static final List<Column> ABOUT_COLUMNS =
      List.of(Column.of("field", Column.Type.LABEL), Column.of("value", Column.Type.TEXT));

  /**
   * Copies the parts.
   *
   * @param name the report's name
   * @param about what it is about, in order
   * @param tables its tables
   */
  public ReportTables {
    requireNonNull(name, "name");
    about = Collections.unmodifiableMap(new LinkedHashMap<>(about));
    tables = ImmutableList.copyOf(tables);
  }

  /**
   * The {@code about} table: one row per field, the value as text.
   *
   * @return the table
   */
  public Table aboutTable() {
    List<List<Object>> rows = new ArrayList<>(about.size());
    for (Map.Entry<AboutField, Object> e : about.entrySet()) {
      rows.add(Arrays.asList(e.getKey(), e.getValue() == null ? null : e.getValue().toString()));
    }
    return Table.of("about", ABOUT_COLUMNS, rows);
  }

  /**
   * The {@code about} table, then the report's tables.
   *
   * @return every table
   */
  public List<Table> allTables() {
    List<Table> all = new ArrayList<>(tables.size() + 1);
    all.add(aboutTable());
    all.addAll(tables);
    return all;
  }

  /**
   * A table by name.
   *
   * @param table the name
   * @return the table
   * @throws IllegalArgumentException if the report has no such table
   */
  public Table table(String table) {
    for (Table t : allTables()) {
      if (t.name().equals(table)) {
        return t;
      }
    }
    throw new IllegalArgumentException("report " + name + " has no table " + table);
  }
}
