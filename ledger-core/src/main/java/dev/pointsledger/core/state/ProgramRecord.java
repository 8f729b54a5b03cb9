package dev.pointsledger.core.state;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.program.Program;

/**
 * A program as it was defined, written once by its {@code PROGRAM_DEFINED} entry: the entry's hash
 * covers this record's digest, and so the program's name and every setting of its policy. A
 * program's policy never changes once defined.
 *
 * @param program the program
 * @param definedBy the entry that defined it
 */
public record ProgramRecord(Program program, EntryId definedBy) implements LedgerRecord {
  /**
   * Checks the parts are present.
   *
   * @param program the program
   * @param definedBy the entry that defined it
   */
  public ProgramRecord {
    requireNonNull(program, "program");
    requireNonNull(definedBy, "definedBy");
  }

  @Override
  public RecordKey key() {
    return RecordKey.program(program.id());
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    program.describeTo(d);
    d.add(definedBy.value());
  }
}
