package dev.pointsledger.jdbc.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * SQL written once with a {@code ${schema}} placeholder and rendered for one ledger's schema.
 * The schema name is a checked identifier ({@link #checkSchema}), so the rendered text needs no
 * quoting.
 */
public final class SchemaSql {
  /** The placeholder the library's SQL and its migrations use for the schema. */
  static final String PLACEHOLDER = "${schema}";

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final String schema;

  /**
   * Renders for a schema.
   *
   * @param schema the schema's name
   * @throws IllegalArgumentException if the name is not a plain lower-case identifier
   */
  public SchemaSql(String schema) {
    this.schema = checkSchema(schema);
  }

  /**
   * The schema's name.
   *
   * @return the name
   */
  String schema() {
    return schema;
  }

  /**
   * Replaces every placeholder with the schema's name.
   *
   * @param template SQL text with {@code ${schema}} placeholders
   * @return the SQL for this schema
   */
  public String render(String template) {
    return template.replace(PLACEHOLDER, schema);
  }

  /**
   * Checks a schema name: a plain lower-case identifier that needs no quoting in SQL.
   *
   * @param schema the name
   * @return the name, unchanged
   * @throws IllegalArgumentException if it is not {@code [a-z_][a-z0-9_]*}, is longer than 63
   *     characters or starts with {@code pg_}
   */
  public static String checkSchema(String schema) {
    requireNonNull(schema, "schema");
    checkArgument(
        IDENTIFIER.matcher(schema).matches(),
        "schema must be a lower-case identifier of at most 63 characters ([a-z_][a-z0-9_]*): %s",
        schema);
    checkArgument(!schema.startsWith("pg_"), "schema names starting with pg_ are reserved");
    return schema;
  }
}
