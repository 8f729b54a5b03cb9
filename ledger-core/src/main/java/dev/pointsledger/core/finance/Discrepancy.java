package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A figure that does not tie out: which check, where, what was expected, what was found, and the
 * entries that explain it when they are known.
 *
 * @param check the identity that failed
 * @param where the line or moment it failed at, such as {@code closing} or {@code vendor V1}
 * @param expected what the identity expects
 * @param actual what the journal holds
 * @param entries the entries behind it, when one or a few entries are the cause
 */
public record Discrepancy(
    Check check, String where, long expected, long actual, List<EntryRef> entries) {

  /** The identities a reconciliation checks. */
  public enum Check {
    /** The pool's balance is minus the points issued. */
    POOL_IS_MINUS_ISSUED,
    /** issued = available + reserved + claimed + payable + paid + lapsed. */
    ISSUED_IS_ACCOUNTED_FOR,
    /** An account type's balance is what its movements imply. */
    BALANCE_MATCHES_MOVEMENTS,
    /** A manufacturer's granted = available + reserved + claimed + redeemed + lapsed. */
    MANUFACTURER_POINTS_ADD_UP,
    /** A vendor's approved, unpaid points are its payable balance. */
    OUTSTANDING_IS_PAYABLE,
    /** A vendor's settled points are its paid balance. */
    SETTLED_IS_PAID,
    /** Every posting of an entry belongs to a movement its type makes. */
    POSTINGS_EXPLAINED
  }

  /**
   * Checks the parts.
   *
   * @param check the identity that failed
   * @param where the line or moment it failed at
   * @param expected what the identity expects
   * @param actual what the journal holds
   * @param entries the entries behind it, when known
   */
  public Discrepancy {
    requireNonNull(check, "check");
    requireNonNull(where, "where");
    entries = ImmutableList.copyOf(entries);
  }

  /**
   * By how much it is off: {@code actual - expected}.
   *
   * @return the difference
   */
  public long difference() {
    return Math.subtractExact(actual, expected);
  }
}
