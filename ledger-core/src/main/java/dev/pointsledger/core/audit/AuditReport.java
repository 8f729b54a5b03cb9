package dev.pointsledger.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of a full audit.
 *
 * @param chain the hash chain's verification
 * @param entriesReplayed how many entries were replayed
 * @param accountsChecked how many accounts' balances were compared with the store's
 * @param findings every broken invariant found, empty for a clean ledger
 */
public record AuditReport(
    ChainReport chain, long entriesReplayed, int accountsChecked, List<Finding> findings) {

  /**
   * Copies the findings.
   *
   * @param chain the hash chain's verification
   * @param entriesReplayed how many entries were replayed
   * @param accountsChecked how many accounts' balances were compared with the store's
   * @param findings every broken invariant found, empty for a clean ledger
   */
  public AuditReport {
    requireNonNull(chain, "chain");
    findings = ImmutableList.copyOf(findings);
  }

  /**
   * Whether the chain is whole and no invariant is broken.
   *
   * @return true for a clean ledger
   */
  public boolean clean() {
    return chain.intact() && findings.isEmpty();
  }

  /** The invariants an audit checks. */
  public enum Invariant {
    /** A bounded account went below zero at some entry. */
    BALANCE_NEVER_NEGATIVE,
    /** The store's balance differs from the sum of the account's postings. */
    BALANCE_EQUALS_POSTINGS,
    /** A manufacturer was granted more than the program's cap. */
    GRANT_WITHIN_CAP,
    /** A state record disagrees with the journal. */
    RECORD_MATCHES_JOURNAL,
    /** A contract's points exceed the points share of its price, or its price the market's. */
    CONTRACT_SPLIT,
    /** More points are claimed or reserved on a contract than it was bought with. */
    CLAIM_WITHIN_RESERVED
  }

  /**
   * One broken invariant.
   *
   * @param invariant which
   * @param sequence the entry it broke at, or the head for end-state checks
   * @param detail what was found
   */
  public record Finding(Invariant invariant, long sequence, String detail) {}
}
