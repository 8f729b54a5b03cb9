package dev.pointsledger.core.finance;

import dev.pointsledger.core.account.AccountType;
import java.util.Optional;

/**
 * A kind of movement of points: from one type of account to another. Every posting of a point entry
 * belongs to exactly one movement, so the movements of an entry add up to its postings and no point
 * is lost between them. A reversal is the same measure with a negative amount.
 */
public enum Measure {
  /** Points issued to a manufacturer: the pool to its available points (R-D2). */
  GRANTED(AccountType.PROGRAM_POOL, AccountType.AVAILABLE),
  /** Points reserved on a purchase contract: available to reserved (R-P1). */
  RESERVED(AccountType.AVAILABLE, AccountType.RESERVED),
  /** Reserved points given back (a cancellation, an approved claim's unclaimed rest). */
  RELEASED(AccountType.RESERVED, AccountType.AVAILABLE),
  /** Reserved points given back after the program's end, which lapse at once. */
  RELEASED_LAPSED(AccountType.RESERVED, AccountType.LAPSED),
  /** Points claimed by the vendor (核銷): reserved to claimed (R-P3). */
  CLAIMED(AccountType.RESERVED, AccountType.CLAIMED),
  /** Claimed points approved: claimed to the vendor's payable. */
  APPROVED(AccountType.CLAIMED, AccountType.PAYABLE),
  /** Claimed points rejected: claimed back to reserved. */
  REJECTED(AccountType.CLAIMED, AccountType.RESERVED),
  /** Approved points paid out: the vendor's payable to paid. */
  SETTLED(AccountType.PAYABLE, AccountType.PAID),
  /** Unused points lapsed after the program's end: available to lapsed. */
  LAPSED(AccountType.AVAILABLE, AccountType.LAPSED);

  private final AccountType from;
  private final AccountType to;

  Measure(AccountType from, AccountType to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The type of account the points leave.
   *
   * @return the account type debited
   */
  public AccountType from() {
    return from;
  }

  /**
   * The type of account the points go to.
   *
   * @return the account type credited
   */
  public AccountType to() {
    return to;
  }

  /**
   * The measure moving points from one type of account to another.
   *
   * @param from the type debited
   * @param to the type credited
   * @return the measure, or empty if no rule moves points that way
   */
  public static Optional<Measure> between(AccountType from, AccountType to) {
    for (Measure m : values()) {
      if (m.from == from && m.to == to) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
