package dev.pointsledger.core.state;

/** A state record kept in step with the journal; see the package documentation. */
public sealed interface LedgerRecord permits ManufacturerRecord,
        ContractRecord,
        ClaimRecord,
        VendorRecord,
        SolutionRecord {
  /**
   * The record's key.
   *
   * @return the key
   */
  RecordKey key();
}
