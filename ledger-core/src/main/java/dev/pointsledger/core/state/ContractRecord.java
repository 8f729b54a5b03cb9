package dev.pointsledger.core.state;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.supply.SolutionCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A purchase contract and the split of its price: {@code points + ownPart == price}, with {@code
 * points <= floor(price / 2)} under the 2022 policy (R-P1).
 *
 * @param program the program
 * @param id the contract's id
 * @param manufacturer the buyer
 * @param vendor the seller, the only one who may claim (R-P3)
 * @param solution the listed solution bought
 * @param category the solution's category, for reports by category (R-V2)
 * @param price the price in NTD
 * @param marketPrice the solution's market price in NTD when bought (R-V3)
 * @param points the points reserved when bought
 * @param ownPart what the manufacturer pays itself (自籌款), {@code price - points}
 * @param serviceStart the first day of service
 * @param serviceEnd the last day of service; claims are filed after it (R-P3)
 * @param status where the contract stands
 * @param reservedBy the entry that reserved the points
 * @param openClaim the claim under review, present exactly when the status is {@link
 *     ContractStatus#CLAIM_PENDING}
 */
public record ContractRecord(
    ProgramId program,
    ContractId id,
    ManufacturerId manufacturer,
    VendorId vendor,
    SolutionId solution,
    SolutionCategory category,
    long price,
    long marketPrice,
    long points,
    long ownPart,
    LocalDate serviceStart,
    LocalDate serviceEnd,
    ContractStatus status,
    EntryId reservedBy,
    Optional<ClaimId> openClaim)
    implements LedgerRecord {

  /**
   * Checks the split and the status.
   *
   * @param program the program
   * @param id the contract's id
   * @param manufacturer the buyer
   * @param vendor the seller, the only one who may claim (R-P3)
   * @param solution the listed solution bought
   * @param category the solution's category, for reports by category (R-V2)
   * @param price the price in NTD
   * @param marketPrice the solution's market price in NTD when bought (R-V3)
   * @param points the points reserved when bought
   * @param ownPart what the manufacturer pays itself (自籌款), {@code price - points}
   * @param serviceStart the first day of service
   * @param serviceEnd the last day of service; claims are filed after it (R-P3)
   * @param status where the contract stands
   * @param reservedBy the entry that reserved the points
   * @param openClaim the claim under review, present exactly when the status is {@link
   *     ContractStatus#CLAIM_PENDING}
   * @throws IllegalArgumentException if points and own part do not add up to the price
   */
  public ContractRecord {
    requireNonNull(program, "program");
    requireNonNull(id, "id");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(vendor, "vendor");
    requireNonNull(solution, "solution");
    requireNonNull(category, "category");
    requireNonNull(serviceStart, "serviceStart");
    requireNonNull(serviceEnd, "serviceEnd");
    requireNonNull(status, "status");
    requireNonNull(reservedBy, "reservedBy");
    requireNonNull(openClaim, "openClaim");
    checkArgument(points > 0 && ownPart >= 0, "points must be positive, own part not negative");
    checkArgument(Math.addExact(points, ownPart) == price, "points + own part must equal price");
    checkArgument(
        openClaim.isPresent() == (status == ContractStatus.CLAIM_PENDING),
        "an open claim goes with status CLAIM_PENDING");
  }

  @Override
  public RecordKey key() {
    return RecordKey.contract(program, id);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(id.value())
        .add(manufacturer.value())
        .add(vendor.value())
        .add(solution.value())
        .add(category.tag())
        .add(price)
        .add(marketPrice)
        .add(points)
        .add(ownPart)
        .add(serviceStart)
        .add(serviceEnd)
        .add(status.tag())
        .add(reservedBy.value())
        .add(openClaim.map(ClaimId::value).orElse(null));
  }

  /**
   * This contract in another status.
   *
   * @param newStatus the status
   * @param claim the claim under review, for {@link ContractStatus#CLAIM_PENDING}
   * @return the new version
   */
  public ContractRecord with(ContractStatus newStatus, Optional<ClaimId> claim) {
    return new ContractRecord(
        program,
        id,
        manufacturer,
        vendor,
        solution,
        category,
        price,
        marketPrice,
        points,
        ownPart,
        serviceStart,
        serviceEnd,
        newStatus,
        reservedBy,
        claim);
  }

  /**
   * Whether the vendor may claim on this business day: the day after the last day of service or
   * later (R-P3).
   *
   * @param businessDate the day
   * @return true if the contract has ended by then
   */
  public boolean endedBefore(LocalDate businessDate) {
    return businessDate.isAfter(serviceEnd);
  }

  /**
   * Whether a vendor is this contract's vendor.
   *
   * @param candidate the vendor
   * @return true if it sold this contract
   */
  public boolean soldBy(VendorId candidate) {
    return vendor.equals(candidate);
  }
}
