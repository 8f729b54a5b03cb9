package dev.pointsledger.core.audit;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.audit.AuditReport.Finding;
import dev.pointsledger.core.audit.AuditReport.Invariant;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.LedgerStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replays a store's whole journal and checks every invariant; see the package documentation. */
public final class LedgerAudit {
  private static final int PAGE = 10_000;

  private LedgerAudit() {}

  /**
   * Audits a store as of its head.
   *
   * @param store the store
   * @return the report; {@link AuditReport#clean()} for a sound ledger
   */
  public static AuditReport audit(LedgerStore store) {
    requireNonNull(store, "store");
    ChainReport chain = ChainVerifier.verify(store);
    long head = chain.head().sequence();
    List<Finding> findings = new ArrayList<>();
    Map<AccountId, Long> balances = new HashMap<>();
    Map<RecordKey, Long> granted = new HashMap<>();
    Map<EntryId, JournalEntry> grants = new HashMap<>();
    long replayed = 0;
    for (long from = 1; from <= head; from += PAGE) {
      for (JournalEntry e : store.entries(from, (int) Math.min(PAGE, head - from + 1))) {
        replayed++;
        for (Posting p : e.postings()) {
          long after = balances.merge(p.account(), p.amount(), Math::addExact);
          if (after < 0 && p.account().type().nonNegative()) {
            findings.add(
                new Finding(
                    Invariant.BALANCE_NEVER_NEGATIVE,
                    e.sequence(),
                    p.account() + " went to " + after + " at entry " + e.id()));
          }
        }
        trackGrants(store, e, grants, granted, findings);
      }
    }
    for (Map.Entry<AccountId, Long> b : balances.entrySet()) {
      long stored = store.balance(b.getKey(), head);
      if (stored != b.getValue()) {
        findings.add(
            new Finding(
                Invariant.BALANCE_EQUALS_POSTINGS,
                head,
                b.getKey() + ": store says " + stored + ", postings sum to " + b.getValue()));
      }
    }
    for (Program program : store.programs()) {
      checkRecords(store, program, head, granted, balances, findings);
    }
    return new AuditReport(chain, replayed, balances.size(), findings);
  }

  private static void trackGrants(
      LedgerStore store,
      JournalEntry e,
      Map<EntryId, JournalEntry> grants,
      Map<RecordKey, Long> granted,
      List<Finding> findings) {
    JournalEntry grant = null;
    long sign = 1;
    if (e.type() == EntryType.GRANT) {
      grant = e;
      grants.put(e.id(), e);
    } else if (e.type() == EntryType.REVERSE) {
      grant = grants.get(EntryId.of(e.references().get(References.REVERSES)));
      sign = -1;
    }
    if (grant == null) {
      return;
    }
    ManufacturerId m = ManufacturerId.of(grant.references().get(References.MANUFACTURER));
    long amount = grant.amountFor(AccountId.available(grant.program(), m));
    long total =
        granted.merge(RecordKey.manufacturer(grant.program(), m), sign * amount, Math::addExact);
    long cap = store.program(grant.program()).map(p -> p.policy().grantCap()).orElse(0L);
    if (total > cap) {
      findings.add(
          new Finding(
              Invariant.GRANT_WITHIN_CAP,
              e.sequence(),
              "manufacturer " + m + " granted " + total + ", cap " + cap));
    }
  }

  private static void checkRecords(
      LedgerStore store,
      Program program,
      long head,
      Map<RecordKey, Long> granted,
      Map<AccountId, Long> balances,
      List<Finding> findings) {
    ProgramId pid = program.id();
    ProgramPolicy policy = program.policy();
    for (LedgerRecord r : store.records(RecordKind.MANUFACTURER, pid, head)) {
      ManufacturerRecord m = (ManufacturerRecord) r;
      long replayed = granted.getOrDefault(m.key(), 0L);
      if (m.granted() != replayed) {
        findings.add(
            new Finding(
                Invariant.RECORD_MATCHES_JOURNAL,
                head,
                "manufacturer " + m.manufacturer() + " record says granted " + m.granted()
                    + ", the journal " + replayed));
      }
    }
    for (LedgerRecord r : store.records(RecordKind.CONTRACT, pid, head)) {
      ContractRecord c = (ContractRecord) r;
      if (c.points() > policy.maxPointsFor(c.price()) || c.price() > c.marketPrice()) {
        findings.add(
            new Finding(
                Invariant.CONTRACT_SPLIT,
                head,
                "contract " + c.id() + ": " + c.points() + " points on price " + c.price()
                    + " (market " + c.marketPrice() + ")"));
      }
      long onContract =
          balances.getOrDefault(AccountId.reserved(pid, c.manufacturer(), c.id()), 0L)
              + balances.getOrDefault(AccountId.claimed(pid, c.manufacturer(), c.id()), 0L);
      if (onContract > c.points()) {
        findings.add(
            new Finding(
                Invariant.CLAIM_WITHIN_RESERVED,
                head,
                "contract " + c.id() + " holds " + onContract + " points, bought with "
                    + c.points()));
      }
    }
    for (LedgerRecord r : store.records(RecordKind.CLAIM, pid, head)) {
      ClaimRecord claim = (ClaimRecord) r;
      store
          .record(RecordKey.contract(pid, claim.contract()), ContractRecord.class, head)
          .filter(c -> claim.amount() > c.points())
          .ifPresent(
              c ->
                  findings.add(
                      new Finding(
                          Invariant.CLAIM_WITHIN_RESERVED,
                          head,
                          "claim " + claim.id() + " for " + claim.amount() + " exceeds contract "
                              + c.id() + "'s " + c.points() + " points")));
    }
  }
}
