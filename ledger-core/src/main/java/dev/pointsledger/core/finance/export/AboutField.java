package dev.pointsledger.core.finance.export;

import java.util.Locale;

/** What a report is about: the fields of its {@code about} table (and JSON object). */
public enum AboutField {
  /** The report's name. */
  REPORT,
  /** The program's id. */
  PROGRAM,
  /** The program's name. */
  PROGRAM_NAME,
  /** The first business date covered. */
  FROM,
  /** The last business date covered. */
  TO,
  /** The sequence number of the last entry read. */
  AS_OF,
  /** Whether every identity held. */
  TIES_OUT,
  /** How many discrepancies. */
  DISCREPANCIES,
  /** The charset a payout file was read in. */
  CHARSET,
  /** How many payouts a file holds. */
  PAYOUTS,
  /** How many payouts matched. */
  MATCHED,
  /** How many bad rows a file holds. */
  BAD_ROWS,
  /** How many approved claims are unpaid. */
  UNPAID_CLAIMS;

  /**
   * The field's key in JSON: its name in lower case.
   *
   * @return the key, such as {@code as_of}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
