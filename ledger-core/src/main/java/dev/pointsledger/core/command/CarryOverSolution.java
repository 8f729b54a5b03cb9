package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * Lists a solution that was listed in the previous year's program without a new review (R-V5);
 * the vendor only updates it (its price). The vendor must be registered in this program.
 *
 * @param id the command's id
 * @param program the program it is listed in
 * @param solution the solution's id, the same in both programs
 * @param fromProgram the previous year's program; must be the policy's previous program
 * @param price the updated price in NTD
 * @param marketPrice the updated market price in NTD
 * @param actor who carries it over
 */
public record CarryOverSolution(
    EntryId id,
    ProgramId program,
    SolutionId solution,
    ProgramId fromProgram,
    long price,
    long marketPrice,
    String actor)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public CarryOverSolution {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(solution, "solution");
    requireNonNull(fromProgram, "fromProgram");
    Texts.check(actor, "actor");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(solution.value())
        .add(fromProgram.value())
        .add(price)
        .add(marketPrice)
        .add(actor);
  }
}
