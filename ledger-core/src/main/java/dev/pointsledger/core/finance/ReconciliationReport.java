package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ProgramId;
import java.util.List;

/**
 * A program's reconciliation over a range of business dates, as of one entry: per vendor, per
 * contract, per manufacturer and per category (all ten, R-V2), the program's totals, and what did
 * not tie out.
 *
 * @param program the program
 * @param programName the program's name
 * @param range the business dates covered
 * @param asOf the sequence number of the last entry read
 * @param totals the program's totals
 * @param vendors one line per vendor with any movement, by vendor id
 * @param contracts one line per contract with any movement, by contract id
 * @param manufacturers one line per manufacturer with any movement, by manufacturer id
 * @param categories the ten categories, in the briefing's order
 * @param discrepancies every identity that did not hold, empty when the report ties out
 */
public record ReconciliationReport(
    ProgramId program,
    String programName,
    DateRange range,
    long asOf,
    ProgramTotals totals,
    List<VendorLine> vendors,
    List<ContractLine> contracts,
    List<ManufacturerLine> manufacturers,
    List<CategoryLine> categories,
    List<Discrepancy> discrepancies) {

  /**
   * Copies the lists.
   *
   * @param program the program
   * @param programName the program's name
   * @param range the business dates covered
   * @param asOf the sequence number of the last entry read
   * @param totals the program's totals
   * @param vendors one line per vendor with any movement, by vendor id
   * @param contracts one line per contract with any movement, by contract id
   * @param manufacturers one line per manufacturer with any movement, by manufacturer id
   * @param categories the ten categories, in the briefing's order
   * @param discrepancies every identity that did not hold
   */
  public ReconciliationReport {
    requireNonNull(program, "program");
    requireNonNull(programName, "programName");
    requireNonNull(range, "range");
    requireNonNull(totals, "totals");
    vendors = ImmutableList.copyOf(vendors);
    contracts = ImmutableList.copyOf(contracts);
    manufacturers = ImmutableList.copyOf(manufacturers);
    categories = ImmutableList.copyOf(categories);
    discrepancies = ImmutableList.copyOf(discrepancies);
  }

  /**
   * Whether every identity held.
   *
   * @return true if there is no discrepancy
   */
  public boolean tiesOut() {
    return discrepancies.isEmpty();
  }
}
