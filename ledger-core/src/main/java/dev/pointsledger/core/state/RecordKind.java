package dev.pointsledger.core.state;

/** The kinds of state record, each with its Java type. */
public enum RecordKind {
  /** A manufacturer's standing in a program. */
  MANUFACTURER(ManufacturerRecord.class),
  /** A purchase contract. */
  CONTRACT(ContractRecord.class),
  /** A vendor's claim. */
  CLAIM(ClaimRecord.class),
  /** A vendor registered in a program. */
  VENDOR(VendorRecord.class),
  /** A solution with its review history and listing. */
  SOLUTION(SolutionRecord.class);

  private final Class<? extends LedgerRecord> type;

  RecordKind(Class<? extends LedgerRecord> type) {
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
}
