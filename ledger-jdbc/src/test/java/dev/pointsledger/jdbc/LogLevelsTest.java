package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Seams;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The store's log levels, read from what the test binding (slf4j-simple, writing to {@code
 * System.err}, with the unit runner at DEBUG in {@code simplelogger.properties}) prints: a unit of
 * work tried again is DEBUG, a unit given up is WARN, once.
 */
class LogLevelsTest {
  private static final String RUNNER = "dev.pointsledger.jdbc.internal.UnitRunner";

  @Test
  void aRetry_isLoggedAtDebug_andGivingUp_atWarn() throws Exception {
    TestServer server = TestServer.EMBEDDED;
    PostgresStoreOptions options =
        server.options().toBuilder().groupCommit(false).maxAttempts(3).build();
    try (PostgresLedgerStore store = PostgresLedgerStore.create(server.dataSource(), options)) {
      TestLedgers.on(store);
      AtomicInteger names = new AtomicInteger();
      // every time the footprint is read it names one more lock: no attempt ever holds them all
      CommandProcessor processor =
          Seams.on(MutableClock.at(Fixtures.MAY_2))
              .lockingAlso(
                  (command, facts) -> new Footprint(Set.of("test|" + names.incrementAndGet())))
              .rules();

      List<String> lines =
          logOf(
              () ->
                  assertThrows(
                      LedgerStoreException.class,
                      () -> store.execute(List.of(grant("g-log", M1, 1_000)), processor)));

      List<String> retries =
          lines.stream().filter(l -> l.contains(" needs ") && l.contains("trying again")).toList();
      assertEquals(2, retries.size(), String.join("\n", lines));
      assertTrue(
          retries.stream().allMatch(l -> l.contains(" DEBUG " + RUNNER + " - attempt ")), retries
              ::toString);
      List<String> giveUps = lines.stream().filter(l -> l.contains("giving up")).toList();
      assertEquals(1, giveUps.size(), String.join("\n", lines));
      assertTrue(
          giveUps.get(0).contains(" WARN " + RUNNER + " - giving up after 3 attempts"),
          giveUps::toString);
    }
  }

  /** The unit runner's lines printed to {@code System.err} while the action runs. */
  private static List<String> logOf(Runnable action) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      action.run();
    } finally {
      System.setErr(err);
    }
    return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(RUNNER)).toList();
  }
}
