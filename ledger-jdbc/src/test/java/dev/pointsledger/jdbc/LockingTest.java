package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Seams;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The locking scheme's less travelled paths: late-found names, escalation, a full lock table,
 * names held shared.
 */
class LockingTest {
  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aCommandNeedingANameFoundOnlyWhileDeciding_isRunAgainWithThatNameLocked(
      TestServer server) {
    try (PostgresLedgerStore store = server.newStore()) {
      TestLedgers.on(store);
      MutableClock clock = MutableClock.at(Fixtures.MAY_2);
      Set<String> footprintsSeen = ConcurrentHashMap.newKeySet();
      // g2's footprint grows once g1 exists, which is only while g2's own unit decides
      CommandProcessor processor =
          Seams.on(clock)
              .lockingAlso(
                  (command, facts) -> {
                    if (command.id().equals(e("g2")) && facts.entry(e("g1")).isPresent()) {
                      footprintsSeen.add("grown");
                      return new Footprint(Set.of("test|late-name"));
                    }
                    return new Footprint(Set.of());
                  })
              .rules();
      List<CommandOutcome> outcomes =
          store.execute(List.of(grant("g1", M1, 1_000), grant("g2", M2, 1_000)), processor);
      assertTrue(outcomes.stream().allMatch(o -> o instanceof CommandOutcome.Applied));
      assertEquals(Set.of("grown"), footprintsSeen);
      assertEquals(3, store.headSequence(), "the program's definition and two grants");
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void storesLockingTheWholeLedger_andStoresLockingNames_excludeEachOther(TestServer server)
      throws Exception {
    PostgresStoreOptions fine = server.options().toBuilder().maximumPoolSize(4).build();
    PostgresStoreOptions whole =
        fine.toBuilder().lockEscalationThreshold(1).groupCommit(false).build();
    try (PostgresLedgerStore a = PostgresLedgerStore.connect(server.jdbcUrl(), fine);
        PostgresLedgerStore b = PostgresLedgerStore.connect(server.jdbcUrl(), whole)) {
      Ledger onA = TestLedgers.withVendors(a);
      Ledger onB = TestLedgers.on(b);
      onA.execute(grant("g1", M1, 100_000));
      AtomicInteger applied = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
          Ledger ledger = t % 2 == 0 ? onA : onB;
          int thread = t;
          workers.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 30; i++) {
                      String id = thread + "-" + i;
                      if (ledger.submit(reserve("r" + id, "C" + id, M1, V1, 2_000, 1_000))
                          instanceof CommandOutcome.Applied) {
                        applied.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> w : workers) {
          w.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(100, applied.get());
      assertEquals(0, onA.now().manufacturer(P2022, m(M1)).available());
      assertTrue(onB.verify().clean());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aBatchTooBigForTheServersLockTable_isRunAgainLockingTheWholeLedger(TestServer server) {
    PostgresStoreOptions options =
        server.options().toBuilder().lockEscalationThreshold(Integer.MAX_VALUE).build();
    try (PostgresLedgerStore store = PostgresLedgerStore.create(server.dataSource(), options)) {
      Ledger ledger = TestLedgers.on(store);
      List<Command> batch = new ArrayList<>();
      // two names per grant: more than a default lock table holds (64 x max_connections)
      for (int i = 0; i < 16_000; i++) {
        batch.add(grant("g" + i, Fixtures.businessNumber(1, i), 1));
      }
      List<CommandOutcome> outcomes = ledger.submitAll(batch);
      assertTrue(outcomes.stream().allMatch(o -> o instanceof CommandOutcome.Applied));
      assertEquals(16_001, store.headSequence(), "the program's definition and the grants");
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aNameHeldShared_doesNotBlockAnotherSharedHolder_butBlocksAnExclusiveOne(TestServer server)
      throws Exception {
    PostgresStoreOptions options = server.options().toBuilder().groupCommit(false).build();
    try (PostgresLedgerStore store = PostgresLedgerStore.create(server.dataSource(), options)) {
      TestLedgers.on(store);
      long before = store.headSequence();
      CountDownLatch release = new CountDownLatch(1);
      String name = "test|solution";
      // "a" and "b" hold the name shared, "c" exclusively; "a" waits while it decides
      CommandProcessor processor =
          Seams.on(MutableClock.at(Fixtures.MAY_2))
              .lockingAlso(
                  (command, facts) ->
                      command.id().equals(e("c"))
                          ? new Footprint(Set.of(name))
                          : new Footprint(Set.of(), Set.of(name)))
              .beforeDeciding(
                  command -> {
                    if (command.id().equals(e("a"))) {
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }
                  })
              .rules();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Future<List<CommandOutcome>> a =
            pool.submit(() -> store.execute(List.of(grant("a", M1, 1_000)), processor));
        awaitBackend(server, "state = 'idle in transaction' AND query LIKE '%lock_footprint%'");
        // another shared holder goes through while "a" holds the name
        List<CommandOutcome> b =
            pool.submit(() -> store.execute(List.of(grant("b", M2, 1_000)), processor))
                .get(30, TimeUnit.SECONDS);
        assertInstanceOf(CommandOutcome.Applied.class, b.get(0));
        // an exclusive holder waits for "a"
        Future<List<CommandOutcome>> c =
            pool.submit(() -> store.execute(List.of(grant("c", M3, 1_000)), processor));
        awaitBackend(server, "wait_event_type = 'Lock' AND query LIKE '%lock_footprint%'");
        assertFalse(c.isDone());
        release.countDown();
        assertInstanceOf(CommandOutcome.Applied.class, a.get(30, TimeUnit.SECONDS).get(0));
        assertInstanceOf(CommandOutcome.Applied.class, c.get(30, TimeUnit.SECONDS).get(0));
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
      assertEquals(before + 3, store.headSequence());
    }
  }

  private static void awaitBackend(TestServer server, String condition) throws Exception {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (Connection c = server.dataSource().getConnection();
        Statement s = c.createStatement()) {
      while (System.nanoTime() < giveUp) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE " + condition
                    + " AND pid <> pg_backend_pid() AND datname = current_database()")) {
          if (rs.next()) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("no server process came to " + condition);
  }
}
