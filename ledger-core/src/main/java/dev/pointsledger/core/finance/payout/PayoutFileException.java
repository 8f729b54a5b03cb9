package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

/**
 * A payout file that cannot be read at all: bytes its named charset cannot decode, a byte order
 * mark of another charset, a quote never closed, a file too large. Nothing of it is matched or
 * applied. (A file that reads but has bad rows is not this: its rows are reported one by one, see
 * {@link BadRow}.)
 *
 * <p>It is not a {@link dev.pointsledger.core.error.LedgerException}: the ledger was never
 * consulted; the file is the caller's input and must be fixed or named with another charset.
 */
public final class PayoutFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a file cannot be read. */
  public enum Reason {
    /** Bytes the named charset cannot decode. */
    UNDECODABLE,
    /** A byte order mark of another charset than the one named. */
    BYTE_ORDER_MARK_MISMATCH,
    /** Not CSV: a quoted field never closed, or another syntax error. */
    MALFORMED_CSV,
    /** Larger than {@link PayoutFileReader#MAX_BYTES}. */
    TOO_LARGE
  }

  /** Why the file cannot be read. */
  private final Reason reason;

  /** The 1-based line of the problem, 0 if it is not on a line. */
  private final long line;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param line the 1-based line the problem is on, 0 if it is not on a line
   * @param message what is wrong and what to do, for a person
   */
  public PayoutFileException(Reason reason, long line, String message) {
    super(message);
    this.reason = requireNonNull(reason, "reason");
    this.line = line;
  }

  /**
   * Why the file cannot be read.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The line the problem is on.
   *
   * @return the 1-based line, 0 if it is not on a line
   */
  public long line() {
    return line;
  }
}
