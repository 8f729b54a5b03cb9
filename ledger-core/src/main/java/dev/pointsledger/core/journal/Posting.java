package dev.pointsledger.core.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;

/**
 * One line of an entry: points added to (positive) or taken from (negative) one account.
 *
 * @param account the account
 * @param amount the change in points, never zero
 */
public record Posting(AccountId account, long amount) {
  /**
   * Checks the posting moves something.
   *
   * @param account the account
   * @param amount the change in points, never zero
   * @throws IllegalArgumentException if the amount is zero or {@link Long#MIN_VALUE}
   */
  public Posting {
    requireNonNull(account, "account");
    checkArgument(amount != 0, "a posting moves a non-zero amount");
    checkArgument(amount != Long.MIN_VALUE, "a posting's amount must be negatable");
  }

  /**
   * The same posting with the opposite sign, for reversals.
   *
   * @return the negated posting
   */
  public Posting negate() {
    return new Posting(account, -amount);
  }
}
