package dev.pointsledger.core.state;

/** Where a contract stands. */
public enum ContractStatus {
  /** Points reserved; no claim under review. */
  ACTIVE,
  /** The vendor's claim is under review. */
  CLAIM_PENDING,
  /** A claim was approved; the contract is done and any unclaimed rest was released. */
  CLOSED,
  /** Cancelled before its end; its points went back to the manufacturer. */
  CANCELLED,
  /** Its reservation was reversed as booked in error. */
  REVERSED
}
