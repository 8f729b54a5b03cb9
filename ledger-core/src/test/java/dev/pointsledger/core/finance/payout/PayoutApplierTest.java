package dev.pointsledger.core.finance.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.finance.FinanceScenario;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class PayoutApplierTest {
  static final String FILE =
      PayoutFileReaderTest.HEADER
          + "V2,15000,PAY-002,111/10/02,CL2\n"
          + "V1,9000,PAY-003,111/10/02,CL3B\n"
          + "V1,30000,PAY-001,111/10/01,CL1\n";

  /**
   * Applies {@link #FILE} to the scenario twice: the first time settles CL2 only (CL3B is not
   * approved, CL1 was settled), the second writes nothing. Shared with ledger-jdbc's test.
   *
   * @param t the scenario on some store
   */
  public static void applyingTwice_writesOnce(TestLedger t) {
    PayoutFile file = PayoutFileReaderTest.utf8(FILE);
    PayoutMatch first = PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
    long before = t.head();
    PayoutApplication applied = PayoutApplier.apply(t.ledger(), first);
    assertEquals(PayoutApplication.Status.APPLIED, applied.status());
    assertEquals(1, applied.written());
    assertEquals(before + 1, t.head());
    assertEquals(
        ClaimStatus.SETTLED, t.ledger().now().claim(TestLedger.P2022, ClaimId.of("CL2")).status());
    assertEquals(
        Optional.of("PAY-002"),
        t.ledger().now().claim(TestLedger.P2022, ClaimId.of("CL2")).payout());
    PayoutMatch again = PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
    assertEquals(PayoutOutcome.MATCHED, again.lines().get(0).outcome());
    assertTrue(again.lines().get(0).alreadySettled());
    PayoutApplication second = PayoutApplier.apply(t.ledger(), again);
    assertEquals(0, second.written());
    assertEquals(before + 1, t.head(), "the second application writes nothing");
    PayoutApplication stale = PayoutApplier.apply(t.ledger(), first);
    assertEquals(0, stale.written());
    assertEquals(PayoutApplication.Kind.ALREADY_SETTLED, stale.results().get(0).kind());
    assertEquals(before + 1, t.head(), "re-applying the first match replays its entry");
  }

  @Test
  void applyingTheSameFileTwice_writesNothingNew() {
    applyingTwice_writesOnce(FinanceScenario.build());
  }

  @Test
  void aFileWithABadRow_isNotAppliedAtAll() {
    TestLedger t = FinanceScenario.build();
    PayoutFile file = PayoutFileReaderTest.utf8(FILE + "V2,12.5,PAY-004,111/10/02\n");
    PayoutMatch m = PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
    long before = t.head();
    PayoutApplication a = PayoutApplier.apply(t.ledger(), m);
    assertEquals(PayoutApplication.Status.REFUSED_BAD_ROWS, a.status());
    assertEquals(before, t.head());
  }

  @Test
  void aClaimSettledBetweenMatchingAndApplying_isRefusedByTheLedger_andNothingIsWritten() {
    TestLedger t = FinanceScenario.build();
    PayoutFile file = PayoutFileReaderTest.utf8(FILE);
    PayoutMatch m = PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
    t.run(Fixtures.settle("by-hand", "V2", "PAY-HAND", "CL2"));
    long before = t.head();
    PayoutApplication a = PayoutApplier.apply(t.ledger(), m);
    PayoutApplication.Result r = a.results().get(0);
    assertEquals(PayoutApplication.Kind.REFUSED, r.kind());
    assertEquals(Optional.of(RejectionCode.CLAIM_NOT_APPROVED), r.refusal());
    assertEquals(before, t.head());
  }

  @Test
  void settlementIds_areDerivedFromTheProgramVendorAndReference_andFitAnId() {
    ProgramId p = TestLedger.P2022;
    assertEquals(
        EntryId.of("payout:" + p.value() + ":V1:PAY-1"),
        PayoutApplier.entryIdFor(p, VendorId.of("V1"), "PAY-1"));
    String longRef = "R".repeat(128);
    EntryId hashed = PayoutApplier.entryIdFor(p, VendorId.of("V1"), longRef);
    assertTrue(hashed.value().startsWith("payout:sha256:"));
    assertEquals(hashed, PayoutApplier.entryIdFor(p, VendorId.of("V1"), longRef));
    assertTrue(
        !hashed.equals(PayoutApplier.entryIdFor(p, VendorId.of("V2"), longRef)),
        "another vendor's payout has another id");
  }
}
