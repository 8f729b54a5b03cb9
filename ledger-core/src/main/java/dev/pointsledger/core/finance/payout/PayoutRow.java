package dev.pointsledger.core.finance.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.VendorId;
import java.time.LocalDate;
import java.util.List;

/**
 * A well-formed row of a payout file: one payout the office made.
 *
 * @param line the 1-based line the row starts on
 * @param vendor the vendor paid, by its tax id (統一編號)
 * @param amount the NTD paid, positive (1 point pays NTD 1)
 * @param reference the payout's reference (a bank transfer id)
 * @param date the payout's date
 * @param claims the claims it pays, if the file names them
 * @param fields the row's fields as read
 */
public record PayoutRow(
    long line,
    VendorId vendor,
    long amount,
    String reference,
    LocalDate date,
    List<ClaimId> claims,
    List<String> fields) {
  /**
   * Checks the parts.
   *
   * @param line the 1-based line the row starts on
   * @param vendor the vendor paid
   * @param amount the NTD paid, positive
   * @param reference the payout's reference
   * @param date the payout's date
   * @param claims the claims it pays, if the file names them
   * @param fields the row's fields as read
   * @throws IllegalArgumentException if the line or the amount is not positive
   */
  public PayoutRow {
    checkArgument(line >= 1, "lines start at 1: %s", line);
    requireNonNull(vendor, "vendor");
    checkArgument(amount > 0, "a payout pays a positive amount: %s", amount);
    requireNonNull(reference, "reference");
    requireNonNull(date, "date");
    claims = ImmutableList.copyOf(claims);
    fields = ImmutableList.copyOf(fields);
  }
}
