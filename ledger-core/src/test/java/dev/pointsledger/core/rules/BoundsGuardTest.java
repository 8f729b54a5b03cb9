package dev.pointsledger.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules' last guard, fed balances no sequence of commands can reach under a 64-bit-safe
 * policy: a credit that would overflow a bounded account is refused, a debit below zero is a bug.
 */
class BoundsGuardTest {
  private static final ProgramId P = ProgramId.of("p");
  private static final AccountId AVAILABLE = AccountId.available(P, ManufacturerId.of("m"));
  private static final AccountId POOL = AccountId.pool(P);

  private static Decision.Accept grantOf(long points) {
    return Decision.Accept.writing(
        List.of(),
        digests ->
            new EntryDraft(
                EntryId.of("e"),
                EntryType.GRANT,
                P,
                LocalDate.of(2022, 5, 2),
                List.of(new Posting(POOL, -points), new Posting(AVAILABLE, points)),
                Map.of(),
                digests,
                EntryHash.GENESIS));
  }

  /** A state in which the manufacturer's available balance is a given figure. */
  private static StateView availableIs(long balance) {
    return new StateView() {
      @Override
      public Optional<Program> program(ProgramId id) {
        return Optional.empty();
      }

      @Override
      public long balance(AccountId account) {
        if (account.equals(POOL)) {
          throw new AssertionError("the guard never reads the unbounded pool");
        }
        return balance;
      }

      @Override
      public Optional<JournalEntry> entry(EntryId id) {
        return Optional.empty();
      }

      @Override
      public Optional<JournalEntry> reversalOf(EntryId target) {
        return Optional.empty();
      }

      @Override
      public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type) {
        return Optional.empty();
      }
    };
  }

  @Test
  void aCreditThatWouldOverflowABoundedAccount_isRefusedAmountOverflow() {
    Decision d = LedgerRules.guardBounds(grantOf(2), availableIs(Long.MAX_VALUE - 1));
    assertEquals(
        RejectionCode.AMOUNT_OVERFLOW,
        assertInstanceOf(Decision.Reject.class, d).rejection().code());
  }

  @Test
  void aCreditThatFits_isAcceptedUnchanged() {
    Decision.Accept accept = grantOf(1);
    assertSame(accept, LedgerRules.guardBounds(accept, availableIs(Long.MAX_VALUE - 1)));
  }

  @Test
  void aDebitBelowZero_isABugInTheRules_andThrows() {
    assertThrows(
        IllegalStateException.class, () -> LedgerRules.guardBounds(grantOf(-5), availableIs(4)));
  }
}
