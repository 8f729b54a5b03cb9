package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.migration.LedgerMigrator;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application's role needs nothing but the grants docs/jdbc.md lists: SELECT on the tables
 * and EXECUTE on the store's functions. It runs the ledger whole, writing only through {@code
 * append_entries}; it can neither insert a row directly nor change or remove one; and a role
 * without the grant cannot call the function.
 */
class LeastPrivilegeTest {
  /** Every table, and a column of it to insert into. */
  private static final Map<String, String> TABLES =
      Map.of(
          "entries", "seq",
          "postings", "seq",
          "record_versions", "seq",
          "ledger_schema_history", "version");

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void anApplicationRoleWithTheDocumentedGrants_runsTheLedger_andCannotWriteButThroughTheRules(
      TestServer server) throws SQLException {
    String schema = TestServer.freshSchema();
    String role = "app_" + schema;
    String outsider = "out_" + schema;
    String password = "secret-" + schema;
    PostgresStoreOptions options =
        PostgresStoreOptions.builder().schema(schema).migrateOnStart(false).build();
    LedgerMigrator.forSchema(schema).migrate(server.dataSource());
    TestLedgers.sql(
        server.dataSource(),
        "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'",
        "CREATE ROLE " + outsider + " LOGIN PASSWORD '" + password + "'",
        // the grants of docs/jdbc.md, "A least-privilege role"
        "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
        "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role,
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA " + schema + " TO " + role,
        // a role that may read but was not granted the functions
        "GRANT USAGE ON SCHEMA " + schema + " TO " + outsider,
        "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + outsider);
    try {
      String url = server.jdbcUrlAs(role, password);
      try (PostgresLedgerStore store = PostgresLedgerStore.connect(url, options)) {
        MutableClock clock = MutableClock.at(Fixtures.MAY_2);
        Ledger ledger = TestLedgers.on(store, clock);
        Fixtures.listSolutions(ledger, V1);
        ledger.execute(grant("g1", M1, 100_000));
        ledger.execute(reserve("r1", "C1", M1, V1, 20_000, 10_000));
        clock.setDay(LocalDate.of(2022, 9, 1));
        ledger.execute(claim("k1", "K1", "C1", V1, 10_000));
        ledger.execute(approve("a1", "K1"));
        ledger.execute(settle("s1", V1, "PAY-1", "K1"));
        assertTrue(ledger.verify().clean());
        assertTrue(ledger.verify().clean());
      }
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        List<String> tampers = new ArrayList<>();
        TABLES.forEach(
            (table, column) ->
                tampers.add(
                    "INSERT INTO " + schema + "." + table + " (" + column + ") SELECT " + column
                        + " FROM " + schema + "." + table + " WHERE false"));
        tampers.add("UPDATE " + schema + ".entries SET entry_type = 'GRANT'");
        tampers.add("DELETE FROM " + schema + ".postings");
        tampers.add("TRUNCATE " + schema + ".record_versions");
        tampers.add("ALTER TABLE " + schema + ".entries DISABLE TRIGGER entries_append_only");
        tampers.add("DROP TABLE " + schema + ".postings");
        tampers.add("DROP FUNCTION " + schema + ".append_entries");
        for (String tamper : tampers) {
          assertRefused(s, tamper);
        }
      }
      try (Connection c =
              DriverManager.getConnection(server.jdbcUrlAs(outsider, password));
          Statement s = c.createStatement()) {
        assertRefused(s, "SELECT " + schema + ".lock_footprint(false, '{}', '{}')");
        assertRefused(
            s,
            "SELECT * FROM " + schema + ".append_entries("
                + String.join(", ", Collections.nCopies(24, "NULL")) + ")");
      }
    } finally {
      TestLedgers.sql(
          server.dataSource(),
          "DROP OWNED BY " + role + ", " + outsider,
          "DROP ROLE " + role,
          "DROP ROLE " + outsider);
    }
  }

  private static void assertRefused(Statement s, String tamper) {
    SQLException e = assertThrows(SQLException.class, () -> s.execute(tamper));
    assertEquals("42501", e.getSQLState(), tamper + ": " + e.getMessage());
  }
}
