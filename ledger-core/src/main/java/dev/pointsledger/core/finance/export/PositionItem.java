package dev.pointsledger.core.finance.export;

/** The rows of a reconciliation's {@code position} table. */
public enum PositionItem {
  /** Points issued: grants minus reversed grants. */
  ISSUED,
  /** The pool's balance: minus the points issued. */
  POOL,
  /** Manufacturers' unused points. */
  AVAILABLE,
  /** Points reserved on contracts. */
  RESERVED,
  /** Points under pending claims. */
  CLAIMED,
  /** Approved points not yet paid. */
  PAYABLE,
  /** Points paid out. */
  PAID,
  /** Points lapsed. */
  LAPSED,
  /** available + reserved + claimed + payable + paid + lapsed: equal to the points issued. */
  ACCOUNTED
}
