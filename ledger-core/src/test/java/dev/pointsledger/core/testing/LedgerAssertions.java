package dev.pointsledger.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;

/** Assertions about what a command did to a ledger. */
public final class LedgerAssertions {
  private LedgerAssertions() {}

  /**
   * Submits a command and asserts it was refused with a code and left the ledger exactly as it was:
   * the same head, the same balances, the same records.
   *
   * @param ledger the ledger
   * @param command the command
   * @param expected the code it must be refused with
   * @return the rejection, to look at its message
   */
  public static Rejection assertRefused(Ledger ledger, Command command, RejectionCode expected) {
    LedgerSnapshot before = LedgerSnapshot.of(ledger);
    CommandOutcome outcome = ledger.submit(command);
    CommandOutcome.Refused refused =
        assertInstanceOf(CommandOutcome.Refused.class, outcome, () -> command + " was not refused");
    assertEquals(expected, refused.rejection().code(), () -> refused.rejection().toString());
    assertEquals(before, LedgerSnapshot.of(ledger), () -> "the refusal of " + command + " wrote");
    return refused.rejection();
  }
}
