package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The database itself refuses to change or remove what the journal holds. */
class AppendOnlyTest {
  private static final List<String> TABLES =
      List.of("entries", "postings", "record_versions");

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void updateDeleteAndTruncate_ofEveryJournalTable_areRefused(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.withVendors(store);
      ledger.execute(grant("g1", M1, 100_000));
      ledger.execute(reserve("r1", "C1", M1, V1, 20_000, 10_000));
      List<JournalEntry> before = store.entries(1, 100);
      String s = store.schema();
      for (String table : TABLES) {
        for (String tamper :
            List.of(
                "UPDATE " + s + "." + table + " SET program_id = program_id",
                "DELETE FROM " + s + "." + table,
                "DELETE FROM " + s + "." + table + " WHERE false",
                "TRUNCATE " + s + "." + table)) {
          SQLException e =
              assertThrows(SQLException.class, () -> TestLedgers.sql(server.dataSource(), tamper));
          assertTrue(e.getMessage().contains("append-only"), e::getMessage);
        }
      }
      assertEquals(before, store.entries(1, 100));
      assertTrue(ledger.verify().clean());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void insertingAnEntryThatDoesNotExtendTheChain_isRefused(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.on(store);
      ledger.execute(grant("g1", M1, 100_000));
      String s = store.schema();
      String row =
          "INSERT INTO " + s + ".entries SELECT seq + %d, entry_id || '%s', entry_type,"
              + " program_id, business_date, recorded_at, recorded_nano, refs, reverses,"
              + " command_fingerprint, %s, hash FROM " + s + ".entries WHERE seq = 2";
      // entry 1 defines the program, entry 2 is the grant
      // a gap: entry 4 without entry 3
      assertChainRefused(server, String.format(row, 2, "-gap", "hash"));
      // a wrong link: entry 3 chaining to something else than entry 2's hash
      assertChainRefused(server, String.format(row, 1, "-link", "previous_hash"));
      // the right link is accepted by the database (the store never writes this way)
      TestLedgers.sql(server.dataSource(), String.format(row, 1, "-ok", "hash"));
      assertEquals(3, store.headSequence());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void theChain_canBeCheckedInSql(TestServer server) throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.withVendors(store);
      ledger.execute(grant("g1", M1, 100_000));
      String s = store.schema();
      try (Connection c = server.dataSource().getConnection();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*) FROM " + s + ".entries e LEFT JOIN " + s + ".entries p"
                      + " ON p.seq = e.seq - 1 WHERE e.previous_hash IS DISTINCT FROM"
                      + " COALESCE(p.hash, decode(repeat('00', 32), 'hex'))")) {
        rs.next();
        assertEquals(0, rs.getLong(1));
      }
    }
  }

  private static void assertChainRefused(TestServer server, String insert) {
    SQLException e =
        assertThrows(SQLException.class, () -> TestLedgers.sql(server.dataSource(), insert));
    assertEquals("23514", e.getSQLState(), e::getMessage);
    assertTrue(e.getMessage().contains("does not chain"), e::getMessage);
  }
}
