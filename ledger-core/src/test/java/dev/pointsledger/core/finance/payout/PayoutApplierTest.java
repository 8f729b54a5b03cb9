package dev.pointsledger.core.finance.payout;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayoutApplierTest {
  static final String FILE = FinanceScenario.PAYOUT_FILE;

  @Test
  void applyingTheSameFileTwice_writesNothingNew() throws IOException {
    FinanceScenario.applyingThePayoutFileTwice_writesOnce(FinanceScenario.build());
  }

  @Test
  void aFileWithABadRow_isNotAppliedAtAll() {
    TestLedger t = FinanceScenario.build();
    PayoutFile file = PayoutFileReaderTest.utf8(FILE + V2 + ",12.5,PAY-004,111/10/02\n");
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
    t.run(Fixtures.settle("by-hand", V2, "PAY-HAND", "CL2"));
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
        EntryId.of("payout:" + p.value() + ":" + V1 + ":PAY-1"),
        PayoutApplier.entryIdFor(p, VendorId.of(V1), "PAY-1"));
    String longRef = "R".repeat(128);
    EntryId hashed = PayoutApplier.entryIdFor(p, VendorId.of(V1), longRef);
    assertTrue(hashed.value().startsWith("payout:sha256:"));
    assertEquals(hashed, PayoutApplier.entryIdFor(p, VendorId.of(V1), longRef));
    assertTrue(
        !hashed.equals(PayoutApplier.entryIdFor(p, VendorId.of(V2), longRef)),
        "another vendor's payout has another id");
  }
}
