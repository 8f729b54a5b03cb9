package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M0;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A unit of work that fails half-way (its server process killed while it waits for the chain,
 * or in the middle of its insert; a constraint violated by one of its rows) leaves nothing in the
 * journal, the caller gets a clear error, and the store goes on working.
 */
class FailureTest {
  private static final int BATCH = 300;

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aBatchKilledWhileWaitingForTheChainLock_leavesNoTrace(TestServer server) throws Exception {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = withOneEntry(store);
      String chainLock =
          "pg_advisory_lock(1128808777, '" + store.schema() + ".entries'::regclass::oid::integer)";
      killWhileBlocked(server, ledger, "SELECT " + chainLock, "append_entries");
      assertNothingOfTheBatch(store, ledger);
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aBatchKilledInTheMiddleOfItsInsert_leavesNoTrace(TestServer server) throws Exception {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = withOneEntry(store);
      String s = store.schema();
      // a test-only trigger that stops the insert at its first posting, once entries are written
      TestLedgers.sql(
          server.dataSource(),
          "CREATE FUNCTION " + s + ".test_pause() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN PERFORM pg_advisory_xact_lock(4242, 4242); RETURN NEW; END $$",
          "CREATE TRIGGER test_pause BEFORE INSERT ON " + s + ".postings FOR EACH ROW"
              + " WHEN (NEW.seq > 1) EXECUTE FUNCTION " + s + ".test_pause()");
      killWhileBlocked(server, ledger, "SELECT pg_advisory_lock(4242, 4242)", "append_entries");
      TestLedgers.sql(server.dataSource(), "DROP TRIGGER test_pause ON " + s + ".postings");
      assertNothingOfTheBatch(store, ledger);
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aConstraintViolatedByOneRow_failsTheWholeBatch_withAClearError(TestServer server)
      throws Exception {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = withOneEntry(store);
      String s = store.schema();
      TestLedgers.sql(
          server.dataSource(),
          "ALTER TABLE " + s + ".record_versions ADD CONSTRAINT test_no_m7"
              + " CHECK (record_id <> '" + Fixtures.businessNumber(1, 7) + "') NOT VALID");
      LedgerStoreException e =
          assertThrows(LedgerStoreException.class, () -> ledger.submitAll(batch()));
      assertTrue(e.getMessage().contains("SQLSTATE 23514"), e::getMessage);
      assertTrue(e.getMessage().contains("nothing of it was written"), e::getMessage);
      TestLedgers.sql(
          server.dataSource(), "ALTER TABLE " + s + ".record_versions DROP CONSTRAINT test_no_m7");
      assertNothingOfTheBatch(store, ledger);
    }
  }

  private static Ledger withOneEntry(PostgresLedgerStore store) {
    Ledger ledger = TestLedgers.on(store);
    ledger.execute(grant("before", M0, 1_000));
    return ledger;
  }

  private static List<Command> batch() {
    List<Command> batch = new ArrayList<>();
    for (int i = 1; i <= BATCH; i++) {
      batch.add(grant("g" + i, Fixtures.businessNumber(1, i), 1_000));
    }
    return batch;
  }

  /**
   * Holds a lock the batch will wait for, waits until the batch's server process waits for it,
   * kills that process, and checks the caller got a store failure.
   */
  private static void killWhileBlocked(
      TestServer server, Ledger ledger, String holdLock, String blockedQuery) throws Exception {
    try (Connection holder = server.dataSource().getConnection();
        Statement hold = holder.createStatement()) {
      hold.execute(holdLock);
      CompletableFuture<List<CommandOutcome>> running =
          CompletableFuture.supplyAsync(() -> ledger.submitAll(batch()));
      int pid = awaitBlockedBackend(server, blockedQuery);
      hold.execute("SELECT pg_terminate_backend(" + pid + ")");
      ExecutionException e = assertThrows(ExecutionException.class, running::get);
      LedgerStoreException failure = assertInstanceOf(LedgerStoreException.class, e.getCause());
      assertTrue(failure.getMessage().contains("nothing"), failure::getMessage);
      hold.execute("SELECT pg_advisory_unlock_all()");
    }
  }

  private static int awaitBlockedBackend(TestServer server, String blockedQuery)
      throws SQLException, InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    try (Connection c = server.dataSource().getConnection();
        Statement s = c.createStatement()) {
      while (Instant.now().isBefore(giveUp)) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE '%" + blockedQuery + "%' AND pid <> pg_backend_pid()")) {
          if (rs.next()) {
            return rs.getInt(1);
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the batch never blocked on the held lock");
  }

  private static void assertNothingOfTheBatch(PostgresLedgerStore store, Ledger ledger) {
    assertEquals(2, store.headSequence(), "the program's definition and one grant");
    for (int i = 1; i <= BATCH; i++) {
      assertTrue(store.entry(Fixtures.e("g" + i)).isEmpty());
    }
    assertTrue(ledger.verify().clean());
    // the store goes on: the same batch, submitted again, is applied whole
    List<CommandOutcome> again = ledger.submitAll(batch());
    assertTrue(
        again.stream().allMatch(o -> o instanceof CommandOutcome.Applied a && !a.replayed()));
    assertEquals(2 + BATCH, store.headSequence());
    assertTrue(ledger.verify().clean());
  }
}
