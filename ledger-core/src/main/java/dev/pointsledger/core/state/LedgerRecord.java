package dev.pointsledger.core.state;

import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.journal.RecordDigest;

/** A state record kept in step with the journal; see the package documentation. */
public sealed interface LedgerRecord permits ManufacturerRecord,
        ContractRecord,
        ClaimRecord,
        VendorRecord,
        SolutionRecord,
        ProgramRecord,
        InvoiceRecord {
  /** The first field of every record digest: the version of the record encoding. */
  String DIGEST_FORMAT = "points-ledger/record/v1";

  /**
   * The record's key.
   *
   * @return the key
   */
  RecordKey key();

  /**
   * Adds every field of the record to a digest, in the order docs/model.md ("The stored format")
   * gives for its kind; enums as their tags.
   *
   * @param digest the digest
   */
  void describeTo(CanonicalDigest digest);

  /**
   * The digest an entry's hash covers for this record version: SHA-256 of {@link
   * #DIGEST_FORMAT}, the kind's tag, then {@link #describeTo}.
   *
   * @return the digest, named by the record's key
   */
  default RecordDigest digest() {
    RecordKey key = key();
    CanonicalDigest d = CanonicalDigest.start().add(DIGEST_FORMAT).add(key.kind().tag());
    describeTo(d);
    return new RecordDigest(key.kind().tag(), key.program(), key.id(), d.finish());
  }
}
