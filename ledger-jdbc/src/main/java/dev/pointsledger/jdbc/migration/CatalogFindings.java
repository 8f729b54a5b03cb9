package dev.pointsledger.jdbc.migration;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * A query of the catalog whose rows are findings, one text each, about one schema ({@code
 * :schema}) and, where it names them, some of its objects ({@code :names}): what {@link
 * SchemaAdditions} and {@link SchemaPrivileges} gather into one refusal.
 */
final class CatalogFindings {
  private CatalogFindings() {}

  /** The findings of a query that binds the schema only. */
  static List<String> of(Handle h, String query, String schema) {
    return texts(h.createQuery(query).bind("schema", schema));
  }

  /** The findings of a query that binds the schema and some of its objects' names. */
  static List<String> of(Handle h, String query, String schema, List<String> names) {
    return texts(
        h.createQuery(query).bind("schema", schema).bind("names", names.toArray(String[]::new)));
  }

  private static List<String> texts(Query query) {
    return query.mapTo(String.class).list();
  }
}
