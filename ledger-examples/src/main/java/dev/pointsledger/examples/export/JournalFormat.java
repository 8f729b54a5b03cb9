package dev.pointsledger.examples.export;

/** The formats {@link JournalExport} writes. */
public enum JournalFormat {
  /** JSON Lines: one JSON object per entry and line, every field of the entry. */
  JSONL("jsonl"),
  /** CSV (RFC 4180): a header, then one row per posting (one row for an entry without any). */
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
   * @return {@code jsonl} or {@code csv}
   */
  public String extension() {
    return extension;
  }
}
