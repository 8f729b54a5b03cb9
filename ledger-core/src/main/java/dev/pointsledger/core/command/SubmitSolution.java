package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.supply.SolutionCategory;

/**
 * A registered vendor submits a solution for review, within the application window (R-V5), in
 * one of the ten categories (R-V2), at a price not above the market price (R-V3), for a term of
 * at least the policy's minimum (R-V4).
 *
 * @param id the command's id
 * @param program the program
 * @param solution the new solution's id, unique in the program
 * @param vendor the vendor
 * @param name the solution's name
 * @param category its category
 * @param price the vendor's price in NTD
 * @param marketPrice the market price in NTD
 * @param minimumTermMonths the shortest service it is sold for, in months
 */
public record SubmitSolution(
    EntryId id,
    ProgramId program,
    SolutionId solution,
    VendorId vendor,
    String name,
    SolutionCategory category,
    long price,
    long marketPrice,
    int minimumTermMonths)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @param id the command's id
   * @param program the program
   * @param solution the new solution's id, unique in the program
   * @param vendor the vendor
   * @param name the solution's name
   * @param category its category
   * @param price the vendor's price in NTD
   * @param marketPrice the market price in NTD
   * @param minimumTermMonths the shortest service it is sold for, in months
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public SubmitSolution {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(solution, "solution");
    requireNonNull(vendor, "vendor");
    Texts.check(name, "solution name");
    requireNonNull(category, "category");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(solution.value())
        .add(vendor.value())
        .add(name)
        .add(category.tag())
        .add(price)
        .add(marketPrice)
        .add(minimumTermMonths);
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
   * Builds a {@link SubmitSolution}. Every setter refuses null with a {@link
   * NullPointerException};
   * every field must be set before {@link #build()}. What the rules check (amounts, dates,
   * eligibility) is left to the rules, which refuse with a code.
   */
  public static final class Builder extends SolutionCommandBuilder.Priced<Builder> {
    private VendorId vendor;
    private String name;
    private SolutionCategory category;
    private Integer minimumTermMonths;

    private Builder() {
      super("SubmitSolution");
    }

    /**
     * Sets the vendor.
     *
     * @param vendor the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder vendor(VendorId vendor) {
      this.vendor = given(vendor, "vendor");
      return this;
    }

    /**
     * Sets the solution's name.
     *
     * @param name the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder name(String name) {
      this.name = given(name, "name");
      return this;
    }

    /**
     * Sets its category (R-V2).
     *
     * @param category the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder category(SolutionCategory category) {
      this.category = given(category, "category");
      return this;
    }

    /**
     * Sets the shortest service it is sold for, in months (R-V4).
     *
     * @param minimumTermMonths the value
     * @return this builder
     */
    public Builder minimumTermMonths(int minimumTermMonths) {
      this.minimumTermMonths = minimumTermMonths;
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
    public SubmitSolution build() {
      return new SubmitSolution(
          builtId(),
          builtProgram(),
          builtSolution(),
          set(vendor, "vendor"),
          set(name, "name"),
          set(category, "category"),
          builtPrice(),
          builtMarketPrice(),
          set(minimumTermMonths, "minimumTermMonths"));
    }
  }
}
