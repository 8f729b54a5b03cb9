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
   * @param id the command's id
   * @param program the program it is listed in
   * @param solution the solution's id, the same in both programs
   * @param fromProgram the previous year's program; must be the policy's previous program
   * @param price the updated price in NTD
   * @param marketPrice the updated market price in NTD
   * @param actor who carries it over
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

  /**
   * A builder with a named setter for every field, so that two amounts cannot be swapped
   * unnoticed.
   *
   * @return a builder with no field set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CarryOverSolution}. Every setter refuses null with a {@link
   * NullPointerException};
   * every field must be set before {@link #build()}. What the rules check (amounts, dates,
   * eligibility) is left to the rules, which refuse with a code.
   */
  public static final class Builder extends SolutionCommandBuilder.Priced<Builder> {
    private ProgramId fromProgram;
    private String actor;

    private Builder() {
      super("CarryOverSolution");
    }

    /**
     * Sets the previous year's program.
     *
     * @param fromProgram the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder fromProgram(ProgramId fromProgram) {
      this.fromProgram = given(fromProgram, "fromProgram");
      return this;
    }

    /**
     * Sets who carries it over.
     *
     * @param actor the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder actor(String actor) {
      this.actor = given(actor, "actor");
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws NullPointerException naming the first required field that was not set
     * @throws IllegalArgumentException if a text is too long, holds a control character or a
     *     lone surrogate
     */
    public CarryOverSolution build() {
      return new CarryOverSolution(
          builtId(),
          builtProgram(),
          builtSolution(),
          set(fromProgram, "fromProgram"),
          builtPrice(),
          builtMarketPrice(),
          set(actor, "actor"));
    }
  }
}
