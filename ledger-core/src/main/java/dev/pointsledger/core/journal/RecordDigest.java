package dev.pointsledger.core.journal;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.ProgramId;
import java.util.Comparator;

/**
 * The SHA-256 of one state record version written with an entry, in the record's canonical
 * encoding (docs/model.md, "The stored format"). An entry's hash covers the digest of every record
 * version it wrote, so a record changed in storage breaks the chain at the entry that wrote it.
 *
 * @param kind the record kind's tag ({@code MANUFACTURER}, {@code CONTRACT}, ...)
 * @param program the record's program
 * @param id the record's id within its kind and program
 * @param digest the SHA-256 of the record's canonical encoding
 */
public record RecordDigest(String kind, ProgramId program, String id, EntryHash digest)
    implements Comparable<RecordDigest> {

  private static final Comparator<RecordDigest> ORDER =
      Comparator.comparing(RecordDigest::kind)
          .thenComparing(RecordDigest::program)
          .thenComparing(RecordDigest::id);

  /**
   * Checks the parts are present.
   *
   * @param kind the record kind's tag ({@code MANUFACTURER}, {@code CONTRACT}, ...)
   * @param program the record's program
   * @param id the record's id within its kind and program
   * @param digest the SHA-256 of the record's canonical encoding
   */
  public RecordDigest {
    Ids.check(kind, "record kind");
    requireNonNull(program, "program");
    Ids.check(id, "record id");
    requireNonNull(digest, "digest");
  }

  /**
   * Whether two digests name the same record (kind, program and id), whatever their content.
   *
   * @param other the other digest
   * @return true for the same record
   */
  public boolean sameRecord(RecordDigest other) {
    return kind.equals(other.kind) && program.equals(other.program) && id.equals(other.id);
  }

  /** Orders by kind, program and id, comparing their UTF-16 code units (the hash's order). */
  @Override
  public int compareTo(RecordDigest o) {
    return ORDER.compare(this, o);
  }
}
