package dev.pointsledger.core.memory;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
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
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerInvariants;
import dev.pointsledger.core.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many threads on one in-memory ledger: the points of one manufacturer are never overspent, and one
 * command id never makes two entries. Threads wait on a latch to start together; nothing here
 * depends on timing.
 */
class InMemoryConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 50;

  private final Ledger ledger = Ledger.inMemory(MutableClock.at(Fixtures.MAY_2));
  private ExecutorService pool;
  private long base;

  @BeforeEach
  void start() {
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1);
    ledger.execute(grant("g1", M1, 200_000));
    base = storeOf(ledger).headSequence();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Runs {@code PER_THREAD} commands on each thread, all threads released at once. */
  private List<CommandOutcome> runConcurrently(IntFunction<Command> commandOfThreadAndStep)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<CommandOutcome>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                go.await();
                List<CommandOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                  Command command = commandOfThreadAndStep.apply(thread * PER_THREAD + i);
                  outcomes.add(ledger.submit(command));
                }
                return outcomes;
              }));
    }
    go.countDown();
    List<CommandOutcome> all = new ArrayList<>();
    for (Future<List<CommandOutcome>> f : futures) {
      all.addAll(f.get());
    }
    return all;
  }

  /**
   * Checks every purchase was applied once or refused for want of points, and returns the points
   * the applied ones reserved.
   */
  private static long pointsSpentBy(List<CommandOutcome> outcomes) {
    long spent = 0;
    for (CommandOutcome outcome : outcomes) {
      if (outcome instanceof CommandOutcome.Applied applied) {
        assertFalse(applied.replayed());
        spent += ((PurchaseSolution) applied.command()).points();
      } else {
        assertEquals(
            RejectionCode.INSUFFICIENT_POINTS,
            ((CommandOutcome.Refused) outcome).rejection().code(),
            outcome::toString);
      }
    }
    return spent;
  }

  /**
   * Checks M1, granted 200,000 points, never spent more, and its balances and the ledger's
   * invariants agree with what was applied; returns the points spent.
   */
  private long assertNeverOverspent(List<CommandOutcome> outcomes) {
    long spent = pointsSpentBy(outcomes);
    ManufacturerBalances m1 = ledger.now().manufacturer(P2022, m(M1));
    assertTrue(spent <= 200_000, () -> "spent " + spent);
    assertEquals(200_000 - spent, m1.available());
    assertEquals(spent, m1.reserved());
    LedgerInvariants.assertAll(ledger);
    return spent;
  }

  @RepeatedTest(5)
  void concurrentPurchases_neverSpendMoreThanWasGranted() throws Exception {
    // 400 purchases of 1,000 points each ask for twice what was granted: exactly 200 fit
    List<CommandOutcome> outcomes =
        runConcurrently(n -> reserve("r" + n, "C" + n, M1, V1, 2_000, 1_000));

    assertEquals(200_000, assertNeverOverspent(outcomes));
    assertEquals(base + 200, storeOf(ledger).headSequence());
  }

  @RepeatedTest(5)
  void concurrentPurchasesOfUnevenSizes_neverOverspend() throws Exception {
    // 400 purchases of 1 .. 1,900 points, about 380,000 together
    List<CommandOutcome> outcomes =
        runConcurrently(
            n -> {
              long points = n * 37L % 1_900 + 1;
              return reserve("r" + n, "C" + n, M1, V1, 2 * points, points);
            });

    assertNeverOverspent(outcomes);
  }

  @RepeatedTest(5)
  void concurrentDuplicates_ofOneCommandId_makeExactlyOneEntry() throws Exception {
    // every thread submits the same 50 commands, in the same order
    List<CommandOutcome> outcomes =
        runConcurrently(
            n -> reserve("r" + n % PER_THREAD, "C" + n % PER_THREAD, M1, V1, 2_000, 1_000));

    assertEquals(base + PER_THREAD, storeOf(ledger).headSequence());
    for (int i = 0; i < PER_THREAD; i++) {
      String id = "r" + i;
      List<CommandOutcome.Applied> ofThisId =
          outcomes.stream()
              .filter(o -> o.command().id().value().equals(id))
              .map(o -> assertInstanceOf(CommandOutcome.Applied.class, o))
              .toList();
      assertEquals(THREADS, ofThisId.size());
      assertEquals(1, ofThisId.stream().filter(a -> !a.replayed()).count(), id);
      JournalEntry entry = storeOf(ledger).entry(Fixtures.e(id)).orElseThrow();
      assertTrue(ofThisId.stream().allMatch(a -> a.entry().equals(entry)), id);
    }
    assertEquals(
        200_000 - PER_THREAD * 1_000, ledger.now().manufacturer(P2022, m(M1)).available());
    LedgerInvariants.assertAll(ledger);
  }
}
