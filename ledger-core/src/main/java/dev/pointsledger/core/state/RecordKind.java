package dev.pointsledger.core.state;

import dev.pointsledger.core.id.StableTag;

/** The kinds of state record, each with its Java type. */
public enum RecordKind implements StableTag {
  /** A manufacturer's standing in a program. */
  MANUFACTURER("MANUFACTURER", ManufacturerRecord.class),
  /** A purchase contract. */
  CONTRACT("CONTRACT", ContractRecord.class),
  /** A vendor's claim. */
  CLAIM("CLAIM", ClaimRecord.class),
  /** A vendor registered in a program. */
  VENDOR("VENDOR", VendorRecord.class),
  /** A solution with its review history and listing. */
  SOLUTION("SOLUTION", SolutionRecord.class),
  /** A program and its policy, as defined (one version, never changed). */
  PROGRAM("PROGRAM", ProgramRecord.class),
  /** Which claim an invoice backs in a program, so that one invoice backs one live claim. */
  INVOICE("INVOICE", InvoiceRecord.class);

  private final String tag;

  private final Class<? extends LedgerRecord> type;

  RecordKind(String tag, Class<? extends LedgerRecord> type) {
    this.tag = tag;
    this.type = type;
  }

  /**
   * The Java type of records of this kind.
   *
   * @return the record class
   */
  public Class<? extends LedgerRecord> type() {
    return type;
  }

  /**
   * The constant's tag in the stored format (hashes, fingerprints, stored rows); it stays when
   * the constant is renamed.
   *
   * @return the tag
   */
  @Override
  public String tag() {
    return tag;
  }

  /**
   * The constant with a tag.
   *
   * @param tag the tag
   * @return the constant
   * @throws IllegalArgumentException if no constant has that tag
   */
  public static RecordKind fromTag(String tag) {
    return StableTag.fromTag(RecordKind.class, tag);
  }
}
