package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V3;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reverse;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.query.PurchaseTotals;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Finance's reports: points bought with, claimed, redeemed and paid, by the ten categories (R-V2)
 * and by vendor, leaving out cancelled and reversed contracts, as of any entry.
 */
class FinanceReportsTest {
  private TestLedger s;
  /** The head once every contract is bought, before any cancellation or claim. */
  private long bought;

  /**
   * Three vendors list five solutions; two manufacturers buy six contracts. C3 is cancelled and
   * C6 reversed; after the service ends, C1's claim is pending, C2's approved, C4's paid and
   * C5's rejected.
   */
  @BeforeEach
  void buyClaimAndPay() {
    s = TestLedger.of2022(MAY_2);
    for (String vendor : List.of(V1, V2, V3)) {
      s.registerVendor(P2022, vendor);
    }
    s.list(P2022, "S1", V1, SolutionCategory.PRODUCTION, 100_000, 3);
    s.list(P2022, "S2", V2, SolutionCategory.FLOOR_MACHINES, 60_001, 3);
    s.list(P2022, "S3", V1, SolutionCategory.MARKETING, 40_000, 3);
    s.list(P2022, "S4", V2, SolutionCategory.PRODUCTION, 30_000, 3);
    s.list(P2022, "S5", V3, SolutionCategory.FINANCE, 10_000, 3);
    s.run(s.grant(P2022, M1, 200_000));
    s.run(s.grant(P2022, M2, 200_000));
    s.run(s.purchase("C1", M1, "S1", 100_000, 50_000));
    s.run(s.purchase("C2", M2, "S2", 60_001, 30_000));
    s.run(s.purchase("C3", M1, "S3", 40_000, 20_000));
    s.run(s.purchase("C4", M2, "S4", 30_000, 15_000));
    s.run(s.purchase("C5", M1, "S4", 20_000, 10_000));
    String reservedC6 = s.run(s.purchase("C6", M2, "S2", 10_000, 5_000)).id().value();
    bought = s.head();
    s.run(cancel("cancel-C3", "C3"));
    s.run(reverse("reverse-C6", reservedC6));
    s.clock().setDay(LocalDate.of(2022, 9, 1));
    s.run(claim("claim-1", "CL1", "C1", V1, 50_000));
    s.run(claim("claim-2", "CL2", "C2", V2, 30_000));
    s.run(claim("claim-4", "CL4", "C4", V2, 15_000));
    s.run(claim("claim-5", "CL5", "C5", V2, 10_000));
    s.run(approve("approve-2", "CL2"));
    s.run(approve("approve-4", "CL4"));
    s.run(reject("reject-5", "CL5"));
    s.run(settle("settle-4", V2, "PAY-1", "CL4"));
  }

  @Test
  void pointsByCategory_listAllTenCategoriesInOrder_withTheirNumbersAndNames() {
    List<PurchaseTotals> rows = s.ledger().now().purchasesByCategory(P2022);

    assertEquals(10, rows.size());
    for (SolutionCategory category : SolutionCategory.values()) {
      String heading = rows.get(category.number() - 1).heading();
      assertTrue(heading.startsWith(category.number() + " "), heading);
      assertTrue(heading.contains(category.chineseName()), heading);
      assertTrue(heading.contains(category.englishName()), heading);
    }
  }

  @Test
  void pointsByCategory_countPendingApprovedAndPaidClaims_andLeaveOutCancelledAndReversed() {
    List<PurchaseTotals> rows = s.ledger().now().purchasesByCategory(P2022);

    String production = rows.get(0).heading();
    String machines = rows.get(6).heading();
    assertEquals(
        new PurchaseTotals(production, 3, 150_000, 75_000, 75_000, 50_000, 15_000, 15_000),
        rows.get(0));
    assertEquals(
        new PurchaseTotals(machines, 1, 60_001, 30_000, 30_001, 0, 30_000, 0), rows.get(6));
    for (int i : new int[] {1, 2, 3, 4, 5, 7, 8, 9}) {
      assertEquals(empty(rows.get(i).heading()), rows.get(i), rows.get(i).heading());
    }
  }

  @Test
  void pointsByVendor_listOnlyVendorsThatSold_withTheSameFigures() {
    List<PurchaseTotals> rows = s.ledger().now().purchasesByVendor(P2022);

    assertEquals(
        List.of(
            new PurchaseTotals(V1, 1, 100_000, 50_000, 50_000, 50_000, 0, 0),
            new PurchaseTotals(V2, 3, 110_001, 55_000, 55_001, 0, 45_000, 15_000)),
        rows);
  }

