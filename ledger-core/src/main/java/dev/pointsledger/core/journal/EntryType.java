package dev.pointsledger.core.journal;

/** What an entry records; each command makes entries of exactly one type. */
public enum EntryType {
  /** Pool to a manufacturer's available points (R-D1..R-D4). */
  GRANT,
  /** Available points to a contract's reserved points, on purchase (R-P1, R-V3, R-V4). */
  RESERVE,
  /** A cancelled contract's reserved points back to available. */
  CANCEL,
  /** A vendor's claim: reserved points to claimed, after the contract ends (R-P3, R-P4). */
  CLAIM,
  /** An approved claim: claimed points to the vendor's payable; any unclaimed rest released. */
  APPROVE,
  /** A rejected claim: claimed points back to reserved, so the vendor may claim again. */
  REJECT,
  /** A payout: a vendor's payable to paid, with the payout's reference. */
  SETTLE,
  /** A manufacturer's unused points to lapsed, after the program's end. */
  LAPSE,
  /** The exact opposite of an earlier entry, which it names. */
  REVERSE
}
