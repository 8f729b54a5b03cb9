package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.jdbc.testing.OwnCluster;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL (postmaster and every process under it) while clients write loses
 * nothing it acknowledged: after several crashes and restarts in a row, every acknowledged entry
 * is in the journal with the same hash, no entry lacks its postings or records, the chain and
 * the audit are clean, and retrying every command that failed ends in exactly one entry per id.
 */
class CrashRecoveryTest {
  private static final int CLIENTS = 4;
  private static final int CRASHES = 3;

  @TempDir Path folder;

  @Test
  void serverKilledRepeatedlyWhileClientsWrite_losesNoAcknowledgedEntry() throws Exception {
    Map<EntryId, JournalEntry> acknowledged = new ConcurrentHashMap<>();
    Map<EntryId, Command> unsettled = new ConcurrentHashMap<>();
    try (OwnCluster cluster = OwnCluster.start(folder);
        HikariDataSource pool = cluster.pool(CLIENTS + 2)) {
      PostgresStoreOptions options =
          PostgresStoreOptions.builder().schema(TestServer.freshSchema()).build();
      try (PostgresLedgerStore store = PostgresLedgerStore.create(pool, options)) {
        Ledger ledger = TestLedgers.on(store);
        long base = store.headSequence();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
          List<Future<?>> running =
              IntStream.range(0, CLIENTS)
                  .mapToObj(
                      t ->
                          clients.submit(
                              () -> write(ledger, t, stop, acknowledged, unsettled)))
                  .collect(Collectors.toList());
          for (int crash = 1; crash <= CRASHES; crash++) {
            awaitMoreAcknowledged(acknowledged, 20);
            cluster.kill();
            Thread.sleep(200);
            cluster.restart();
          }
          awaitMoreAcknowledged(acknowledged, 20);
          stop.set(true);
          for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
          }
        } finally {
          stop.set(true);
          clients.shutdownNow();
        }
        DurabilityTest.awaitConnection(pool);

        for (Map.Entry<EntryId, JournalEntry> a : acknowledged.entrySet()) {
          assertEquals(a.getValue(), store.entry(a.getKey()).orElse(null), "lost " + a.getKey());
        }
        assertNoPartialEntry(pool, store.schema());
        assertTrue(ledger.verify().clean());
        assertTrue(ledger.verify().clean());

        long before = store.headSequence();
        long missing = unsettled.keySet().stream().filter(id -> store.entry(id).isEmpty()).count();
        for (Command c : unsettled.values()) {
          assertInstanceOf(CommandOutcome.Applied.class, ledger.submit(c));
        }
        assertEquals(before + missing, store.headSequence());
        // every id ends in exactly one entry: one per command acknowledged or retried
        long ids = acknowledged.size() + unsettled.size();
        assertEquals(base + ids, store.headSequence(), "acknowledged " + acknowledged.size()
            + ", unsettled " + unsettled.size());
        assertTrue(ledger.verify().clean());
      }
    }
    System.out.println(
        "acknowledged " + acknowledged.size() + ", failed and retried " + unsettled.size());
    assertTrue(acknowledged.size() > CRASHES * 20);
  }

  /**
   * One client: grants under ids of its own, one per call, until told to stop; remembers what
   * was acknowledged and what failed (whether it was written or not is unknown to the client
   * until it retries).
   */
  private static void write(
      Ledger ledger,
      int client,
      AtomicBoolean stop,
      Map<EntryId, JournalEntry> acknowledged,
      Map<EntryId, Command> unsettled) {
    for (int i = 0; !stop.get(); i++) {
      Command g = grant("c" + client + "-" + i, Fixtures.businessNumber(client + 1, i % 1_000_000), 1_000);
      try {
        CommandOutcome o = ledger.submit(g);
        acknowledged.put(g.id(), assertInstanceOf(CommandOutcome.Applied.class, o).entry());
      } catch (LedgerStoreException e) {
        unsettled.put(g.id(), g);
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  private static void awaitMoreAcknowledged(Map<EntryId, JournalEntry> acknowledged, int more)
      throws InterruptedException {
    int target = acknowledged.size() + more;
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (acknowledged.size() < target) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("the clients stopped making progress");
      }
      Thread.sleep(20);
    }
  }

  /** Every entry has postings (a grant has two) and the record version it wrote. */
  private static void assertNoPartialEntry(HikariDataSource pool, String s) throws Exception {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM " + s + ".entries e WHERE e.entry_type = 'GRANT' AND ("
                    + " (SELECT count(*) FROM " + s + ".postings p WHERE p.seq = e.seq) <> 2"
                    + " OR NOT EXISTS (SELECT 1 FROM " + s + ".record_versions r"
                    + " WHERE r.seq = e.seq))")) {
      rs.next();
      assertEquals(0, rs.getLong(1));
    }
  }
}