  @Test
  void theTwoReports_addUpToTheSameTotals() {
    assertEquals(
        sum(s.ledger().now().purchasesByCategory(P2022)), sum(s.ledger().now().purchasesByVendor(P2022)));
  }

  @Test
  void theReports_asOfAnEarlierEntry_showTheContractsAsTheyStoodThen() {
    List<PurchaseTotals> byCategory = s.ledger().asOf(bought).purchasesByCategory(P2022);

    PurchaseTotals marketing = byCategory.get(1);
    assertEquals(
        new PurchaseTotals(marketing.heading(), 1, 40_000, 20_000, 20_000, 0, 0, 0), marketing);
    assertEquals(
        List.of(
            new PurchaseTotals(V1, 2, 140_000, 70_000, 70_000, 0, 0, 0),
            new PurchaseTotals(V2, 4, 120_001, 60_000, 60_001, 0, 0, 0)),
        s.ledger().asOf(bought).purchasesByVendor(P2022));
    assertEquals(
        List.of(),
        s.ledger().asOf(1).purchasesByVendor(P2022),
        "nothing was bought when the program was defined");
    assertEquals(
        RejectionCode.UNKNOWN_PROGRAM,
        assertThrows(
                LedgerRejectedException.class, () -> s.ledger().asOf(0).purchasesByVendor(P2022))
            .code(),
        "before its definition, the program is unknown");
  }

  @Test
  void theWholeScenario_leavesAnIntactChainAndACleanAudit() {
    assertTrue(s.ledger().verify().clean());
    assertTrue(s.ledger().verify().clean(), () -> s.ledger().verify().toText());
  }

  @Test
  void theReports_refuseAnUnknownProgramAndAnEntryBeyondTheJournal() {
    ProgramId unknown = ProgramId.of("no-such-program");
    long beyond = s.head() + 1;

    assertRejected(RejectionCode.UNKNOWN_PROGRAM, () -> s.ledger().asOf(0).purchasesByCategory(unknown));
    assertRejected(RejectionCode.UNKNOWN_PROGRAM, () -> s.ledger().asOf(0).purchasesByVendor(unknown));
    assertRejected(RejectionCode.SEQUENCE_OUT_OF_RANGE, () -> s.ledger().asOf(beyond).purchasesByCategory(P2022));
    assertRejected(RejectionCode.SEQUENCE_OUT_OF_RANGE, () -> s.ledger().asOf(-1).purchasesByVendor(P2022));
  }

  private static void assertRejected(RejectionCode expected, Executable query) {
    assertEquals(expected, assertThrows(LedgerRejectedException.class, query).code());
  }

  private static PurchaseTotals empty(String heading) {
    return new PurchaseTotals(heading, 0, 0, 0, 0, 0, 0, 0);
  }

  private static PurchaseTotals sum(List<PurchaseTotals> rows) {
    PurchaseTotals total = empty("total");
    for (PurchaseTotals r : rows) {
      total =
          new PurchaseTotals(
              "total",
              total.contracts() + r.contracts(),
              total.price() + r.price(),
              total.points() + r.points(),
              total.ownPart() + r.ownPart(),
              total.claimed() + r.claimed(),
              total.redeemed() + r.redeemed(),
              total.paid() + r.paid());
    }
    return total;
  }

  @Test
  void reports_overContractsAtTheHighestPrice_addUpExactly() {
    long top = ProgramPolicy.MAX_PRICE;
    TestLedger big =
        TestLedger.with(
            MAY_2,
            TestLedger.program2022(
                p -> p.maxPrice(top).grantCap(ProgramPolicy.MAX_GRANT_CAP)));
    big.registerVendor(P2022, V1);
    big.list(P2022, "S1", V1, SolutionCategory.PRODUCTION, top, 3);
    for (int i = 1; i <= 3; i++) {
      String manufacturer = Fixtures.businessNumber(5, i);
      big.run(big.grant(P2022, manufacturer, top / 2));
      big.run(big.purchase("C" + i, manufacturer, "S1", top, top / 2));
    }
    big.refused(
        big.purchase("C9", M1, "S1", top + 1, 1), RejectionCode.AMOUNT_ABOVE_LIMIT);

    PurchaseTotals production = big.ledger().now().purchasesByCategory(P2022).get(0);
    assertEquals(3, production.contracts());
    assertEquals(3 * top, production.price());
    assertEquals(3 * (top / 2), production.points());
    assertEquals(3 * (top - top / 2), production.ownPart());
    assertEquals(List.of(production.price()), List.of(
        big.ledger().now().purchasesByVendor(P2022).get(0).price()));
  }
}
