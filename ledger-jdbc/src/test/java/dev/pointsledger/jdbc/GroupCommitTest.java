package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Seams;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Calls that share a transaction under group commit still succeed and fail one by one. */
class GroupCommitTest {
  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aCallThatFailsInASharedTransaction_failsAlone(TestServer server) throws Exception {
    PostgresStoreOptions options = server.options().toBuilder().maxConcurrentUnits(1).build();
    try (PostgresLedgerStore store = PostgresLedgerStore.create(server.dataSource(), options)) {
      TestLedgers.on(store);
      CommandProcessor processor =
          Seams.on(MutableClock.at(Fixtures.MAY_2))
              .beforeDeciding(
                  command -> {
                    if (command.id().equals(e("boom"))) {
                      throw new IllegalStateException("a bug in the rules");
                    }
                  })
              .rules();
      ExecutorService pool = Executors.newFixedThreadPool(16);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<List<CommandOutcome>>> calls = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          String id = t == 7 ? "boom" : "g" + t;
          String manufacturer = Fixtures.businessNumber(2, t);
          calls.add(
              pool.submit(
                  () -> {
                    start.await();
                    return store.execute(List.of(grant(id, manufacturer, 1_000)), processor);
                  }));
        }
        start.countDown();
        for (int t = 0; t < 16; t++) {
          if (t == 7) {
            ExecutionException failed = assertThrowsExecution(calls.get(t));
            assertInstanceOf(IllegalStateException.class, failed.getCause());
          } else {
            CommandOutcome only = calls.get(t).get().get(0);
            assertTrue(assertInstanceOf(CommandOutcome.Applied.class, only).entry() != null);
          }
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(16, store.headSequence(), "the program's definition and 15 entries");
    }
  }

  private static ExecutionException assertThrowsExecution(Future<?> call) {
    try {
      call.get();
    } catch (ExecutionException e) {
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    throw new AssertionError("the call did not fail");
  }
}
