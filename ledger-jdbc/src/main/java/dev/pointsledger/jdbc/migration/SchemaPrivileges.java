package dev.pointsledger.jdbc.migration;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.LedgerStoreException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * Who owns the ledger's objects and who may change them, checked against what the migrations
 * leave: every table and function the scripts create is owned by the schema's owner (the role that
 * migrates, docs/jdbc.md); no other role, {@code PUBLIC} included, holds {@code INSERT}, {@code
 * UPDATE}, {@code DELETE}, {@code TRUNCATE} or {@code TRIGGER} on a table or {@code INSERT} or
 * {@code UPDATE} on one of its columns; and {@code PUBLIC} holds no {@code EXECUTE} on a function
 * the scripts revoke it from. Grants of {@code SELECT} and of {@code EXECUTE} to a named role (the
 * application's) are what the least-privilege role is made of, and are not findings. No role is a
 * member of the owner's role, directly or through another ({@code pg_auth_members}, followed
 * recursively): a member may {@code SET ROLE} to the owner, or inherits its privileges, and so acts
 * as the owner (drops a trigger, replaces a function); docs/jdbc.md's least-privilege role expects
 * none.
 *
 * <p>The objects are read from the scripts, as {@link SchemaObjects} reads them, so a later
 * migration's tables and functions are covered as it creates them.
 */
final class SchemaPrivileges {
  private static final Pattern TABLE =
      Pattern.compile("(CREATE|DROP) TABLE (?:IF (?:NOT )?EXISTS )?(\\w+)\\.(\\w+)");
  private static final Pattern EXECUTE =
      Pattern.compile(
          "(REVOKE|GRANT) EXECUTE ON FUNCTION (\\w+)\\.(\\w+)\\([^;]*?(FROM|TO) PUBLIC\\s*;",
          Pattern.DOTALL);

  /** The privileges on a table that let a role other than the owner change what it holds. */
  private static final String TABLE_WRITES = "'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER'";

  /** The table the library's own migrator records the scripts in, when it was used. */
  private static final String HISTORY = "ledger_schema_history";

  /** The tables owned by another role than the schema. */
  private static final String TABLE_OWNERS =
      "SELECT 'table ' || c.relname || ' is owned by ' || c.relowner::regrole::text"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = :schema AND c.relname::text = ANY(:names)"
          + " AND c.relkind IN ('r', 'p') AND c.relowner <> n.nspowner ORDER BY c.relname";

  /** The functions owned by another role than the schema. */
  private static final String FUNCTION_OWNERS =
      "SELECT 'function ' || p.proname || ' is owned by ' || p.proowner::regrole::text"
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " WHERE n.nspname = :schema AND p.proname::text = ANY(:names)"
          + " AND p.proowner <> n.nspowner ORDER BY p.proname";

  /** The grants on a table that let another role than its owner change it. */
  private static final String TABLE_GRANTS =
      "SELECT 'table ' || c.relname || ' grants ' || a.privilege_type || ' to ' || "
          + grantee("a.grantee")
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,"
          + " aclexplode(c.relacl) a WHERE n.nspname = :schema AND c.relname::text = ANY(:names)"
          + " AND a.grantee <> c.relowner AND a.privilege_type IN (" + TABLE_WRITES + ")"
          + " ORDER BY 1";

  /** The grants on a column that let another role than its owner write it. */
  private static final String COLUMN_GRANTS =
      "SELECT 'column ' || c.relname || '.' || t.attname || ' grants ' || a.privilege_type"
          + " || ' to ' || " + grantee("a.grantee")
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_attribute t ON t.attrelid = c.oid, aclexplode(t.attacl) a"
          + " WHERE n.nspname = :schema AND c.relname::text = ANY(:names)"
          + " AND a.grantee <> c.relowner AND a.privilege_type IN ('INSERT', 'UPDATE')"
          + " ORDER BY 1";

  /**
   * The functions PUBLIC may execute; no ACL at all is the default, under which it may execute
   * every function.
   */
  private static final String PUBLIC_EXECUTE =
      "SELECT DISTINCT 'function ' || p.proname || ' grants EXECUTE to PUBLIC'"
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,"
          + " aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) a"
          + " WHERE n.nspname = :schema AND p.proname::text = ANY(:names)"
          + " AND a.grantee = 0 AND a.privilege_type = 'EXECUTE' ORDER BY 1";

