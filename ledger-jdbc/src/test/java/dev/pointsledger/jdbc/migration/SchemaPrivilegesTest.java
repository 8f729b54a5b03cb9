package dev.pointsledger.jdbc.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code LedgerMigrator.verify} names every owner and grant a hostile administrator (a superuser)
 * changed on a migrated schema, and accepts the grants of docs/jdbc.md's least-privilege role.
 */
class SchemaPrivilegesTest {
  private static final String APPEND_ENTRIES =
      "${s}.append_entries(bigint, bytea, text[], text[], text[], date[], bigint[], integer[],"
          + " text[], text[], text[], text[], integer[], integer[], text[], text[], text[],"
          + " text[], bigint[], integer[], text[], text[], text[], text[])";

  @Test
  void theObjectsItChecks_areEveryTableTheScriptsCreate_andEveryFunctionTheyKeepFromPublic() {
    List<Migration> migrations = LedgerMigrator.forSchema("ledger").migrations();
    SchemaPrivileges privileges = new SchemaPrivileges("ledger", migrations);
    assertEquals(
        List.of("entries", "postings", "record_versions", "ledger_schema_history"),
        privileges.tableNames());
    assertEquals(List.of("lock_footprint", "append_entries"), privileges.revokedFromPublic());
    String scripts =
        migrations.stream().map(m -> m.sqlFor("ledger")).reduce("", String::concat);
    assertEquals(
        privileges.tableNames().size() - 1,
        Pattern.compile("CREATE TABLE").matcher(scripts).results().count(),
        "a table a later migration creates is checked too");
    assertEquals(
        privileges.revokedFromPublic().size(),
        Pattern.compile("REVOKE EXECUTE").matcher(scripts).results().count(),
        "a function a later migration keeps from PUBLIC is checked too");
  }

