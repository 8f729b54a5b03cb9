package dev.pointsledger.core.store;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stored journal row with its postings and record versions, undecoded: the fields exactly as
 * the store keeps them, for a verifier that trusts nothing ({@link LedgerStore#rawEntries}). Text
 * fields may be null and hashes of any length when the row was damaged; {@code problems} says
 * what the store could not read at all (a reference column that is not a JSON object of strings,
 * a timestamp out of range). A store never throws on a damaged row: it hands it over like this.
 *
 * @param sequence the stored sequence number
 * @param id the entry id
 * @param type the entry type's tag
 * @param program the program id
 * @param businessDate the business date, null if unreadable
 * @param recordedEpochSecond the recorded instant's epoch second
 * @param recordedNano the recorded instant's nanosecond
 * @param postings the postings in their stored order
 * @param references the references, sorted by key
 * @param records the record versions stamped with this sequence number
 * @param commandFingerprint the stored command fingerprint
 * @param previousHash the stored previous hash
 * @param hash the stored hash
 * @param problems what could not be read, empty for a readable row
 */
public record RawEntry(
    long sequence,
    String id,
    String type,
    String program,
    LocalDate businessDate,
    long recordedEpochSecond,
    int recordedNano,
    List<RawPosting> postings,
    SortedMap<String, String> references,
    List<RawRecordVersion> records,
    byte[] commandFingerprint,
    byte[] previousHash,
    byte[] hash,
    List<String> problems) {

  /**
   * Copies the lists.
   *
   * @param sequence the stored sequence number
   * @param id the entry id
   * @param type the entry type's tag
   * @param program the program id
   * @param businessDate the business date, null if unreadable
   * @param recordedEpochSecond the recorded instant's epoch second
   * @param recordedNano the recorded instant's nanosecond
   * @param postings the postings in their stored order
   * @param references the references, sorted by key
   * @param records the record versions stamped with this sequence number
   * @param commandFingerprint the stored command fingerprint
   * @param previousHash the stored previous hash
   * @param hash the stored hash
   * @param problems what could not be read, empty for a readable row
   */
  public RawEntry {
    postings = ImmutableList.copyOf(postings);
    records = ImmutableList.copyOf(records);
    problems = ImmutableList.copyOf(problems);
  }

  /**
   * The raw form of a decoded entry, as a store that keeps decoded entries hands it out.
   *
   * @param e the entry
   * @param records the record versions written with it, with their bodies
   * @return the raw entry
   */
  public static RawEntry of(JournalEntry e, List<RawRecordVersion> records) {
    List<RawPosting> postings = new ArrayList<>(e.postings().size());
    for (Posting p : e.postings()) {
      postings.add(
          new RawPosting(
              p.account().program().value(),
              p.account().type().tag(),
              p.account().holder(),
              p.account().contract(),
              p.amount()));
    }
    return new RawEntry(
        e.sequence(),
        e.id().value(),
        e.type().tag(),
        e.program().value(),
        e.businessDate(),
        e.recordedAt().getEpochSecond(),
        e.recordedAt().getNano(),
        postings,
        new TreeMap<>(e.references()),
        records,
        e.commandFingerprint().toBytes(),
        e.previousHash().toBytes(),
        e.hash().toBytes(),
        List.of());
  }
}
