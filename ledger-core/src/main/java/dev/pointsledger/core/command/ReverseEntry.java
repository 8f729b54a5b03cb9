package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * Corrects an earlier entry booked in error by a new entry with every posting negated. Grants,
 * reservations (while nothing is claimed) and settlements (a payout that bounced) can be reversed,
 * each at most once and never below a zero balance; after the program's end a reversed
 * reservation's points lapse instead of returning to the unused points. A lapse is final.
 *
 * @param id the command's id
 * @param program the program
 * @param target the entry to reverse
 * @param reason why, for the record
 */
public record ReverseEntry(EntryId id, ProgramId program, EntryId target, String reason)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @param id the command's id
   * @param program the program
   * @param target the entry to reverse
   * @param reason why, for the record
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public ReverseEntry {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(target, "target");
    Texts.check(reason, "reason");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(target.value()).add(reason);
  }
}
