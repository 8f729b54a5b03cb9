package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.e;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerSnapshot;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** For any command, a retry with the same id and contents has the same outcome, writing nothing. */
class IdempotencyProperties {
  private static final EntryId ID = e("the-command");

  @Provide
  Arbitrary<Submission> submissions() {
    return Submission.any(ID);
  }

  @Property(tries = 1000)
  void retry_ofAnyCommand_hasTheSameOutcome_andWritesNothing(
      @ForAll("submissions") Submission submission) {
    Ledger ledger = submission.ledgerOnItsDay();
    Command command = submission.command();

    CommandOutcome first = ledger.submit(command);
    LedgerSnapshot afterFirst = LedgerSnapshot.of(ledger);
    CommandOutcome again = ledger.submit(command);

    assertEquals(afterFirst, LedgerSnapshot.of(ledger), "the retry wrote");
    if (first instanceof CommandOutcome.Applied applied) {
      Statistics.collect("applied");
      CommandOutcome.Applied replayed = assertInstanceOf(CommandOutcome.Applied.class, again);
      assertTrue(replayed.replayed());
      assertEquals(applied.entry(), replayed.entry());
      CommandOutcome other = ledger.submit(new LapsePoints(ID, P2022, Fixtures.m("M-other")));
      assertEquals(
          RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT,
          assertInstanceOf(CommandOutcome.Refused.class, other).rejection().code());
    } else {
      Statistics.collect("refused");
      assertEquals(
          ((CommandOutcome.Refused) first).rejection(),
          assertInstanceOf(CommandOutcome.Refused.class, again).rejection());
    }
    Statistics.coverage(
        coverage -> {
          coverage.check("applied").percentage(pct -> pct > 5);
          coverage.check("refused").percentage(pct -> pct > 5);
        });
  }
}
