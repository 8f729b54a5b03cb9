package dev.pointsledger.core.finance;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static final ProgramId P = TestLedger.P2022;

  private final TestLedger t = FinanceScenario.build();

  private ReconciliationReport all() {
    return Reconciliation.of(JournalSource.now(t.ledger()), P, DateRange.all());
  }

  @Test
  void theWholeProgram_tiesOut_withTheFiguresWorkedOutByHand() {
    ReconciliationReport r = all();
    assertTrue(r.tiesOut(), () -> r.discrepancies().toString());
    Position close = r.totals().closing();
    assertEquals(new Position(300_000, -300_000, 245_000, 1_000, 9_000, 15_000, 30_000, 0), close);
    assertTrue(close.tiesOut());
    Figures p = r.totals().period();
    assertEquals(300_000, p.granted());
    assertEquals(65_000, p.reserved());
    assertEquals(10_000, p.released());
    assertEquals(64_000, p.claimed());
    assertEquals(45_000, p.approved());
    assertEquals(10_000, p.rejected());
    assertEquals(30_000, p.settled());
    assertEquals(new Position(0, 0, 0, 0, 0, 0, 0, 0), r.totals().opening());
  }

  @Test
  void theFigures_agreeWithTheLedgersOwnBalances() {
    ReconciliationReport r = all();
    var view = t.ledger().now();
    for (VendorLine v : r.vendors()) {
      var balances = view.vendor(P, v.vendor());
      assertEquals(balances.payable(), v.payable(), v.vendor().value());
      assertEquals(balances.paid(), v.paid(), v.vendor().value());
      assertEquals(balances.payable(), v.outstanding(), v.vendor().value());
    }
    for (ManufacturerLine m : r.manufacturers()) {
      var balances = view.manufacturer(P, m.manufacturer());
      assertEquals(balances.granted(), m.granted());
      assertEquals(balances.available(), m.available());
      assertEquals(balances.reserved(), m.reserved());
      assertEquals(balances.claimed(), m.claimed());
      assertEquals(balances.redeemed(), m.used());
      assertEquals(balances.lapsed(), m.lapsed());
      assertTrue(m.addsUp());
    }
  }

  @Test
  void vendorsAndContracts_eachShowReservedClaimedApprovedRejectedSettledAndOutstanding() {
    ReconciliationReport r = all();
    VendorLine v1 = vendor(r, V1);
    assertEquals("Vendor " + V1, v1.name());
    assertEquals(40_000, v1.period().reserved());
    assertEquals(49_000, v1.period().claimed());
    assertEquals(30_000, v1.period().approved());
    assertEquals(10_000, v1.period().rejected());
    assertEquals(30_000, v1.period().settled());
    assertEquals(0, v1.outstanding());
    VendorLine v2 = vendor(r, V2);
    assertEquals(25_000, v2.period().reserved());
    assertEquals(10_000, v2.period().released());
    assertEquals(15_000, v2.outstanding());
    ContractLine c3 = contract(r, "C3");
    assertEquals(ManufacturerId.of(M2), c3.manufacturer().orElseThrow());
    assertEquals(VendorId.of(V1), c3.vendor().orElseThrow());
    assertEquals(SolutionCategory.PRODUCTION, c3.category().orElseThrow());
    assertEquals(20_001, c3.price());
    assertEquals(10_001, c3.ownPart(), "the manufacturer's own part (自籌款)");
    assertEquals(19_000, c3.period().claimed());
    assertEquals(10_000, c3.period().rejected());
    assertEquals(0, c3.period().approved());
    ContractLine c1 = contract(r, "C1");
    assertEquals(30_000, c1.period().settled());
    assertEquals(0, c1.outstanding());
    assertEquals(15_000, contract(r, "C2").outstanding());
  }

  @Test
  void allTenCategories_areListed_inTheBriefingsOrder() {
    ReconciliationReport r = all();
    assertEquals(10, r.categories().size());
    assertEquals(
        List.of(SolutionCategory.values()),
        r.categories().stream().map(CategoryLine::category).toList());
    CategoryLine production = r.categories().get(0);
    assertEquals(40_000, production.period().reserved());
    CategoryLine machines = r.categories().get(6);
    assertEquals(SolutionCategory.FLOOR_MACHINES, machines.category());
    assertEquals(25_000, machines.period().reserved());
    assertEquals(15_000, machines.outstanding());
    assertEquals(0, r.categories().get(4).period().reserved());
  }

  @Test
  void aRange_countsOnlyItsDays_andOpensWithThePositionTheDayBefore() {
    ReconciliationReport sep =
        Reconciliation.of(
            JournalSource.now(t.ledger()),
            P,
            DateRange.of(FinanceScenario.SEP_1, FinanceScenario.SEP_1.plusDays(29)));
    assertTrue(sep.tiesOut(), () -> sep.discrepancies().toString());
    Position open = sep.totals().opening();
    assertEquals(300_000, open.issued());
    assertEquals(60_000, open.reserved());
    assertEquals(0, sep.totals().period().granted());
    assertEquals(0, sep.totals().period().reserved());
    assertEquals(64_000, sep.totals().period().claimed());
    assertEquals(0, sep.totals().period().settled());
    assertEquals(45_000, sep.totals().closing().payable());
    assertEquals(45_000, vendor(sep, V1).outstanding() + vendor(sep, V2).outstanding());
  }

  @Test
  void aViewAsOfAnEarlierEntry_reconcilesAsTheLedgerStoodThen() {
    long beforeSettlement = t.head() - 1;
    ReconciliationReport then =
        Reconciliation.of(JournalSource.asOf(t.ledger(), beforeSettlement), P, DateRange.all());
    assertTrue(then.tiesOut());
    assertEquals(beforeSettlement, then.asOf());
    assertEquals(0, then.totals().closing().paid());
    assertEquals(45_000, then.totals().closing().payable());
  }

  @Test
  void everyFigure_isTheSumOfTheMovementsItTracesTo() {
    JournalSource source = JournalSource.now(t.ledger());
    ReconciliationReport r = Reconciliation.of(source, P, DateRange.all());
    for (VendorLine v : r.vendors()) {
      List<Movement> behind =
          Reconciliation.trace(source, P, DateRange.all(), Dimension.VENDOR, v.vendor().value());
      assertEquals(v.trace().movements(), behind.size());
      assertEquals(v.trace().firstSequence(), behind.get(0).sequence());
      assertEquals(v.trace().lastSequence(), behind.get(behind.size() - 1).sequence());
      for (Measure m : Measure.values()) {
        long sum = behind.stream().filter(x -> x.measure() == m).mapToLong(Movement::amount).sum();
        assertEquals(v.period().of(m), sum, v.vendor() + " " + m);
      }
      for (Movement x : behind) {
        assertEquals(
            x.entry(), t.ledger().now().entries(x.sequence(), 1).get(0).id(), "id and sequence");
      }
    }
    for (ContractLine c : r.contracts()) {
      List<Movement> behind =
          Reconciliation.trace(
              source, P, DateRange.all(), Dimension.CONTRACT, c.contract().value());
      for (Measure m : Measure.values()) {
        long sum = behind.stream().filter(x -> x.measure() == m).mapToLong(Movement::amount).sum();
        assertEquals(c.period().of(m), sum, c.contract() + " " + m);
      }
    }
  }

  @Test
  void aReversedSettlement_countsNegative_andTheClaimIsOutstandingAgain() {
    t.run(Fixtures.reverse("rev-s1", "s1"));
    ReconciliationReport r = all();
    assertTrue(r.tiesOut(), () -> r.discrepancies().toString());
    assertEquals(0, r.totals().period().settled());
    assertEquals(30_000, vendor(r, V1).outstanding());
    assertEquals(30_000, contract(r, "C1").outstanding());
    assertEquals(45_000, r.totals().closing().payable());
  }

  @Test
  void reversedGrantsAndReservations_countNegative_andStillTieOut() {
    TestLedger may = TestLedger.ready2022();
    JournalEntry grant = may.run(may.grant(P, M3, 50_000));
    JournalEntry reservation = may.run(may.purchase("C5", M1, "S-" + V1, 10_000, 5_000));
    may.run(Fixtures.reverse("rev-grant", grant.id().value()));
    may.run(Fixtures.reverse("rev-reserve", reservation.id().value()));
    ReconciliationReport r = Reconciliation.of(JournalSource.now(may.ledger()), P, DateRange.all());
    assertTrue(r.tiesOut(), () -> r.discrepancies().toString());
    assertEquals(200_000, r.totals().closing().issued());
    assertEquals(200_000, r.totals().closing().available());
    assertEquals(0, r.totals().period().reserved());
    ContractLine c5 = contract(r, "C5");
    assertEquals(0, c5.period().reserved());
    assertEquals(2, c5.trace().movements());
    ManufacturerLine m3 =
        r.manufacturers().stream()
            .filter(m -> m.manufacturer().value().equals(M3))
            .findFirst()
            .orElseThrow();
    assertEquals(0, m3.granted());
    assertTrue(m3.addsUp());
  }

  @Test
  void anUnknownProgram_isRefused() {
    assertEquals(
        RejectionCode.UNKNOWN_PROGRAM,
        assertThrows(
                LedgerRejectedException.class,
                () ->
                    Reconciliation.of(
                        JournalSource.now(t.ledger()), ProgramId.of("nowhere"), DateRange.all()))
            .code());
  }

  @Test
  void anEmptyProgram_tiesOutAtZero() {
    TestLedger empty = TestLedger.of2022(TestLedger.MAY_2);
    ReconciliationReport r =
        Reconciliation.of(JournalSource.now(empty.ledger()), P, DateRange.all());
    assertTrue(r.tiesOut());
    assertEquals(0, r.totals().closing().issued());
    assertFalse(r.categories().isEmpty());
    assertTrue(r.vendors().isEmpty());
  }

  static VendorLine vendor(ReconciliationReport r, String id) {
    return r.vendors().stream()
        .filter(v -> v.vendor().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static ContractLine contract(ReconciliationReport r, String id) {
    return r.contracts().stream()
        .filter(c -> c.contract().equals(ContractId.of(id)))
        .findFirst()
        .orElseThrow();
  }
}
