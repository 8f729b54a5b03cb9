package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A payout file as read: its well-formed rows and its bad rows, each with its line, nothing
 * dropped.
 *
 * @param charset the charset it was decoded with
 * @param byteOrderMark whether it started with a byte order mark
 * @param rows the well-formed rows, in file order
 * @param badRows the rows that cannot be payouts, in file order
 */
public record PayoutFile(
    Charset charset, boolean byteOrderMark, List<PayoutRow> rows, List<BadRow> badRows) {
  /**
   * Copies the lists.
   *
   * @param charset the charset it was decoded with
   * @param byteOrderMark whether it started with a byte order mark
   * @param rows the well-formed rows, in file order
   * @param badRows the rows that cannot be payouts, in file order
   */
  public PayoutFile {
    requireNonNull(charset, "charset");
    rows = ImmutableList.copyOf(rows);
    badRows = ImmutableList.copyOf(badRows);
  }
}
