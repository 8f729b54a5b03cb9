package dev.pointsledger.core.finance;

import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.pointsledger.core.StoreOf;
import dev.pointsledger.core.finance.Discrepancy.Check;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A journal that no longer ties out: the report says where and by how much. */
class DiscrepancyTest {
  private final TestLedger t = FinanceScenario.build();

  private ReconciliationReport forged(UnaryOperator<JournalEntry> forge) {
    ForgedJournal store = new ForgedJournal(StoreOf.storeOf(t.ledger()), forge);
    return Reconciliation.of(
        JournalSource.of(store, store.headSequence()), TestLedger.P2022, DateRange.all());
  }

  static JournalEntry retyped(JournalEntry e, EntryType type) {
    return new JournalEntry(
        e.sequence(),
        e.id(),
        type,
        e.program(),
        e.businessDate(),
        e.recordedAt(),
        e.postings(),
        e.references(),
        e.records(),
        e.commandFingerprint(),
        e.previousHash(),
        e.hash());
  }

  private static JournalEntry withReferences(JournalEntry e, Map<String, String> references) {
    return new JournalEntry(
        e.sequence(),
        e.id(),
        e.type(),
        e.program(),
        e.businessDate(),
        e.recordedAt(),
        e.postings(),
        references,
        e.records(),
        e.commandFingerprint(),
        e.previousHash(),
        e.hash());
  }

  private static Discrepancy find(ReconciliationReport r, Check check, String where) {
    return r.discrepancies().stream()
        .filter(d -> d.check() == check && d.where().equals(where))
        .findFirst()
        .orElseThrow(() -> new AssertionError(check + " at " + where + " in " + r.discrepancies()));
  }

  /** The scenario's journal with M2's grant retyped as a lapse, reconciled. */
  static ReconciliationReport m2GrantRetypedAsALapse(TestLedger t) {
    long m2Grant = m2Grant(t);
    ForgedJournal store =
        new ForgedJournal(
            StoreOf.storeOf(t.ledger()),
            e -> e.sequence() == m2Grant ? retyped(e, EntryType.LAPSE) : e);
    return Reconciliation.of(
        JournalSource.of(store, store.headSequence()), TestLedger.P2022, DateRange.all());
  }

  private static long m2Grant(TestLedger t) {
    return t.ledger().now().entries(1, 1000).stream()
        .filter(e -> e.type() == EntryType.GRANT)
        .filter(e -> M2.equals(e.references().get(References.MANUFACTURER)))
        .findFirst()
        .orElseThrow()
        .sequence();
  }

  @Test
  void aGrantRetypedAsALapse_breaksTheTieOut_atThePool_andNamesTheEntry() {
    long m2Grant = m2Grant(t);
    ReconciliationReport r = m2GrantRetypedAsALapse(t);
    assertFalse(r.tiesOut());
    Discrepancy pool = find(r, Check.POOL_IS_MINUS_ISSUED, "closing pool");
    assertEquals(-200_000, pool.expected());
    assertEquals(-300_000, pool.actual());
    assertEquals(-100_000, pool.difference());
    Discrepancy accounted = find(r, Check.ISSUED_IS_ACCOUNTED_FOR, "closing");
    assertEquals(200_000, accounted.expected());
    assertEquals(300_000, accounted.actual());
    assertEquals(100_000, accounted.difference());
    Discrepancy m2 = find(r, Check.MANUFACTURER_POINTS_ADD_UP, "manufacturer " + M2);
    assertEquals(0, m2.expected());
    assertEquals(100_000, m2.difference());
    assertTrue(
        r.discrepancies().stream()
            .anyMatch(
                d ->
                    d.check() == Check.POSTINGS_EXPLAINED
                        && d.entries().stream().anyMatch(x -> x.sequence() == m2Grant)),
        () -> r.discrepancies().toString());
    assertTrue(
        r.discrepancies().stream().anyMatch(d -> d.check() == Check.BALANCE_MATCHES_MOVEMENTS));
    assertEquals(
        300_000,
        r.totals().closing().accounted(),
        "every posting is still counted in the balances: no point is lost");
  }

  @Test
  void aSettlementWhoseClaimsDoNotAddUp_isReported_andItsPointsStayWithTheVendor() {
    ReconciliationReport r =
        forged(
            e -> {
              if (e.type() != EntryType.SETTLE) {
                return e;
              }
              Map<String, String> refs = new TreeMap<>(e.references());
              refs.put(References.settles(1), "CL2");
              return withReferences(e, ImmutableMap.copyOf(refs));
            });
    assertFalse(r.tiesOut());
    List<Discrepancy> unexplained =
        r.discrepancies().stream().filter(d -> d.check() == Check.POSTINGS_EXPLAINED).toList();
    assertEquals(1, unexplained.size(), () -> r.discrepancies().toString());
    assertEquals(30_000, unexplained.get(0).actual());
    assertEquals(30_000, ReconciliationTest.vendor(r, V1).period().settled());
    assertEquals(30_000, r.totals().period().settled());
  }

  @Test
  void anHonestJournal_hasNoDiscrepancy() {
    assertTrue(forged(UnaryOperator.identity()).tiesOut());
  }
}
