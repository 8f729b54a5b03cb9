package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V3;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.lapse;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.internal.JsonCodec;
import dev.pointsledger.jdbc.testing.TestServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same commands, on the same clock, through the in-memory store and the PostgreSQL store:
 * the same outcomes, the same entries (hashes included), the same records of every kind and the
 * same balances and histories, now and as of every entry. This is also the round trip of every
 * {@link RecordKind} through PostgreSQL and its JSON form: the scenario writes records of every
 * kind, and the test fails when a kind is added that it does not yet write.
 */
class PostgresMatchesInMemoryTest {
  private static final String ODD = "M \"Ltd\" \\ 中文 {x},y";

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void everyOutcomeEntryRecordAndBalance_isTheSameAsInMemory(TestServer server) {
    try (PostgresLedgerStore postgres = server.newStore();
        InMemoryLedgerStore memory = new InMemoryLedgerStore()) {
      Twin twin = new Twin(memory, postgres);
      twin.scenario();
      twin.assertSameState();
      Set<RecordKind> written = new TreeSet<>();
      for (RecordKind kind : RecordKind.values()) {
        List<LedgerRecord> records = postgres.records(kind, P2022, postgres.headSequence());
        if (!records.isEmpty()) {
          written.add(kind);
        }
        JsonCodec json = new JsonCodec();
        for (LedgerRecord r : records) {
          assertEquals(r, json.readRecord(kind, json.write(r)));
        }
      }
      assertEquals(
          Set.of(RecordKind.values()),
          written,
          "extend the scenario so that it writes a record of every kind");
    }
  }

  /** Two ledgers on two clocks that always show the same time. */
  private static final class Twin {
    private final LedgerStore expectedStore;
    private final LedgerStore actualStore;
    private final MutableClock expectedClock = MutableClock.at(Fixtures.MAY_2);
    private final MutableClock actualClock = MutableClock.at(Fixtures.MAY_2);
    private final Ledger expected;
    private final Ledger actual;

    Twin(LedgerStore expectedStore, LedgerStore actualStore) {
      this.expectedStore = expectedStore;
      this.actualStore = actualStore;
      expected = Ledger.on(expectedStore, expectedClock);
      actual = Ledger.on(actualStore, actualClock);
      // the 2022 program without its Unified Business Number check, so that an id with quotes, a
      // backslash, CJK and braces (ODD) crosses both stores' encodings
      Program preset = ProgramPresets.industrialPavilion2022();
      Program lax =
          new Program(
              preset.id(),
              preset.name(),
              preset.policy().toBuilder().requireValidBusinessNumbers(false).build());
      assertEquals(expected.defineProgram(lax), actual.defineProgram(lax));
    }

    void day(LocalDate day) {
      expectedClock.setDay(day);
      actualClock.setDay(day);
    }

    void run(Command... commands) {
      List<CommandOutcome> want = expected.submitAll(List.of(commands));
      List<CommandOutcome> got = actual.submitAll(List.of(commands));
      assertEquals(want, got);
      for (CommandOutcome o : got) {
        assertInstanceOf(CommandOutcome.Applied.class, o, o::toString);
      }
    }

    void refused(Command command) {
      CommandOutcome want = expected.submit(command);
      assertEquals(want, actual.submit(command));
      assertInstanceOf(CommandOutcome.Refused.class, want);
    }

    void scenario() {
      Fixtures.listSolutions(expected, V1, V2);
      Fixtures.listSolutions(actual, V1, V2);
      run(
          new SubmitSolution(e("submit-V3"), P2022, Fixtures.solutionOf(V3), Fixtures.v(V1),
              "Cloud ERP \"lite\"", SolutionCategory.FINANCE, 50_000, 60_000, 3),
          ReviewSolution.move(e("qr-V3"), P2022, Fixtures.solutionOf(V3),
              ReviewStatus.QUALIFICATION_REVIEW, "office", "received"),
          new ReviewSolution(e("sup-V3"), P2022, Fixtures.solutionOf(V3),
              ReviewStatus.SUPPLEMENT_REQUESTED, "office", "send the tax certificate",
              Optional.of(LocalDate.of(2022, 5, 20)), List.of()));
      run(grant("g1", M1, 200_000), grant("g2", ODD, 50_000), grant("g3", M3, 30_000));
      refused(grant("g4", M1, 1));
      run(
          reserve("r1", "C1", M1, V1, 150_001, 75_000),
          reserve("r2", "C2", ODD, V2, 60_000, 30_000),
          reserve("r3", "C3", M3, V1, 40_000, 20_000));
      run(cancel("x3", "C3"));
      refused(reserve("r4", "C4", M3, V1, 200_000, 100_000));
      day(LocalDate.of(2022, 9, 1));
      run(claim("k1", "K1", "C1", V1, 75_000), claim("k2", "K2", "C2", V2, 30_000));
      run(reject("j2", "K2"));
      run(claim("k3", "K3", "C2", V2, 20_000), approve("a1", "K1"), approve("a3", "K3"));
      run(settle("s1", V1, "PAY-1", "K1"), settle("s2", V2, "PAY-2", "K3"));
      run(new ReverseEntry(e("rv1"), P2022, e("s1"), "booked twice 😀 \"oops\" \\"));
      run(settle("s3", V1, "PAY-3", "K1"));
      day(LocalDate.of(2023, 1, 1));
      run(lapse("l1", M1), lapse("l2", ODD), lapse("l3", M3));
      run(grant("g1", M1, 200_000));
    }

    void assertSameState() {
      long head = expectedStore.headSequence();
      assertEquals(head, actualStore.headSequence());
      List<JournalEntry> entries = expectedStore.entries(1, 10_000);
      assertEquals(entries, actualStore.entries(1, 10_000));
      assertEquals(entries.subList(5, 9), actualStore.entries(6, 4));
      assertEquals(expectedStore.programs(), actualStore.programs());
      Set<AccountId> accounts = new TreeSet<>();
      for (JournalEntry entry : entries) {
        assertEquals(Optional.of(entry), actualStore.entry(entry.id()));
        entry.postings().stream().map(Posting::account).forEach(accounts::add);
      }
      assertFalse(accounts.isEmpty());
      for (long asOf = 0; asOf <= head; asOf++) {
        for (AccountId a : accounts) {
          assertEquals(expectedStore.balance(a, asOf), actualStore.balance(a, asOf), a::toString);
          assertEquals(expectedStore.accountExists(a, asOf), actualStore.accountExists(a, asOf));
          assertEquals(expectedStore.history(a, asOf), actualStore.history(a, asOf));
          assertEquals(
              expectedStore.accountsOf(a.program(), a.type(), a.holder(), asOf),
              actualStore.accountsOf(a.program(), a.type(), a.holder(), asOf));
        }
        for (RecordKind kind : RecordKind.values()) {
          List<LedgerRecord> want = expectedStore.records(kind, P2022, asOf);
          assertEquals(want, actualStore.records(kind, P2022, asOf));
          for (LedgerRecord r : want) {
            assertEquals(
                expectedStore.record(r.key(), kind.type(), asOf),
                actualStore.record(r.key(), kind.type(), asOf));
          }
        }
      }
      assertTrue(actual.verify().clean());
    }
  }
}
