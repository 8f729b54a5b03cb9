package dev.pointsledger.core.testing;

import dev.pointsledger.core.audit.LedgerVerifier;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import dev.pointsledger.core.store.RawRecordVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A rogue administrator's edits of stored rows ({@link RawEntry}), for tests of the verifier: on
 * the in-memory store through {@code InMemoryLedgerStore.tamperWithStoredRows}, and to recompute
 * the hashes of rows changed with SQL.
 */
public final class StoredRows {
  private StoredRows() {}

  /** A row with other postings. */
  public static RawEntry withPostings(RawEntry e, List<RawPosting> postings) {
    return new RawEntry(
        e.sequence(), e.id(), e.type(), e.program(), e.businessDate(), e.recordedEpochSecond(),
        e.recordedNano(), postings, e.references(), e.records(), e.commandFingerprint(),
        e.previousHash(), e.hash(), e.problems());
  }

  /** A row with every amount multiplied: still balanced. */
  public static RawEntry scaled(RawEntry e, long factor) {
    List<RawPosting> postings = new ArrayList<>();
    for (RawPosting p : e.postings()) {
      postings.add(
          new RawPosting(p.program(), p.accountType(), p.holder(), p.contract(),
              p.amount() * factor));
    }
    return withPostings(e, postings);
  }

  /** A row with one reference changed. */
  public static RawEntry withReference(RawEntry e, String key, String value) {
    SortedMap<String, String> refs = new TreeMap<>(e.references());
    refs.put(key, value);
    return new RawEntry(
        e.sequence(), e.id(), e.type(), e.program(), e.businessDate(), e.recordedEpochSecond(),
        e.recordedNano(), e.postings(), refs, e.records(), e.commandFingerprint(),
        e.previousHash(), e.hash(), e.problems());
  }

  /** A row with another type tag. */
  public static RawEntry withType(RawEntry e, String type) {
    return new RawEntry(
        e.sequence(), e.id(), type, e.program(), e.businessDate(), e.recordedEpochSecond(),
        e.recordedNano(), e.postings(), e.references(), e.records(), e.commandFingerprint(),
        e.previousHash(), e.hash(), e.problems());
  }

  /** A row with another id. */
  public static RawEntry withId(RawEntry e, String id) {
    return new RawEntry(
        e.sequence(), id, e.type(), e.program(), e.businessDate(), e.recordedEpochSecond(),
        e.recordedNano(), e.postings(), e.references(), e.records(), e.commandFingerprint(),
        e.previousHash(), e.hash(), e.problems());
  }

  /** A row with its record versions changed. */
  public static RawEntry withRecords(RawEntry e, UnaryOperator<LedgerRecord> change) {
    List<RawRecordVersion> records = new ArrayList<>();
    for (RawRecordVersion v : e.records()) {
      LedgerRecord r = change.apply(v.decoded().orElseThrow());
      records.add(RawRecordVersion.of(r, r.toString()));
    }
    return new RawEntry(
        e.sequence(), e.id(), e.type(), e.program(), e.businessDate(), e.recordedEpochSecond(),
        e.recordedNano(), e.postings(), e.references(), records, e.commandFingerprint(),
        e.previousHash(), e.hash(), e.problems());
  }

  /** A row at another sequence number, chained to another previous hash, with a hash given. */
  public static RawEntry placed(RawEntry e, long sequence, byte[] previous, byte[] hash) {
    return new RawEntry(
        sequence, e.id(), e.type(), e.program(), e.businessDate(), e.recordedEpochSecond(),
        e.recordedNano(), e.postings(), e.references(), e.records(), e.commandFingerprint(),
        previous, hash, e.problems());
  }

  /**
   * Renumbers the rows from {@code from} (an index) on and recomputes every hash from there, as
   * an administrator who knows the format would: the chain is whole again.
   */
  public static List<RawEntry> resealFrom(List<RawEntry> rows, int from) {
    List<RawEntry> out = new ArrayList<>(rows.subList(0, from));
    byte[] previous = from == 0 ? EntryHash.GENESIS.toBytes() : rows.get(from - 1).hash();
    for (int i = from; i < rows.size(); i++) {
      RawEntry e = placed(rows.get(i), i + 1L, previous, new byte[32]);
      byte[] hash = hashOf(e).toBytes();
      out.add(placed(e, i + 1L, previous, hash));
      previous = hash;
    }
    return out;
  }

  /** The hash a row's content has. */
  public static EntryHash hashOf(RawEntry e) {
    return LedgerVerifier.contentHash(e).orElseThrow();
  }
}
