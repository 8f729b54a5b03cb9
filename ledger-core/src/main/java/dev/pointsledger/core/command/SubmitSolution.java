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
}
