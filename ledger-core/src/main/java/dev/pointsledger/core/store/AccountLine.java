package dev.pointsledger.core.store;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.EntryType;
import java.time.LocalDate;

/**
 * One posting to an account, as a line of the account's history.
 *
 * @param sequence the entry's sequence number
 * @param entry the entry's id
 * @param type the entry's type
 * @param businessDate the entry's business day
 * @param amount the posting's signed amount
 * @param runningBalance the account's balance after this posting
 */
public record AccountLine(
    long sequence,
    EntryId entry,
    EntryType type,
    LocalDate businessDate,
    long amount,
    long runningBalance) {
  /**
   * Checks the parts are present.
   *
   * @param sequence the entry's sequence number
   * @param entry the entry's id
   * @param type the entry's type
   * @param businessDate the entry's business day
   * @param amount the posting's signed amount
   * @param runningBalance the account's balance after this posting
   */
  public AccountLine {
    requireNonNull(entry, "entry");
    requireNonNull(type, "type");
    requireNonNull(businessDate, "businessDate");
  }
}
