package dev.pointsledger.core.finance.export;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A column of a table: a stable key (the JSON field name, and the bundle key of its title, {@code
 * column.<key>}) and the type of its values.
 *
 * @param key the column's key, lower case with underscores
 * @param type the type of its values
 */
public record Column(String key, Type type) {
  /** What a column holds, which says how each format writes it. */
  public enum Type {
    /** Free text or an id: a string. */
    TEXT,
    /** Points or NTD: a {@code Long}, written as a number. */
    AMOUNT,
    /** A count or a sequence number: a {@code Long}, written as a number. */
    NUMBER,
    /** A business date: a {@code LocalDate}, ISO or Minguo as the options say. */
    DATE,
    /** An instant: an {@code Instant}, ISO-8601 in UTC. */
    INSTANT,
    /** A constant of an enum: its name in JSON, its translated label in CSV and workbooks. */
    LABEL,
    /** A flag: a {@code Boolean}. */
    FLAG
  }

  /**
   * Checks the key.
   *
   * @param key the column's key, lower case with underscores
   * @param type the type of its values
   * @throws IllegalArgumentException if the key is not lower case letters, digits and underscores
   */
  public Column {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    checkArgument(key.matches("[a-z][a-z0-9_]*"), "a column key is snake case: %s", key);
  }

  /**
   * A column.
   *
   * @param key its key
   * @param type its type
   * @return the column
   */
  public static Column of(String key, Type type) {
    return new Column(key, type);
  }
}
