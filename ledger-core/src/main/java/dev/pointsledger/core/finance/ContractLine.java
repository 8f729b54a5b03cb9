package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.supply.SolutionCategory;
import java.util.Optional;

/**
 * A contract's points: what moved on it over the range and up to its end.
 *
 * @param contract the contract
 * @param manufacturer its buyer
 * @param vendor its seller
 * @param category its solution's category (R-V2), if known
 * @param price its price in NTD, 0 if its record is unknown
 * @param ownPart what its manufacturer pays itself (自籌款), in NTD, 0 if unknown
 * @param period the figures over the range
 * @param toDate the figures up to the range's last day
 * @param trace the movements behind {@code period}
 */
public record ContractLine(
    ContractId contract,
    Optional<ManufacturerId> manufacturer,
    Optional<VendorId> vendor,
    Optional<SolutionCategory> category,
    long price,
    long ownPart,
    Figures period,
    Figures toDate,
    Trace trace) {
  /**
   * Checks the parts are present.
   *
   * @param contract the contract
   * @param manufacturer its buyer
   * @param vendor its seller
   * @param category its solution's category (R-V2), if known
   * @param price its price in NTD, 0 if its record is unknown
   * @param ownPart what its manufacturer pays itself (自籌款), in NTD, 0 if unknown
   * @param period the figures over the range
   * @param toDate the figures up to the range's last day
   * @param trace the movements behind {@code period}
   */
  public ContractLine {
    requireNonNull(contract, "contract");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(vendor, "vendor");
    requireNonNull(category, "category");
    requireNonNull(period, "period");
    requireNonNull(toDate, "toDate");
    requireNonNull(trace, "trace");
  }

  /**
   * Approved points of the contract not yet paid at the range's end.
   *
   * @return the points outstanding
   */
  public long outstanding() {
    return toDate.outstanding();
  }
}
