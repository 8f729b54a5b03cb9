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
  public static final class Builder {
    private EntryId id;
    private ProgramId program;
    private SolutionId solution;
    private ProgramId fromProgram;
    private Long price;
    private Long marketPrice;
    private String actor;

    private Builder() {}

    /**
     * Sets the command's id (the idempotency key).
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder id(EntryId id) {
      this.id = Required.given(id, "CarryOverSolution", "id");
      return this;
    }

    /**
     * Sets the program it is listed in.
     *
     * @param program the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder program(ProgramId program) {
      this.program = Required.given(program, "CarryOverSolution", "program");
      return this;
    }

    /**
     * Sets the solution's id, the same in both programs.
     *
     * @param solution the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder solution(SolutionId solution) {
      this.solution = Required.given(solution, "CarryOverSolution", "solution");
      return this;
    }

    /**
     * Sets the previous year's program.
     *
     * @param fromProgram the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder fromProgram(ProgramId fromProgram) {
      this.fromProgram = Required.given(fromProgram, "CarryOverSolution", "fromProgram");
      return this;
    }

    /**
     * Sets the updated price in NTD.
     *
     * @param price the value
     * @return this builder
     */
    public Builder price(long price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the updated market price in NTD.
     *
     * @param marketPrice the value
     * @return this builder
     */
    public Builder marketPrice(long marketPrice) {
      this.marketPrice = marketPrice;
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
      this.actor = Required.given(actor, "CarryOverSolution", "actor");
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
          Required.set(id, "CarryOverSolution", "id"),
          Required.set(program, "CarryOverSolution", "program"),
          Required.set(solution, "CarryOverSolution", "solution"),
          Required.set(fromProgram, "CarryOverSolution", "fromProgram"),
          Required.set(price, "CarryOverSolution", "price"),
          Required.set(marketPrice, "CarryOverSolution", "marketPrice"),
          Required.set(actor, "CarryOverSolution", "actor"));
    }
  }
}
