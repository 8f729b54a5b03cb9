package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * After the program's end, moves all of a manufacturer's unused points back out of use (to its
 * lapsed account, balanced by the pool).
 *
 * @param id the command's id
 * @param program the program
 * @param manufacturer the manufacturer
 */
public record LapsePoints(EntryId id, ProgramId program, ManufacturerId manufacturer)
    implements Command {

  /**
   * Checks every field is present.
   *
   * @param id the command's id
   * @param program the program
   * @param manufacturer the manufacturer
   */
  public LapsePoints {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(manufacturer, "manufacturer");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(manufacturer.value());
  }
}
