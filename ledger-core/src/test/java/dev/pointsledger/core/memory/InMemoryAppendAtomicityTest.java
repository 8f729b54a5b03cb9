package dev.pointsledger.core.memory;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerInvariants;
import dev.pointsledger.core.testing.LedgerSnapshot;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Seams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store appends an entry whole or not at all, even an entry whose balance would overflow
 * (which the rules never accept, so the test hands it to the store's append directly); and a
 * batch is all or nothing when its processor throws midway, as {@code LedgerStore.execute}
 * promises.
 */
class InMemoryAppendAtomicityTest {
  private static final AccountId POOL = AccountId.pool(Fixtures.P2022);

  /** A sealed grant of Long.MAX_VALUE to manufacturer "m-" + its id, which no rule accepts. */
  private static JournalEntry hugeGrant(String id, long sequence, EntryHash previous) {
    AccountId available = AccountId.available(Fixtures.P2022, ManufacturerId.of("m-" + id));
    Command command = Fixtures.grant(id, M1, 1);
    return new EntryDraft(
            command.id(),
            EntryType.GRANT,
            Fixtures.P2022,
            Fixtures.MAY_2,
            List.of(new Posting(POOL, -Long.MAX_VALUE), new Posting(available, Long.MAX_VALUE)),
            Map.of(),
            command.fingerprint())
        .seal(sequence, Instant.parse("2022-05-02T04:00:00Z"), previous);
  }

  @Test
  void anEntryThatWouldOverflowABalance_isNotAppended_andTheStoreIsUnchanged() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    JournalEntry first = hugeGrant("g1", 1, EntryHash.GENESIS);
    store.append(first, List.of());
    assertEquals(-Long.MAX_VALUE, store.balance(POOL, 1));

    assertThrows(
        LedgerStoreException.class,
        () -> store.append(hugeGrant("g2", 2, first.hash()), List.of()));

    assertEquals(1, store.headSequence());
    assertTrue(store.entry(EntryId.of("g2")).isEmpty());
    assertEquals(-Long.MAX_VALUE, store.balance(POOL, 1));
    assertFalse(
        store.accountExists(AccountId.available(Fixtures.P2022, ManufacturerId.of("m-g2")), 2));
  }

  @Test
  void aBatchWhoseProcessorThrowsMidway_keepsNoneOfItsEntries_balancesOrRecords() {
    MutableClock clock = MutableClock.at(Fixtures.MAY_2);
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    Ledger ledger = Ledger.on(store, clock);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1);
    ledger.execute(Fixtures.grant("g0", M1, 1_000));
    LedgerSnapshot before = LedgerSnapshot.of(ledger);
    CommandProcessor failingOnBoom = Seams.throwingOn(clock, "boom");
    List<Command> batch =
        List.of(
            Fixtures.grant("g1", M1, 5_000),
            Fixtures.grant("g2", M2, 7_000),
            Fixtures.reserve("r1", "C1", M1, V1, 10_000, 5_000),
            Fixtures.grant("boom", M3, 1));

    assertThrows(IllegalStateException.class, () -> store.execute(batch, failingOnBoom));

    assertEquals(before, LedgerSnapshot.of(ledger));
    assertTrue(store.entry(EntryId.of("g1")).isEmpty());
    assertFalse(
        store.accountExists(AccountId.available(Fixtures.P2022, ManufacturerId.of(M2)),
            Long.MAX_VALUE));
    assertEquals(1_000, ledger.now().manufacturer(Fixtures.P2022, ManufacturerId.of(M1)).granted());
    long head = store.headSequence();
    assertEquals(head + 1, ledger.execute(Fixtures.grant("g1", M1, 5_000)).sequence());
    assertEquals(6_000, ledger.now().manufacturer(Fixtures.P2022, ManufacturerId.of(M1)).granted());
    LedgerInvariants.assertAll(ledger);
  }
}