  /**
   * A tampering (${s} the schema, ${owner} its owner, ${app} and ${other} two roles) and what
   * verify must name.
   */
  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of(
            "append_entries granted to PUBLIC",
            "GRANT EXECUTE ON FUNCTION " + APPEND_ENTRIES + " TO PUBLIC",
            List.of("function append_entries grants EXECUTE to PUBLIC")),
        Arguments.of(
            "lock_footprint granted to PUBLIC",
            "GRANT EXECUTE ON FUNCTION ${s}.lock_footprint(boolean, bigint[], bigint[]) TO PUBLIC",
            List.of("function lock_footprint grants EXECUTE to PUBLIC")),
        Arguments.of(
            "append_entries given to another role",
            "ALTER FUNCTION " + APPEND_ENTRIES + " OWNER TO ${other}",
            List.of("function append_entries is owned by ${other}")),
        Arguments.of(
            "a trigger function given to another role",
            "ALTER FUNCTION ${s}.refuse_change() OWNER TO ${other}",
            List.of("function refuse_change is owned by ${other}")),
        Arguments.of(
            "a table given to another role",
            "ALTER TABLE ${s}.postings OWNER TO ${other}",
            List.of("table postings is owned by ${other}")),
        Arguments.of(
            "writes on a table granted to PUBLIC",
            "GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ${s}.entries TO PUBLIC",
            List.of(
                "table entries grants DELETE to PUBLIC",
                "table entries grants INSERT to PUBLIC",
                "table entries grants TRUNCATE to PUBLIC",
                "table entries grants UPDATE to PUBLIC")),
        Arguments.of(
            "writes on every table granted to the application's role",
            "GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA ${s} TO ${app}",
            List.of(
                "table entries grants INSERT to ${app}",
                "table postings grants UPDATE to ${app}",
                "table record_versions grants DELETE to ${app}",
                "table ledger_schema_history grants TRUNCATE to ${app}")),
        Arguments.of(
            "a trigger of its own allowed to the application's role",
            "GRANT TRIGGER ON ${s}.postings TO ${app}",
            List.of("table postings grants TRIGGER to ${app}")),
        Arguments.of(
            "a column the application's role may update",
            "GRANT UPDATE (amount) ON ${s}.postings TO ${app}",
            List.of("column postings.amount grants UPDATE to ${app}")),
        Arguments.of(
            "another role made a member of the owner",
            "GRANT ${owner} TO ${other}",
            List.of("role ${other} is a member of ${owner}")),
        Arguments.of(
            "the application's role made a member of the owner, and another of it",
            "GRANT ${owner} TO ${app}; GRANT ${app} TO ${other}",
            List.of(
                "role ${app} is a member of ${owner};",
                "role ${other} is a member of ${owner} through ${app}")),
        Arguments.of(
            "a member of the owner that does not inherit its privileges (it may SET ROLE)",
            "GRANT ${owner} TO ${other}; ALTER ROLE ${other} NOINHERIT",
            List.of("role ${other} is a member of ${owner}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void verify_namesAnOwnerOrAGrantTheMigrationsDoNotLeave(
      String what, String tampering, List<String> named) throws SQLException {
    DataSource dataSource = TestServer.values()[0].dataSource();
    String schema = TestServer.freshSchema();
    String app = "app_" + schema;
    String other = "other_" + schema;
    String owner = "owner_" + schema;
    LedgerMigrator migrator = LedgerMigrator.forSchema(schema);
    migrator.migrate(dataSource);
    TestLedgers.sql(
        dataSource, "CREATE ROLE " + app, "CREATE ROLE " + other, "CREATE ROLE " + owner);
    try {
      giveTheSchemaTo(dataSource, schema, owner);
      leastPrivilegeGrants(dataSource, schema, app);
      migrator.verify(dataSource);

      TestLedgers.sql(
          dataSource,
          tampering
              .replace("${s}", schema)
              .replace("${owner}", owner)
              .replace("${app}", app)
              .replace("${other}", other));

      LedgerStoreException refused =
          assertThrows(LedgerStoreException.class, () -> migrator.verify(dataSource));
      String message = refused.getMessage();
      assertTrue(message.startsWith("schema " + schema + ": "), message);
      for (String finding : named) {
        assertTrue(
            message.contains(
                finding
                    .replace("${owner}", owner)
                    .replace("${app}", app)
                    .replace("${other}", other)),
            message);
      }
      assertTrue(message.contains("revoke the grants"), message);
    } finally {
      TestLedgers.sql(
          dataSource, "DROP OWNED BY " + app + ", " + other + ", " + owner + " CASCADE",
          "DROP ROLE " + other, "DROP ROLE " + app, "DROP ROLE " + owner);
    }
  }

  /**
   * Gives the schema and every table and function in it to a role of its own, as a deployment
   * role that migrated it would own them, so that its memberships are the test's alone (the
   * superuser that migrated is the server's).
   */
  private static void giveTheSchemaTo(DataSource dataSource, String schema, String owner)
      throws SQLException {
    TestLedgers.sql(
        dataSource,
        "ALTER SCHEMA " + schema + " OWNER TO " + owner,
        "DO $$ DECLARE o text; BEGIN"
            + " FOR o IN SELECT c.oid::regclass::text FROM pg_class c"
            + " WHERE c.relnamespace = '" + schema + "'::regnamespace AND c.relkind = 'r' LOOP"
            + " EXECUTE 'ALTER TABLE ' || o || ' OWNER TO " + owner + "'; END LOOP;"
            + " FOR o IN SELECT p.oid::regprocedure::text FROM pg_proc p"
            + " WHERE p.pronamespace = '" + schema + "'::regnamespace LOOP"
            + " EXECUTE 'ALTER FUNCTION ' || o || ' OWNER TO " + owner + "'; END LOOP; END $$");
  }

  /** The grants of docs/jdbc.md, "A least-privilege role": none of them is a finding. */
  private static void leastPrivilegeGrants(DataSource dataSource, String schema, String app)
      throws SQLException {
    TestLedgers.sql(
        dataSource,
        "GRANT USAGE ON SCHEMA " + schema + " TO " + app,
        "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + app,
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA " + schema + " TO " + app);
  }
}
