package dev.pointsledger.examples.export;

/**
 * The formats the command line's {@code export} writes the journal in, each by the core: JSON Lines
 * and CSV by {@link dev.pointsledger.core.finance.export.JournalExport}, hledger's by {@link
 * dev.pointsledger.core.audit.hledger.HledgerExport}.
 */
public enum JournalFormat {
  /** JSON Lines: one JSON object per entry and line, every field the entry's hash covers. */
  JSONL("jsonl"),
  /**
   * CSV (RFC 4180): a heading in the reader's language, then one row per posting, its account split
   * into type, holder and contract (one row for an entry without any).
   */
  CSV("csv"),
  /**
   * hledger's journal format ({@link dev.pointsledger.core.audit.hledger.HledgerExport}): one
   * transaction per entry, commodity {@code PTS}, a balance assertion after each posting.
   */
  HLEDGER("hledger");

  private final String extension;

  JournalFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file name extension.
   *
   * @return {@code jsonl}, {@code csv} or {@code hledger}
   */
  public String extension() {
    return extension;
  }
}
