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
  public static final class Builder {
    private EntryId id;
    private ProgramId program;
    private SolutionId solution;
    private VendorId vendor;
    private String name;
    private SolutionCategory category;
    private Long price;
    private Long marketPrice;
    private Integer minimumTermMonths;

    private Builder() {}

    /**
     * Sets the command's id (the idempotency key).
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder id(EntryId id) {
      this.id = Required.given(id, "SubmitSolution", "id");
      return this;
    }

    /**
     * Sets the program.
     *
     * @param program the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder program(ProgramId program) {
      this.program = Required.given(program, "SubmitSolution", "program");
      return this;
    }

    /**
     * Sets the new solution's id.
     *
     * @param solution the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder solution(SolutionId solution) {
      this.solution = Required.given(solution, "SubmitSolution", "solution");
      return this;
    }

    /**
     * Sets the vendor.
     *
     * @param vendor the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder vendor(VendorId vendor) {
      this.vendor = Required.given(vendor, "SubmitSolution", "vendor");
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
      this.name = Required.given(name, "SubmitSolution", "name");
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
      this.category = Required.given(category, "SubmitSolution", "category");
      return this;
    }

    /**
     * Sets the vendor's price in NTD (R-V3).
     *
     * @param price the value
     * @return this builder
     */
    public Builder price(long price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the market price in NTD (R-V3).
     *
     * @param marketPrice the value
     * @return this builder
     */
    public Builder marketPrice(long marketPrice) {
      this.marketPrice = marketPrice;
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
          Required.set(id, "SubmitSolution", "id"),
          Required.set(program, "SubmitSolution", "program"),
          Required.set(solution, "SubmitSolution", "solution"),
          Required.set(vendor, "SubmitSolution", "vendor"),
          Required.set(name, "SubmitSolution", "name"),
          Required.set(category, "SubmitSolution", "category"),
          Required.set(price, "SubmitSolution", "price"),
          Required.set(marketPrice, "SubmitSolution", "marketPrice"),
          Required.set(minimumTermMonths, "SubmitSolution", "minimumTermMonths"));
    }
  }
}
