package dev.pointsledger.core.finance.export;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table whose rows are produced each time it is read (the journal's), or replayed from a copy.
 */
final class StreamingTable implements Table {
  private final String name;
  private final List<Column> columns;
  private final Consumer<Consumer<List<Object>>> rows;

  StreamingTable(String name, List<Column> columns, Consumer<Consumer<List<Object>>> rows) {
    this.name = requireNonNull(name, "name");
    this.columns = ImmutableList.copyOf(columns);
    this.rows = requireNonNull(rows, "rows");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Column> columns() {
    return columns;
  }

  @Override
  public void forEachRow(Consumer<List<Object>> action) {
    rows.accept(
        row -> {
          checkArgument(
              row.size() == columns.size(),
              "table %s has %s columns, a row has %s values",
              name,
              columns.size(),
              row.size());
          action.accept(row);
        });
  }
}
