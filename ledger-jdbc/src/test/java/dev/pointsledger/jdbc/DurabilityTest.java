package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M9;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerOutcomeUnknownException;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Seams;
import dev.pointsledger.jdbc.testing.OwnCluster;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outcome is returned only once it is durable, and a commit whose connection fails is
 * resolved or reported as unknown, on a cluster of the test's own with {@code fsync} and {@code
 * synchronous_commit} on (see {@link OwnCluster}).
 */
class DurabilityTest {
  private static final int COMMANDS = 25;

  @TempDir static Path folder;
  private static OwnCluster cluster;

  @BeforeAll
  static void startCluster() throws IOException {
    cluster = OwnCluster.start(folder);
  }

  @AfterAll
  static void stopCluster() throws IOException {
    cluster.close();
  }

  @Test
  void everyAppliedReplayedAndRefusedCommand_waitsForAWalFlush() throws Exception {
    PostgresStoreOptions options = options();
    try (PostgresLedgerStore store = PostgresLedgerStore.connect(cluster.jdbcUrl(), options)) {
      TestLedgers.withVendors(store);
    }
    List<Command> grants = new ArrayList<>();
    List<Command> refused = new ArrayList<>();
    for (int i = 0; i < COMMANDS; i++) {
      grants.add(grant("g" + i, Fixtures.businessNumber(1, i), 1_000));
      // a manufacturer without points cannot buy
      refused.add(reserve("r" + i, "C" + i, M9, V1, 2_000, 1_000));
    }
    long applied = flushesFor(options, l -> submitOneByOne(l, grants));
    long replayed = flushesFor(options, l -> submitOneByOne(l, grants));
    long refusals = flushesFor(options, l -> submitOneByOne(l, refused));
    String figures = "flushes: applied " + applied + ", replayed " + replayed + ", refused "
        + refusals + " for " + COMMANDS + " commands each";
    System.out.println(figures);
    assertTrue(applied >= COMMANDS, figures);
    assertTrue(replayed >= COMMANDS, figures);
    assertTrue(refusals >= COMMANDS, figures);
  }

  @Test
  void aConnectionKilledWhileItsCommitWaitsForDurability_isResolvedAsApplied() throws Exception {
    try (PostgresLedgerStore store =
        PostgresLedgerStore.connect(cluster.jdbcUrl(), options().toBuilder().groupCommit(false)
            .build())) {
      Ledger ledger = TestLedgers.on(store);
      CompletableFuture<CommandOutcome> running;
      holdSynchronousCommits();
      try {
        running = CompletableFuture.supplyAsync(() -> ledger.submit(grant("g1", M1, 1_000)));
        int writer = awaitBackend("wait_event = 'SyncRep'");
        cluster.sql("SELECT pg_terminate_backend(" + writer + ")");
      } finally {
        releaseSynchronousCommits();
      }
      CommandOutcome outcome = running.get(60, TimeUnit.SECONDS);
      JournalEntry entry = assertInstanceOf(CommandOutcome.Applied.class, outcome).entry();
      assertEquals(entry, store.entry(e("g1")).orElseThrow());
      assertRetryEndsInOneEntryEach(ledger, store, List.of(grant("g1", M1, 1_000)));
    }
  }

  @Test
  void aConnectionKilledAtCommit_isResolvedAsNothingWritten_andARetryAppliesOnce()
      throws Exception {
    try (PostgresLedgerStore store =
        PostgresLedgerStore.connect(cluster.jdbcUrl(), options().toBuilder().groupCommit(false)
            .build())) {
      Ledger ledger = TestLedgers.on(store);
      String s = store.schema();
      // a test-only deferred trigger: the commit waits for a lock the test holds
      cluster.sql(
          "CREATE FUNCTION " + s + ".test_hold() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN PERFORM pg_advisory_xact_lock(4243, 4243); RETURN NULL; END $$",
          "CREATE CONSTRAINT TRIGGER test_hold AFTER INSERT ON " + s + ".entries"
              + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION " + s
              + ".test_hold()");
      CompletableFuture<CommandOutcome> running;
      try (Connection holder = DriverManager.getConnection(cluster.jdbcUrl());
          Statement hold = holder.createStatement()) {
        hold.execute("SELECT pg_advisory_lock(4243, 4243)");
        running = CompletableFuture.supplyAsync(() -> ledger.submit(grant("g1", M1, 1_000)));
        // the COMMIT travels with the append, in one multi-statement query
        int writer = awaitBackend("wait_event_type = 'Lock' AND query LIKE '%COMMIT'");
        hold.execute("SELECT pg_terminate_backend(" + writer + ")");
      }
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
      LedgerStoreException e = assertInstanceOf(LedgerStoreException.class, failed.getCause());
      assertTrue(!(e instanceof LedgerOutcomeUnknownException), e::getMessage);
      assertTrue(e.getMessage().contains("did not commit"), e::getMessage);
      assertTrue(store.entry(e("g1")).isEmpty());
      cluster.sql("DROP TRIGGER test_hold ON " + s + ".entries");
      assertRetryEndsInOneEntryEach(ledger, store, List.of(grant("g1", M1, 1_000)));
    }
  }

