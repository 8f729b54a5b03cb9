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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entry as the rules decided it, before a store gives it its place in the journal.
 *
 * @param id the entry's id, which is the id of the command that made it
 * @param type what the entry records
 * @param program the program every posting belongs to
 * @param businessDate the business day (Asia/Taipei) the entry was made on
 * @param postings two or more postings to distinct accounts that sum to zero (none for a
 *     registry entry)
 * @param references what the entry is about (see {@link References})
 * @param records the digests of the state record versions written with the entry, sorted by
 *     kind, program and id, at most one per record
 * @param commandFingerprint the hash of the command's canonical content, for idempotency
 */
public record EntryDraft(
    EntryId id,
    EntryType type,
    ProgramId program,
    LocalDate businessDate,
    List<Posting> postings,
    Map<String, String> references,
    List<RecordDigest> records,
    EntryHash commandFingerprint) {

  /**
   * Checks double entry: a point entry has at least two postings, to distinct accounts of the
   * entry's program, summing to exactly zero; a registry entry has none.
   *
   * @param id the entry's id, which is the id of the command that made it
   * @param type what the entry records
   * @param program the program every posting belongs to
   * @param businessDate the business day (Asia/Taipei) the entry was made on
   * @param postings two or more postings to distinct accounts that sum to zero (none for a registry
   *     entry)
   * @param references what the entry is about (see {@link References})
   * @param records the digests of the state record versions written with the entry, sorted by kind,
   *     program and id, at most one per record
   * @param commandFingerprint the hash of the command's canonical content, for idempotency
   * @throws IllegalArgumentException if the postings do not balance
   */
  public EntryDraft {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(program, "program");
    requireNonNull(businessDate, "businessDate");
    postings = ImmutableList.copyOf(postings);
    references = ImmutableSortedMap.copyOf(references);
    records = sortedRecords(records);
    requireNonNull(commandFingerprint, "commandFingerprint");
    checkBalanced(type, program, postings);
  }

  /**
   * A draft that writes no state record.
   *
   * @param id the entry's id
   * @param type what the entry records
   * @param program the program
   * @param businessDate the business day
   * @param postings the postings
   * @param references the references
   * @param commandFingerprint the command's fingerprint
   * @throws IllegalArgumentException if the postings do not balance
   */
  public EntryDraft(
      EntryId id,
      EntryType type,
      ProgramId program,
      LocalDate businessDate,
      List<Posting> postings,
      Map<String, String> references,
      EntryHash commandFingerprint) {
    this(id, type, program, businessDate, postings, references, List.of(), commandFingerprint);
  }

  static List<RecordDigest> sortedRecords(List<RecordDigest> records) {
    List<RecordDigest> sorted =
        records instanceof ImmutableList<RecordDigest> given && isSorted(given)
            ? given
            : ImmutableList.sortedCopyOf(records);
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          !sorted.get(i).sameRecord(sorted.get(i - 1)),
          "record %s %s of program %s is written twice by one entry",
          sorted.get(i).kind(),
          sorted.get(i).id(),
          sorted.get(i).program());
    }
    return sorted;
  }

  /** Whether an immutable list is already in order, so that sealing a draft need not copy it. */
  private static boolean isSorted(ImmutableList<RecordDigest> records) {
    for (int i = 1; i < records.size(); i++) {
      if (records.get(i - 1).compareTo(records.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Up to this many postings, repeated accounts are found by comparing pairs. */
  private static final int FEW_POSTINGS = 8;

  private static boolean postedBefore(List<Posting> postings, int i) {
    AccountId account = postings.get(i).account();
    for (int j = 0; j < i; j++) {
      if (postings.get(j).account().equals(account)) {
        return true;
      }
    }
    return false;
  }

  static void checkBalanced(EntryType type, ProgramId program, List<Posting> postings) {
    if (!type.movesPoints()) {
      checkArgument(postings.isEmpty(), "a %s entry moves no points", type);
      return;
    }
    checkArgument(postings.size() >= 2, "an entry has at least two postings");
    long sum = 0;
    // Most entries have a handful of postings: comparing each with those before it is cheaper
    // than building a hash set for every entry (and again when it is sealed); settlements of many
    // claims get the set.
    Set<AccountId> seen =
        postings.size() > FEW_POSTINGS ? new HashSet<>(postings.size() * 2) : null;
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      AccountId account = p.account();
      checkArgument(
          account.program().equals(program), "posting %s is outside program %s", p, program);
      boolean repeated = seen != null ? !seen.add(account) : postedBefore(postings, i);
      checkArgument(!repeated, "account %s is posted twice", account);
      try {
        sum = Math.addExact(sum, p.amount());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("postings overflow as they are summed", e);
      }
    }
    checkArgument(sum == 0, "postings sum to %s, not zero", sum);
  }

  /**
   * Gives the draft its place in the journal and computes its hash.
   *
   * @param sequence the entry's position in the journal, from 1
   * @param recordedAt when the store recorded it
   * @param previousHash the hash of the entry at {@code sequence - 1}, or {@link
   *     EntryHash#GENESIS} for the first
   * @return the sealed entry
   */
  public JournalEntry seal(long sequence, Instant recordedAt, EntryHash previousHash) {
    return new JournalEntry(
        sequence,
        id,
        type,
        program,
        businessDate,
        recordedAt,
        postings,
        references,
        records,
        commandFingerprint,
        previousHash,
        JournalEntry.hashOf(sequence, recordedAt, this, previousHash));
  }
}
