package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A command id is applied once, whichever store instance (JVM) sees it, before or after a
 * restart.
 */
class IdempotencyAcrossStoresTest {
  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aRetryThroughAnotherStore_replaysTheFirstEntry(TestServer server) {
    PostgresStoreOptions options = server.options();
    try (PostgresLedgerStore first = PostgresLedgerStore.connect(server.jdbcUrl(), options);
        PostgresLedgerStore second = PostgresLedgerStore.connect(server.jdbcUrl(), options)) {
      JournalEntry original = TestLedgers.withVendors(first).execute(grant("g1", M1, 10_000));
      Ledger other = TestLedgers.on(second);
      CommandOutcome.Applied again =
          assertInstanceOf(CommandOutcome.Applied.class, other.submit(grant("g1", M1, 10_000)));
      assertTrue(again.replayed());
      assertEquals(original, again.entry());
      assertEquals(
          RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT,
          assertThrows(LedgerRejectedException.class, () -> other.execute(grant("g1", M1, 9)))
              .code());
      assertEquals(first.headSequence(), second.headSequence());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aRetryAfterARestart_replaysTheFirstEntry(TestServer server) {
    PostgresStoreOptions options = server.options();
    JournalEntry original;
    long head;
    try (PostgresLedgerStore before = PostgresLedgerStore.connect(server.jdbcUrl(), options)) {
      Ledger ledger = TestLedgers.withVendors(before);
      ledger.execute(grant("g1", M1, 10_000));
      original = ledger.execute(reserve("r1", "C1", M1, V1, 2_000, 1_000));
      head = before.headSequence();
    }
    try (PostgresLedgerStore after = PostgresLedgerStore.connect(server.jdbcUrl(), options)) {
      CommandOutcome.Applied again =
          assertInstanceOf(
              CommandOutcome.Applied.class,
              TestLedgers.on(after).submit(reserve("r1", "C1", M1, V1, 2_000, 1_000)));
      assertTrue(again.replayed());
      assertEquals(original, again.entry());
      assertEquals(head, after.headSequence());
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void theSameCommandRacingThroughTwoStores_isAppliedOnce(TestServer server) throws Exception {
    PostgresStoreOptions options = server.options();
    PostgresStoreOptions alone = options.toBuilder().groupCommit(false).build();
    try (PostgresLedgerStore a = PostgresLedgerStore.connect(server.jdbcUrl(), options);
        PostgresLedgerStore b = PostgresLedgerStore.connect(server.jdbcUrl(), alone)) {
      Ledger onA = TestLedgers.on(a);
      Ledger onB = TestLedgers.on(b);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        for (int round = 0; round < 5; round++) {
          String id = "g" + round;
          CountDownLatch start = new CountDownLatch(1);
          List<Future<CommandOutcome>> racers = new ArrayList<>();
          for (int t = 0; t < 8; t++) {
            Ledger ledger = t % 2 == 0 ? onA : onB;
            racers.add(
                pool.submit(
                    () -> {
                      start.await();
                      return ledger.submit(grant(id, M1, 1_000));
                    }));
          }
          start.countDown();
          int firsts = 0;
          JournalEntry entry = null;
          for (Future<CommandOutcome> f : racers) {
            CommandOutcome.Applied applied =
                assertInstanceOf(CommandOutcome.Applied.class, f.get());
            firsts += applied.replayed() ? 0 : 1;
            entry = entry == null ? applied.entry() : entry;
            assertEquals(entry, applied.entry());
          }
          assertEquals(1, firsts);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(6, a.headSequence(), "the program's definition and 5 entries");
      assertTrue(onB.verify().clean());
    }
  }
}