  /**
   * Every role that is a member of the schema owner's role, directly or through other roles, once,
   * with the role it is a direct member of when that is not the owner (the shortest way).
   */
  private static final String OWNER_MEMBERS =
      "WITH RECURSIVE owner AS (SELECT nspowner AS id FROM pg_namespace WHERE nspname = :schema),"
          + " m(member, via, depth) AS ("
          + " SELECT a.member, a.roleid, 1 FROM pg_auth_members a JOIN owner o ON a.roleid = o.id"
          + " UNION SELECT a.member, a.roleid, m.depth + 1 FROM pg_auth_members a"
          + " JOIN m ON a.roleid = m.member WHERE m.depth < 64)"
          + " SELECT finding FROM (SELECT DISTINCT ON (m.member::regrole::text)"
          + " m.member::regrole::text AS name, 'role ' || m.member::regrole::text"
          + " || ' is a member of ' || o.id::regrole::text"
          + " || CASE WHEN m.depth = 1 THEN '' ELSE ' through ' || m.via::regrole::text END"
          + " AS finding FROM m, owner o"
          + " ORDER BY m.member::regrole::text, m.depth, m.via::regrole::text) f ORDER BY name";

  private final String schema;
  private final List<String> tables;
  private final List<String> functions;
  private final List<String> revokedFromPublic;

  SchemaPrivileges(String schema, List<Migration> migrations) {
    this.schema = schema;
    Set<String> madeTables = new LinkedHashSet<>();
    Set<String> revoked = new LinkedHashSet<>();
    for (Migration m : migrations) {
      String sql = m.sqlFor(schema);
      Matcher t = TABLE.matcher(sql);
      while (t.find()) {
        if (t.group(1).equals("CREATE")) {
          madeTables.add(t.group(3));
        } else {
          madeTables.remove(t.group(3));
        }
      }
      Matcher x = EXECUTE.matcher(sql);
      while (x.find()) {
        if (x.group(1).equals("REVOKE")) {
          revoked.add(x.group(3));
        } else {
          revoked.remove(x.group(3));
        }
      }
    }
    madeTables.add(HISTORY);
    this.tables = ImmutableList.copyOf(madeTables);
    this.functions = new SchemaObjects(schema, migrations).functionNames();
    this.revokedFromPublic = ImmutableList.copyOf(revoked);
  }

  /** The tables checked, the migrator's history table last (checked only where it exists). */
  List<String> tableNames() {
    return tables;
  }

  /** The functions whose {@code EXECUTE} the scripts revoke from {@code PUBLIC}. */
  List<String> revokedFromPublic() {
    return revokedFromPublic;
  }

  /**
   * Checks owners and grants in the catalog.
   *
   * @throws LedgerStoreException naming every object owned by another role than the schema's,
   *     every grant that lets a role other than the owner write, or {@code PUBLIC} call a function
   *     the scripts keep from it, and every role that is a member of the owner's
   */
  void verify(Handle h) {
    List<String> findings = new ArrayList<>();
    String owner =
        h.createQuery("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = :schema")
            .bind("schema", schema)
            .mapTo(String.class)
            .one();
    findings.addAll(CatalogFindings.of(h, TABLE_OWNERS, schema, tables));
    findings.addAll(CatalogFindings.of(h, FUNCTION_OWNERS, schema, functions));
    findings.addAll(CatalogFindings.of(h, TABLE_GRANTS, schema, tables));
    findings.addAll(CatalogFindings.of(h, COLUMN_GRANTS, schema, tables));
    findings.addAll(CatalogFindings.of(h, PUBLIC_EXECUTE, schema, revokedFromPublic));
    findings.addAll(CatalogFindings.of(h, OWNER_MEMBERS, schema));
    if (!findings.isEmpty()) {
      throw new LedgerStoreException(
          "schema " + schema + ": " + String.join("; ", findings) + ". The schema's owner is "
              + owner + "; no other role may own the ledger's objects, write to its tables or"
              + " be a member of " + owner + " (a member acts as the owner), and PUBLIC may not"
              + " call what the migrations revoke from it (the journal's guarantees rest on it):"
              + " give the objects back to " + owner + " and revoke the grants and memberships",
          null);
    }
  }

  /** A grantee's role name, or {@code PUBLIC} for the pseudo-role 0. */
  private static String grantee(String column) {
    return "CASE WHEN " + column + " = 0 THEN 'PUBLIC' ELSE " + column + "::regrole::text END";
  }
}
