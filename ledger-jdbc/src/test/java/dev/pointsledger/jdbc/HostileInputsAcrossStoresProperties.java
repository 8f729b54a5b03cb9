package dev.pointsledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.testing.HostileInputs;
import dev.pointsledger.core.testing.HostileInputs.Raw;
import dev.pointsledger.core.testing.LedgerInvariants;
import dev.pointsledger.core.testing.LedgerSnapshot;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.testing.TestServer;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * The core's hostile-input property ({@code HostileInputProperties}) on PostgreSQL, beside an
 * in-memory twin fed the very same commands on the same clock: the PostgreSQL store only returns
 * outcomes or throws {@code LedgerRejectedException}, gives every command the same answer as the
 * in-memory store (outcome, entry, rejection code and message, balances and reports read after),
 * and the two hold the same state after every try, so a refusal wrote nothing on PostgreSQL either.
 * One pair of ledgers serves all tries of a run; the state grows as commands are accepted.
 */
class HostileInputsAcrossStoresProperties {
  private final MutableClock memoryClock = MutableClock.at(LocalDate.of(2022, 5, 2));
  private final MutableClock postgresClock = MutableClock.at(LocalDate.of(2022, 5, 2));
  private final PostgresLedgerStore postgresStore = TestServer.EMBEDDED.newStore();
  private final Ledger memory = HostileInputs.realisticLedger(new InMemoryLedgerStore(), memoryClock);
  private final Ledger postgres = HostileInputs.realisticLedger(postgresStore, postgresClock);

  @Provide
  Arbitrary<List<Raw>> batches() {
    return HostileInputs.batches(4);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return HostileInputs.days();
  }

  @Property(tries = 200)
  void bothStores_answerEveryCommandAlike_withAnOutcomeOrARejection(
      @ForAll("days") LocalDate day,
      @ForAll("batches") List<Raw> raws,
      @ForAll @IntRange(min = 0, max = 2) int path) {
    memoryClock.setDay(day);
    postgresClock.setDay(day);

    List<Object> expected = HostileInputs.send(memory, raws, path, true);
    List<Object> actual = HostileInputs.send(postgres, raws, path, false);

    assertEquals(expected, actual);
    assertEquals(LedgerSnapshot.of(memory), LedgerSnapshot.of(postgres));
  }

  @AfterProperty
  void everyInvariantHolds_onPostgres_andTheStoreCloses() {
    try {
      LedgerInvariants.assertAll(postgres);
    } finally {
      postgresStore.close();
    }
  }
}
