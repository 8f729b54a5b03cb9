package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_END;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.state.InvoiceRecord;
import dev.pointsledger.core.supply.VendorProfile;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Taiwanese identifiers a command names: business numbers, business items, invoices. */
class IdentifierRulesTest {

  @Nested
  class BusinessNumbers {
    private final TestLedger t = TestLedger.of2022(MAY_2);

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567", "M-1", "２２０９９１３１", "10000003"})
    void aGrant_toAnIdThatIsNoValidBusinessNumber_isRefusedInvalidBusinessNumber(String id) {
      Rejection r = t.refused(t.grant(P2022, id, 1_000), RejectionCode.INVALID_BUSINESS_NUMBER);
      assertTrue(r.message(Locale.ENGLISH).contains(id), r::toString);
      assertTrue(r.message(Locale.TAIWAN).contains("統一編號"), () -> r.message(Locale.TAIWAN));
    }

    @Test
    void theRefusal_saysWhatIsWrongWithTheNumber() {
      assertEquals(
          "INVALID_BUSINESS_NUMBER.length",
          t.refused(t.grant(P2022, "1234567", 1), RejectionCode.INVALID_BUSINESS_NUMBER).key());
      assertEquals(
          "INVALID_BUSINESS_NUMBER.digits",
          t.refused(t.grant(P2022, "1234567X", 1), RejectionCode.INVALID_BUSINESS_NUMBER).key());
      assertEquals(
          "INVALID_BUSINESS_NUMBER.check",
          t.refused(t.grant(P2022, "12345678", 1), RejectionCode.INVALID_BUSINESS_NUMBER).key());
    }

    @Test
    void aRegistration_ofAVendorWithAnInvalidBusinessNumber_isRefused() {
      Rejection r =
          t.refused(
              t.registration(P2022, "V-1", VendorProfile.qualifiedSoftwareHouse()),
              RejectionCode.INVALID_BUSINESS_NUMBER);
      assertEquals(
          "vendor V-1 is not a valid Unified Business Number: it has 3 characters, eight digits"
              + " are required",
          r.message(Locale.ENGLISH));
      assertEquals("資服業者V-1不是有效的統一編號：長度為3個字元，須為八位數字", r.message(Locale.TAIWAN));
    }

    @Test
    void validNumbers_areAccepted_includingOnesValidOnlySince2023() {
      t.run(t.grant(P2022, "04595252", 1_000)); // sum 35: divisible by 5, not by 10
      t.run(t.grant(P2022, "10458574", 1_000)); // seventh digit 7: sum 29, 29 + 1 = 30
      t.registerVendor(P2022, "22099131");
    }

    @Test
    void aProgramNotRequiringThem_acceptsAnyWellFormedId() {
      TestLedger lax =
          TestLedger.with(MAY_2, TestLedger.program2022(p -> p.requireValidBusinessNumbers(false)));
      lax.run(lax.grant(P2022, "M-1", 1_000));
      lax.registerVendor(P2022, "V-1");
    }
  }

  @Nested
  class BusinessItems {
    private final TestLedger t = TestLedger.of2022(MAY_2);

    @Test
    void aVendorDeclaringAMalformedBusinessItem_isRefusedInvalidBusinessItem() {
      VendorProfile profile =
          new VendorProfile(
              Set.of("I301010", "i301020", "資訊軟體服務業"),
              5_000_000,
              false,
              false,
              true,
              false,
              false,
              false);
      Rejection r =
          t.refused(t.registration(P2022, V1, profile), RejectionCode.INVALID_BUSINESS_ITEM);
      assertTrue(r.message(Locale.ENGLISH).contains("i301020"), r::toString);
      assertTrue(r.message(Locale.ENGLISH).contains("資訊軟體服務業"), r::toString);
      assertTrue(!r.message(Locale.ENGLISH).contains("I301010, "), r::toString);
    }
  }

  @Nested
  class Invoices {
    private final TestLedger t = TestLedger.of2022(MAY_2).listSolutions(V1, V2);
    private final DocumentRef invoice = DocumentRef.invoice("AB12345678");

    Invoices() {
      t.run(
          grant("g1", M1, 200_000),
          reserve("r1", "C1", M1, V1, 60_000, 30_000),
          reserve("r2", "C2", M1, V2, 20_000, 10_000),
          reserve("r3", "C3", M1, V1, 20_000, 10_000));
      t.today(SERVICE_END.plusDays(1));
    }

