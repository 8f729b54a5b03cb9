package dev.pointsledger.jdbc.migration;

import dev.pointsledger.core.error.LedgerStoreException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What an administrator added to the ledger's schema that the migrations do not create: a trigger
 * on one of its tables (one that rewrites a row before it is inserted, or has side effects after),
 * a function in it, a rule on one of its tables, row-level security enabled or forced on one, or a
 * policy on one. Each can change what the journal holds or who sees it while every object the
 * scripts create is still as they define it ({@link SchemaObjects}).
 *
 * <p>The expected triggers and functions are read from the scripts by {@link SchemaObjects}, so a
 * later migration's are expected as it creates them; the scripts create no rule and no policy and
 * enable no row-level security, so any is a finding.
 */
final class SchemaAdditions {
  /** Every trigger on a table of the schema that is not one of the expected. */
  private static final String TRIGGERS =
      "SELECT 'trigger ' || t.tgname || ' on ' || c.relname || ' (executing '"
          + " || CASE WHEN pn.nspname = :schema THEN p.proname::text"
          + " ELSE pn.nspname || '.' || p.proname END || ')'"
          + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace"
          + " WHERE n.nspname = :schema AND NOT t.tgisinternal"
          + " AND NOT (c.relname || '.' || t.tgname) = ANY(:names) ORDER BY 1";

  /** Every function (or procedure, or aggregate) in the schema that is not one of the expected. */
  private static final String FUNCTIONS =
      "SELECT DISTINCT 'function ' || p.proname"
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " WHERE n.nspname = :schema AND NOT p.proname::text = ANY(:names) ORDER BY 1";

  /** Every rule on a relation of the schema (a view's own {@code _RETURN} rule aside). */
  private static final String RULES =
      "SELECT 'rule ' || r.rulename || ' on ' || c.relname"
          + " FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = :schema AND r.rulename <> '_RETURN' ORDER BY 1";

  /** Every table of the schema with row-level security enabled or forced. */
  private static final String ROW_SECURITY =
      "SELECT 'table ' || c.relname || ' has row-level security '"
          + " || CASE WHEN c.relrowsecurity THEN 'enabled' ELSE 'forced' END"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = :schema AND (c.relrowsecurity OR c.relforcerowsecurity)"
          + " ORDER BY 1";

  /** Every policy on a table of the schema. */
  private static final String POLICIES =
      "SELECT 'policy ' || p.polname || ' on ' || c.relname"
          + " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = :schema ORDER BY 1";

  private final String schema;
  private final List<String> triggers;
  private final List<String> functions;

  SchemaAdditions(String schema, SchemaObjects expected) {
    this.schema = schema;
    this.triggers = expected.triggersOnTables();
    this.functions = expected.functionNames();
  }

  /**
   * Checks the catalog for objects the migrations do not create.
   *
   * @throws LedgerStoreException naming every trigger, function, rule, row-level security and
   *     policy in the schema that the migrations do not create
   */
  void verify(Handle h) {
    List<String> findings = new ArrayList<>();
    findings.addAll(CatalogFindings.of(h, TRIGGERS, schema, triggers));
    findings.addAll(CatalogFindings.of(h, FUNCTIONS, schema, functions));
    for (String query : List.of(RULES, ROW_SECURITY, POLICIES)) {
      findings.addAll(CatalogFindings.of(h, query, schema));
    }
    if (!findings.isEmpty()) {
      throw new LedgerStoreException(
          "schema " + schema + ": " + String.join("; ", findings) + ". The migrations create"
              + " none of these, and each can change what the journal holds or who reads it (the"
              + " journal's guarantees rest on the migrations' objects alone): drop them",
          null);
    }
  }
}
