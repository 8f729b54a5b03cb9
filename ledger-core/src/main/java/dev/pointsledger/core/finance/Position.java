package dev.pointsledger.core.finance;

/**
 * A program's points at one moment (the end of the day before the range, or the end of its last
 * day), from the postings themselves, and the points issued, from the grants and their reversals.
 * They tie out when {@code issued = available + reserved + claimed + payable + paid + lapsed} and
 * {@code pool = -issued}.
 *
 * @param issued points issued: grants minus reversed grants
 * @param pool the pool's balance
 * @param available manufacturers' unused points
 * @param reserved points reserved on contracts
 * @param claimed points under pending claims
 * @param payable approved points not yet paid
 * @param paid points paid out
 * @param lapsed points lapsed
 */
public record Position(
    long issued,
    long pool,
    long available,
    long reserved,
    long claimed,
    long payable,
    long paid,
    long lapsed) {

  /**
   * Where the issued points are: {@code available + reserved + claimed + payable + paid + lapsed}.
   *
   * @return their sum
   */
  public long accounted() {
    long sum = Math.addExact(available, reserved);
    sum = Math.addExact(sum, claimed);
    sum = Math.addExact(sum, payable);
    sum = Math.addExact(sum, paid);
    return Math.addExact(sum, lapsed);
  }

  /**
   * Whether the position ties out: every issued point is accounted for and the pool is minus the
   * points issued.
   *
   * @return true if both identities hold
   */
  public boolean tiesOut() {
    return issued == accounted() && pool == Math.negateExact(issued);
  }
}