    private FileClaim withInvoice(
        String id, String claim, String contract, String vendor, long points) {
      return claim(id, claim, contract, vendor, points, List.of(invoice));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB-12345678", "ab12345678", "AB1234567", "INV-1", "ＡＢ１２３４５６７８"})
    void aClaimWithAnInvoiceOfAnotherForm_isRefusedInvalidInvoiceNumber(String number) {
      t.refused(
          claim("k1", "CL1", "C1", V1, 30_000, List.of(DocumentRef.invoice(number))),
          RejectionCode.INVALID_INVOICE_NUMBER);
    }

    @Test
    void anInvoiceKindInAnyCase_isCheckedAsAnInvoice() {
      t.refused(
          claim("k1", "CL1", "C1", V1, 30_000, List.of(new DocumentRef(" Invoice", "1"))),
          RejectionCode.INVALID_INVOICE_NUMBER);
      t.run(
          claim("k2", "CL2", "C1", V1, 30_000, List.of(new DocumentRef("INVOICE", "AB12345678"))));
      t.refused(withInvoice("k3", "CL3", "C3", V1, 10_000), RejectionCode.INVOICE_ALREADY_CLAIMED);
    }

    @Test
    void otherDocuments_keepTheirOwnForms() {
      t.run(
          claim(
              "k1",
              "CL1",
              "C1",
              V1,
              30_000,
              List.of(invoice, new DocumentRef("contract", "C-2022-0001"))));
    }

    @Test
    void oneInvoice_cannotBackASecondClaimWhileTheFirstIsPendingApprovedOrSettled() {
      t.run(withInvoice("k1", "CL1", "C1", V1, 30_000));
      Rejection pending =
          t.refused(
              withInvoice("k2", "CL2", "C3", V1, 10_000), RejectionCode.INVOICE_ALREADY_CLAIMED);
      assertEquals(
          "invoice AB12345678 already backs claim CL1 (pending) of program"
              + " industrial-pavilion-2022; an invoice backs one live claim, file it again only"
              + " after that claim is rejected",
          pending.message(Locale.ENGLISH));
      assertTrue(pending.message(Locale.TAIWAN).contains("審查中"), pending::toString);
      // another vendor's claim naming the same invoice is refused as well
      t.refused(withInvoice("k3", "CL3", "C2", V2, 10_000), RejectionCode.INVOICE_ALREADY_CLAIMED);
      t.run(approve("a1", "CL1"));
      t.refused(withInvoice("k4", "CL4", "C3", V1, 10_000), RejectionCode.INVOICE_ALREADY_CLAIMED);
      t.run(settle("s1", V1, "PAY-1", "CL1"));
      t.refused(withInvoice("k5", "CL5", "C3", V1, 10_000), RejectionCode.INVOICE_ALREADY_CLAIMED);
    }

    @Test
    void aRejectedClaimsInvoice_mayBeFiledAgain_andThenBacksTheNewClaim() {
      t.run(withInvoice("k1", "CL1", "C1", V1, 30_000));
      t.run(reject("x1", "CL1"));
      t.run(withInvoice("k2", "CL2", "C1", V1, 30_000));
      InvoiceRecord record = t.ledger().now().invoice(P2022, "AB12345678").orElseThrow();
      assertEquals(ClaimId.of("CL2"), record.claim());
      assertEquals(
          ClaimId.of("CL1"),
          t.ledger().asOf(t.head() - 2).invoice(P2022, "AB12345678").orElseThrow().claim());
      t.refused(withInvoice("k3", "CL3", "C3", V1, 10_000), RejectionCode.INVOICE_ALREADY_CLAIMED);
    }

    @Test
    void oneClaimNamingTheSameInvoiceTwice_isRefusedDuplicateItem() {
      t.refused(
          claim(
              "k1",
              "CL1",
              "C1",
              V1,
              30_000,
              List.of(invoice, new DocumentRef("Invoice", "AB12345678"))),
          RejectionCode.DUPLICATE_ITEM);
    }

    @Test
    void aRefusedClaim_leavesItsInvoiceFree() {
      t.refused(withInvoice("k1", "CL1", "C1", V1, 30_001), RejectionCode.CLAIM_EXCEEDS_RESERVED);
      t.run(withInvoice("k2", "CL2", "C1", V1, 30_000));
    }
  }
}
