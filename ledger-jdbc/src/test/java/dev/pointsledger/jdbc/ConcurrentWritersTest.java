package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_END;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many threads on two store instances (one with group commit, one without, each its own pool of
 * connections) write to one ledger at once: nothing is overspent, no cap is passed, no deadlock
 * reaches a caller, and the audit of the result is clean.
 */
class ConcurrentWritersTest {
  private static final int THREADS = 8;

  /** Two stores on one schema, as two JVMs would have, and a ledger on each. */
  private record Pair(
      PostgresLedgerStore a, PostgresLedgerStore b, Ledger onA, Ledger onB, MutableClock clock)
      implements AutoCloseable {
    static Pair open(TestServer server) {
      PostgresStoreOptions options = server.options().toBuilder().maximumPoolSize(6).build();
      PostgresLedgerStore a = PostgresLedgerStore.connect(server.jdbcUrl(), options);
      PostgresStoreOptions alone = options.toBuilder().groupCommit(false).build();
      PostgresLedgerStore b = PostgresLedgerStore.connect(server.jdbcUrl(), alone);
      MutableClock clock = MutableClock.at(Fixtures.MAY_2);
      Ledger onA = TestLedgers.on(a, clock);
      Fixtures.listSolutions(onA, V1, V2);
      return new Pair(a, b, onA, TestLedgers.on(b, clock), clock);
    }

    Ledger ledger(int thread) {
      return thread % 2 == 0 ? onA : onB;
    }

    @Override
    public void close() {
      a.close();
      b.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void reservesRacingForOneManufacturersPoints_neverOverspend(TestServer server)
      throws Exception {
    try (Pair pair = Pair.open(server)) {
      pair.onA().execute(grant("g1", M1, 200_000));
      Map<RejectionCode, AtomicInteger> refusals = new ConcurrentHashMap<>();
      AtomicInteger applied = new AtomicInteger();
      race(
          t -> {
            Ledger ledger = pair.ledger(t);
            for (int i = 0; i < 50; i++) {
              List<Command> commands = new ArrayList<>();
              for (int j = 0; j < (i % 3 == 0 ? 5 : 1); j++) {
                String id = t + "-" + i + "-" + j;
                commands.add(reserve("r" + id, "C" + id, M1, V1, 2_000, 1_000));
              }
              count(ledger.submitAll(commands), applied, refusals);
            }
          });
      int attempts = THREADS * (17 * 5 + 33);
      assertEquals(200, applied.get());
      assertEquals(Map.of(RejectionCode.INSUFFICIENT_POINTS, attempts - 200), counts(refusals));
      assertEquals(0, pair.onB().now().manufacturer(P2022, m(M1)).available());
      assertEquals(200_000, pair.onB().now().manufacturer(P2022, m(M1)).reserved());
      assertClean(pair.onA());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void anAppendAfterAHeadAnotherStoreMoved_writesNothing_andItsUnitIsRunAgain(TestServer server)
      throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PostgresStoreOptions options = server.options().toBuilder().maximumPoolSize(4).build();
    try (PostgresLedgerStore a =
            PostgresLedgerStore.connect(
                server.jdbcUrl(), options.toBuilder().meterRegistry(registry).build());
        PostgresLedgerStore b = PostgresLedgerStore.connect(server.jdbcUrl(), options)) {
      MutableClock clock = MutableClock.at(Fixtures.MAY_2);
      Ledger onA = TestLedgers.on(a, clock);
      Ledger onB = TestLedgers.on(b, clock);
      // a knows the head after its own append; b then moves it; a's next append and its COMMIT
      // travel in one round trip after the head a knew: nothing is written, the unit runs again
      onA.execute(grant("g1", M1, 1_000));
      onB.execute(grant("g2", M2, 1_000));
      long before = a.headSequence();
      CommandOutcome third = onA.submit(grant("g3", M1, 2_000));
      assertTrue(third instanceof CommandOutcome.Applied applied && !applied.replayed());
      assertEquals(before + 1, a.headSequence());
      assertEquals(
          1, registry.get("ledger.retries").tag("cause", "head-moved").counter().count(), 0);
      // the next appends go the careful way and find the head right
      onA.submit(grant("g4", M2, 2_000));
      assertEquals(3_000, onB.now().manufacturer(P2022, m(M1)).granted());
      assertEquals(
          1, registry.get("ledger.retries").tag("cause", "head-moved").counter().count(), 0);
      assertClean(onB);
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void grantsRacingForOneManufacturer_neverPassTheCap(TestServer server) throws Exception {
    try (Pair pair = Pair.open(server)) {
      Map<RejectionCode, AtomicInteger> refusals = new ConcurrentHashMap<>();
      AtomicInteger applied = new AtomicInteger();
      race(
          t -> {
            for (int i = 0; i < 10; i++) {
              count(
                  pair.ledger(t).submitAll(List.of(grant("g" + t + "-" + i, M2, 15_000))),
                  applied,
                  refusals);
            }
          });
      assertEquals(13, applied.get());
      assertEquals(80 - 13, refusals.get(RejectionCode.CAP_EXCEEDED).get());
      assertEquals(195_000, pair.onA().now().manufacturer(P2022, m(M2)).granted());
      assertEquals(-195_000, pair.onA().now().balance(AccountId.pool(P2022)));
      assertClean(pair.onB());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aMixedWorkload_withBatchesTouchingManyManufacturersInAnyOrder_keepsEveryInvariant(
      TestServer server) throws Exception {
    try (Pair pair = Pair.open(server)) {
      AtomicInteger applied = new AtomicInteger();
      Map<RejectionCode, AtomicInteger> refusals = new ConcurrentHashMap<>();
      race(
          t -> {
            Random random = new Random(t);
            Ledger ledger = pair.ledger(t);
            for (int i = 0; i < 30; i++) {
              List<Command> batch = new ArrayList<>();
              for (int j = 0; j < 1 + random.nextInt(6); j++) {
                String id = t + "-" + i + "-" + j;
                String manufacturer = Fixtures.businessNumber(1, random.nextInt(6));
                String contract = "C" + t + "-" + random.nextInt(40);
                switch (random.nextInt(3)) {
                  case 0 -> batch.add(grant("g" + id, manufacturer, 1 + random.nextInt(30_000)));
                  case 1 ->
                      batch.add(
                          reserve("r" + id, contract, manufacturer, random.nextBoolean() ? V1 : V2,
                              20_000, 1 + random.nextInt(10_000)));
                  default -> batch.add(cancel("x" + id, contract));
                }
              }
              count(ledger.submitAll(batch), applied, refusals);
            }
          });
      assertTrue(applied.get() > 0);
      assertClean(pair.onA());
      assertEquals(pair.a().headSequence(), pair.b().headSequence());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void claimsRacingToFileOneInvoice_applyExactlyOnce(TestServer server) throws Exception {
    try (Pair pair = Pair.open(server)) {
      pair.onA().execute(grant("g1", M1, 200_000));
      for (int t = 0; t < THREADS; t++) {
        pair.onA().execute(reserve("r" + t, "C" + t, M1, t % 2 == 0 ? V1 : V2, 2_000, 1_000));
      }
      pair.clock().setDay(SERVICE_END.plusDays(1));
      List<DocumentRef> invoice = List.of(DocumentRef.invoice("AB12345678"));
      Map<RejectionCode, AtomicInteger> refusals = new ConcurrentHashMap<>();
      AtomicInteger applied = new AtomicInteger();
      race(
          t ->
              count(
                  pair.ledger(t)
                      .submitAll(
                          List.of(
                              claim("k" + t, "CL" + t, "C" + t, t % 2 == 0 ? V1 : V2, 1_000,
                                  invoice))),
                  applied,
                  refusals));
      assertEquals(1, applied.get());
      assertEquals(Map.of(RejectionCode.INVOICE_ALREADY_CLAIMED, THREADS - 1), counts(refusals));
      ClaimId winner = pair.onB().now().invoice(P2022, "AB12345678").orElseThrow().claim();
      assertEquals(1_000, pair.onB().now().claim(P2022, winner).amount());
      assertClean(pair.onA());
    }
  }

  private interface Worker {
    void run(int thread) throws Exception;
  }

  private static void race(Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  worker.run(thread);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void count(
      List<CommandOutcome> outcomes,
      AtomicInteger applied,
      Map<RejectionCode, AtomicInteger> refusals) {
    for (CommandOutcome o : outcomes) {
      if (o instanceof CommandOutcome.Refused r) {
        refusals.computeIfAbsent(r.rejection().code(), c -> new AtomicInteger()).incrementAndGet();
      } else {
        applied.incrementAndGet();
      }
    }
  }

  private static Map<RejectionCode, Integer> counts(Map<RejectionCode, AtomicInteger> refusals) {
    Map<RejectionCode, Integer> counts = new java.util.HashMap<>();
    refusals.forEach((code, n) -> counts.put(code, n.get()));
    return counts;
  }

  private static void assertClean(Ledger ledger) {
    VerificationReport audit = ledger.verify();
    assertTrue(audit.clean(), audit::toText);
  }
}
