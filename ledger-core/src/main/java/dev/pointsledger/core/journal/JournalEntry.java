package dev.pointsledger.core.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable, balanced entry of the journal, in its place in the hash chain.
 *
 * <p>{@link #hash()} is the SHA-256 of the canonical form of every other component, including
 * {@link #previousHash()}: changing, removing or inserting any entry breaks the chain from there
 * on, which {@link #hashIsValid()} and the audit package detect.
 *
 * @param sequence the entry's position in the journal, from 1, without gaps
 * @param id the entry's id, which is the id of the command that made it
 * @param type what the entry records
 * @param program the program every posting belongs to
 * @param businessDate the business day (Asia/Taipei) the entry was made on
 * @param recordedAt when the store recorded it
 * @param postings two or more postings to distinct accounts that sum to zero (none for a
 *     registry entry)
 * @param references what the entry is about (see {@link References})
 * @param records the digests of the state record versions written with the entry, sorted
 * @param commandFingerprint the hash of the command's canonical content, for idempotency
 * @param previousHash the hash of the entry before, {@link EntryHash#GENESIS} for the first
 * @param hash this entry's hash
 */
public record JournalEntry(
    long sequence,
    EntryId id,
    EntryType type,
    ProgramId program,
    LocalDate businessDate,
    Instant recordedAt,
    List<Posting> postings,
    Map<String, String> references,
    List<RecordDigest> records,
    EntryHash commandFingerprint,
    EntryHash previousHash,
    EntryHash hash) {

  /**
   * Checks the entry balances; does not recompute the hash (see {@link #hashIsValid()}), so that a
   * tampered entry read back from storage can still be looked at.
   *
   * @param sequence the entry's position in the journal, from 1, without gaps
   * @param id the entry's id, which is the id of the command that made it
   * @param type what the entry records
   * @param program the program every posting belongs to
   * @param businessDate the business day (Asia/Taipei) the entry was made on
   * @param recordedAt when the store recorded it
   * @param postings two or more postings to distinct accounts that sum to zero (none for a registry
   *     entry)
   * @param references what the entry is about (see {@link References})
   * @param records the digests of the state record versions written with the entry, sorted
   * @param commandFingerprint the hash of the command's canonical content, for idempotency
   * @param previousHash the hash of the entry before, {@link EntryHash#GENESIS} for the first
   * @param hash this entry's hash
   * @throws IllegalArgumentException if the sequence is not positive or the postings do not
   *     balance
   */
  public JournalEntry {
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(program, "program");
    requireNonNull(businessDate, "businessDate");
    requireNonNull(recordedAt, "recordedAt");
    postings = ImmutableList.copyOf(postings);
    references = ImmutableSortedMap.copyOf(references);
    records = EntryDraft.sortedRecords(records);
    requireNonNull(commandFingerprint, "commandFingerprint");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    EntryDraft.checkBalanced(type, program, postings);
  }

  /**
   * Whether {@link #hash()} is the hash of this entry's content and previous hash.
   *
   * @return true if the entry is as it was sealed
   */
  public boolean hashIsValid() {
    return hash.equals(hashOf(sequence, recordedAt, draft(), previousHash));
  }

  /**
   * The entry as the rules decided it, without its place in the journal.
   *
   * @return the draft this entry was sealed from
   */
  public EntryDraft draft() {
    return new EntryDraft(
        id, type, program, businessDate, postings, references, records, commandFingerprint);
  }

  /**
   * The amount posted to an account by this entry.
   *
   * @param account the account
   * @return the signed amount, or 0 if the entry does not touch the account
   */
  public long amountFor(AccountId account) {
    for (Posting p : postings) {
      if (p.account().equals(account)) {
        return p.amount();
      }
    }
    return 0;
  }

  /**
   * A reference of the entry.
   *
   * @param key the reference's key (see {@link References})
   * @return its value, if the entry has it
   */
  public Optional<String> reference(String key) {
    return Optional.ofNullable(references.get(key));
  }

  /** The first field of every entry's hash: the version of the encoding below. */
  public static final String HASH_FORMAT = "points-ledger/entry/v2";

  /**
   * The entry hash, in the canonical encoding that docs/model.md ("The stored format") describes
   * byte for byte: the format tag, the sequence number, the id, the type's tag, the program, the
   * business day, the recorded instant, the postings, the references sorted by key, the record
   * digests sorted by kind, program and id, the command's fingerprint and the previous hash.
   */
  static EntryHash hashOf(
      long sequence, Instant recordedAt, EntryDraft draft, EntryHash previousHash) {
    CanonicalDigest d = CanonicalDigest.start();
    d.add(HASH_FORMAT)
        .add(sequence)
        .add(draft.id().value())
        .add(draft.type().tag())
        .add(draft.program().value())
        .add(draft.businessDate())
        .add(recordedAt.getEpochSecond())
        .add(recordedAt.getNano())
        .add(draft.postings().size());
    for (Posting p : draft.postings()) {
      AccountId a = p.account();
      d.add(a.type().tag()).add(a.holder()).add(a.contract()).add(p.amount());
    }
    d.add(draft.references().size());
    for (Map.Entry<String, String> r : draft.references().entrySet()) {
      d.add(r.getKey()).add(r.getValue());
    }
    d.add(draft.records().size());
    for (RecordDigest r : draft.records()) {
      d.add(r.kind()).add(r.program().value()).add(r.id()).add(r.digest());
    }
    return d.add(draft.commandFingerprint()).add(previousHash).finish();
  }
}