  @Test
  void aServerKilledWhileASharedCommitWaitsForDurability_leavesEveryCallerUnknown_untilARetry()
      throws Exception {
    PostgresStoreOptions options = options().toBuilder().maxConcurrentUnits(1).build();
    try (HikariDataSource pool = cluster.pool(8);
        PostgresLedgerStore store = PostgresLedgerStore.create(pool, options)) {
      Ledger ledger = TestLedgers.on(store);
      List<Command> grants = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        grants.add(grant("g" + i, Fixtures.businessNumber(1, i), 1_000));
      }
      // a call of another processor holds the one unit until the six calls have queued behind
      // it, then fails, so that the six share the next unit
      CountDownLatch queued = new CountDownLatch(1);
      CommandProcessor blocking = blockingThenFailing(queued);
      CompletableFuture<List<CommandOutcome>> blocker =
          CompletableFuture.supplyAsync(
              () -> store.execute(List.of(grant("x", "MX", 1_000)), blocking));
      List<CompletableFuture<CommandOutcome>> calls = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      boolean killed = false;
      holdSynchronousCommits();
      try {
        awaitBackend("state = 'idle in transaction' AND query LIKE '%lock_footprint%'");
        for (Command g : grants) {
          calls.add(CompletableFuture.supplyAsync(() -> ledger.submit(g)));
        }
        Thread.sleep(300);
        queued.countDown();
        awaitBackend("wait_event = 'SyncRep'");
        cluster.kill();
        killed = true;
        // every caller has its answer before the server is back
        for (CompletableFuture<CommandOutcome> call : calls) {
          failures.add(
              assertThrows(ExecutionException.class, () -> call.get(60, TimeUnit.SECONDS))
                  .getCause());
        }
      } finally {
        queued.countDown();
        if (killed) {
          cluster.restart();
        }
        releaseSynchronousCommits();
      }
      assertThrows(ExecutionException.class, blocker::get);
      for (Throwable failure : failures) {
        assertInstanceOf(LedgerOutcomeUnknownException.class, failure);
      }
      awaitConnection(pool);
      assertRetryEndsInOneEntryEach(ledger, store, grants);
    }
  }

  /** Waits until a pool hands out connections again after the server restarted. */
  static void awaitConnection(HikariDataSource pool) throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      try (Connection c = pool.getConnection()) {
        return;
      } catch (SQLException e) {
        if (Instant.now().isAfter(giveUp)) {
          throw new AssertionError("the pool found no server", e);
        }
        Thread.sleep(100);
      }
    }
  }

  private static PostgresStoreOptions options() {
    return PostgresStoreOptions.builder().schema(TestServer.freshSchema()).build();
  }

  private static List<CommandOutcome> submitOneByOne(Ledger ledger, List<Command> commands) {
    List<CommandOutcome> outcomes = new ArrayList<>();
    for (Command c : commands) {
      outcomes.add(ledger.submit(c));
    }
    return outcomes;
  }

  /**
   * The WAL flushes of the server while a ledger on a pool of its own runs commands; the pool is
   * closed before counting, so that every session has reported its statistics.
   */
  private static long flushesFor(
      PostgresStoreOptions options, Function<Ledger, List<CommandOutcome>> commands)
      throws Exception {
    long before = cluster.walSyncs();
    try (PostgresLedgerStore store =
        PostgresLedgerStore.connect(
            cluster.jdbcUrl(), options.toBuilder().migrateOnStart(false).build())) {
      List<CommandOutcome> outcomes = commands.apply(Ledger.on(store, clock()));
      assertEquals(COMMANDS, outcomes.size());
    }
    return cluster.walSyncs() - before;
  }

  private static MutableClock clock() {
    return MutableClock.at(Fixtures.MAY_2);
  }

  /** Every synchronous commit waits for a standby that does not exist, until released. */
  private static void holdSynchronousCommits() throws SQLException {
    cluster.sql(
        "ALTER SYSTEM SET synchronous_standby_names = 'nobody'", "SELECT pg_reload_conf()");
  }

  private static void releaseSynchronousCommits() throws SQLException {
    cluster.sql("ALTER SYSTEM RESET synchronous_standby_names", "SELECT pg_reload_conf()");
  }

  private static int awaitBackend(String condition) throws SQLException, InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
    try (Connection c = DriverManager.getConnection(cluster.jdbcUrl());
        Statement s = c.createStatement()) {
      while (Instant.now().isBefore(giveUp)) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE " + condition
                    + " AND pid <> pg_backend_pid()")) {
          if (rs.next()) {
            return rs.getInt(1);
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("no server process came to " + condition);
  }

  /** Submits commands again: each ends applied, in exactly one entry, and the audit is clean. */
  private static void assertRetryEndsInOneEntryEach(
      Ledger ledger, LedgerStore store, List<Command> commands) {
    long before = store.headSequence();
    long missing = commands.stream().filter(c -> store.entry(c.id()).isEmpty()).count();
    for (Command c : commands) {
      assertInstanceOf(CommandOutcome.Applied.class, ledger.submit(c));
    }
    for (Command c : commands) {
      CommandOutcome again = ledger.submit(c);
      assertTrue(assertInstanceOf(CommandOutcome.Applied.class, again).replayed());
    }
    assertEquals(before + missing, store.headSequence());
    assertTrue(ledger.verify().clean());
  }

  /** The rules, but every decision waits for a latch and then throws. */
  private static CommandProcessor blockingThenFailing(CountDownLatch latch) {
    return Seams.on(clock())
        .beforeDeciding(
            command -> {
              try {
                latch.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              throw new IllegalStateException("the blocking call is done");
            })
        .rules();
  }
}
