package dev.pointsledger.jdbc.internal;

import dev.pointsledger.jdbc.PostgresStoreOptions;

/**
 * SQL written once with a {@code ${schema}} placeholder and rendered for one ledger's schema.
 * The schema name is a checked identifier ({@link PostgresStoreOptions#checkSchema}), so the
 * rendered text needs no quoting.
 */
public final class SchemaSql {
  /** The placeholder the library's SQL and its migrations use for the schema. */
  public static final String PLACEHOLDER = "${schema}";

  private final String schema;

  /**
   * Renders for a schema.
   *
   * @param schema the schema's name
   * @throws IllegalArgumentException if the name is not a plain lower-case identifier
   */
  public SchemaSql(String schema) {
    this.schema = PostgresStoreOptions.checkSchema(schema);
  }

  /**
   * The schema's name.
   *
   * @return the name
   */
  public String schema() {
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
}
