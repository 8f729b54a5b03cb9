package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.rules.LedgerRules;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The locking scheme's less travelled paths: late-found names, escalation, a full lock table. */
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
          new Delegating(new LedgerRules(clock)) {
            @Override
            public Footprint footprint(Command command, StateView facts) {
              Footprint fp = super.footprint(command, facts);
              if (command.id().equals(e("g2")) && facts.entry(e("g1")).isPresent()) {
                Set<String> names = new TreeSet<>(fp.locks());
                names.add("test|late-name");
                footprintsSeen.add("grown");
                return new Footprint(names);
              }
              return fp;
            }
          };
      List<CommandOutcome> outcomes =
          store.execute(List.of(grant("g1", "M1", 1_000), grant("g2", "M2", 1_000)), processor);
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
      onA.execute(grant("g1", "M1", 100_000));
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
                      if (ledger.submit(reserve("r" + id, "C" + id, "M1", "V1", 2_000, 1_000))
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
      assertEquals(0, onA.now().manufacturer(P2022, m("M1")).available());
      assertTrue(onB.audit().clean());
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
        batch.add(grant("g" + i, "M" + i, 1));
      }
      List<CommandOutcome> outcomes = ledger.submitAll(batch);
      assertTrue(outcomes.stream().allMatch(o -> o instanceof CommandOutcome.Applied));
      assertEquals(16_001, store.headSequence(), "the program's definition and the grants");
    }
  }

  /** A processor that does what another does, for tests to change one step. */
  private static class Delegating implements CommandProcessor {
    private final CommandProcessor delegate;

    Delegating(CommandProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Footprint footprint(Command command, StateView facts) {
      return delegate.footprint(command, facts);
    }

    @Override
    public Decision decide(Command command, StateView state) {
      return delegate.decide(command, state);
    }

    @Override
    public Instant now() {
      return delegate.now();
    }
  }
}
