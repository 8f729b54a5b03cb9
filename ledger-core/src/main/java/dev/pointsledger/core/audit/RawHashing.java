package dev.pointsledger.core.audit;

import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import java.util.List;
import java.util.Map;

/**
 * An entry's hash recomputed from its stored fields alone, in the canonical encoding of
 * docs/model.md ("The stored format"): the same bytes {@link JournalEntry#hashIsValid()} hashes,
 * taken from the raw row rather than from a decoded entry, so that a row the decoder would refuse
 * (an unbalanced entry, an unknown account type) still has its hash checked.
 */
final class RawHashing {
  private RawHashing() {}

  /**
   * The hash of a row.
   *
   * @param e the row; its business date must be readable
   * @param records the digests of its record versions, sorted by kind, program and id
   * @param previousHash the previous hash as stored (32 bytes)
   * @param fingerprint the command fingerprint as stored (32 bytes)
   */
  static EntryHash hash(
      RawEntry e, List<RecordDigest> records, EntryHash previousHash, EntryHash fingerprint) {
    CanonicalDigest d = CanonicalDigest.start();
    d.add(JournalEntry.HASH_FORMAT)
        .add(e.sequence())
        .add(e.id())
        .add(e.type())
        .add(e.program())
        .add(e.businessDate())
        .add(e.recordedEpochSecond())
        .add(e.recordedNano())
        .add(e.postings().size());
    for (RawPosting p : e.postings()) {
      d.add(p.accountType()).add(p.holder()).add(p.contract()).add(p.amount());
    }
    d.add(e.references().size());
    for (Map.Entry<String, String> r : e.references().entrySet()) {
      d.add(r.getKey()).add(r.getValue());
    }
    d.add(records.size());
    for (RecordDigest r : records) {
      d.add(r.kind()).add(r.program().value()).add(r.id()).add(r.digest());
    }
    return d.add(fingerprint).add(previousHash).finish();
  }
}
