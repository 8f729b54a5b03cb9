package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_END;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.c;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.k;
import static dev.pointsledger.core.testing.Fixtures.lapse;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.reverse;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerSnapshot;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A command id names one command: a retry replays its entry, another command is refused. */
class IdempotencyTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);
  private final Ledger ledger = t.ledger();

  /** Runs one command of every type; returns each command with the entry it made. */
  private Map<Command, JournalEntry> oneOfEach() {
    Map<Command, JournalEntry> made = new LinkedHashMap<>();
    for (Command command :
        List.of(
            grant("g1", M1, 100_000),
            reserve("r1", "C1", M1, V1, 60_000, 30_000),
            reserve("r2", "C2", M1, V1, 60_000, 30_000),
            cancel("x2", "C2"))) {
      made.put(command, ledger.execute(command));
    }
    t.today(SERVICE_END.plusDays(1));
    for (Command command :
        List.of(
            claim("k1", "CL1", "C1", V1, 10_000),
            reject("j1", "CL1"),
            claim("k2", "CL2", "C1", V1, 30_000),
            approve("a2", "CL2"),
            settle("s2", V1, "PAY-2", "CL2"),
            reverse("rv1", "s2"))) {
      made.put(command, ledger.execute(command));
    }
    t.today(LocalDate.of(2023, 1, 1));
    Command lapse = lapse("l1", M1);
    made.put(lapse, ledger.execute(lapse));
    return made;
  }

  @Test
  void retry_ofEveryCommandType_replaysItsEntry_andWritesNothing() {
    Map<Command, JournalEntry> made = oneOfEach();
    LedgerSnapshot before = LedgerSnapshot.of(ledger);
    for (Map.Entry<Command, JournalEntry> first : made.entrySet()) {
      CommandOutcome again = ledger.submit(first.getKey());
      CommandOutcome.Applied applied = assertInstanceOf(CommandOutcome.Applied.class, again);
      assertTrue(applied.replayed(), () -> first.getKey() + " was not a replay");
      assertEquals(first.getValue(), applied.entry());
    }
    assertEquals(before, LedgerSnapshot.of(ledger));
  }

  @Test
  void retry_replaysEvenWhenTheRulesWouldNowRefuseTheCommand() {
    JournalEntry first = t.run(grant("g1", M1, 200_000));
    t.today(LocalDate.of(2023, 1, 1)); // the program has ended, the window closed long ago
    assertEquals(first, ledger.execute(grant("g1", M1, 200_000)));
  }

  static Stream<Arguments> sameIdOtherContents() {
    return Stream.of(
        Arguments.of(grant("g1", M1, 100_001)),
        Arguments.of(grant("g1", M2, 100_000)),
        Arguments.of(reserve("r1", "C1", M1, V1, 60_000, 29_999)),
        Arguments.of(reserve("r1", "C1", M1, V2, 60_000, 30_000)),
        Arguments.of(new CancelContract(e("x2"), P2022, c("C2"), "another reason")),
        Arguments.of(claim("k1", "CL1", "C1", V1, 10_000, List.of(DocumentRef.invoice("XY00000001")))),
        Arguments.of(new RejectClaim(e("j1"), P2022, k("CL1"), "another reason")),
        Arguments.of(new ApproveClaim(e("a2"), P2022, k("CL1"))),
        Arguments.of(settle("s2", V1, "PAY-3", "CL2")),
        Arguments.of(new ReverseEntry(e("rv1"), P2022, e("s2"), "another reason")),
        Arguments.of(new LapsePoints(e("l1"), P2022, m(M2))),
        Arguments.of(lapse("g1", M1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameIdOtherContents")
  void commandWithAUsedIdButOtherContents_isRefusedDuplicateIdDifferentContent(Command other) {
    oneOfEach();
    t.refused(other, RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT);
  }

  @Test
  void refusedCommand_leavesItsIdFree() {
    t.refused(grant("g1", M1, 200_001), RejectionCode.CAP_EXCEEDED);
    t.run(grant("g1", M1, 200_000));
  }
}
