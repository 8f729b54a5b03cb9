package dev.pointsledger.core.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.supply.SolutionCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One movement of points, read from one entry: the unit every figure of a reconciliation adds up,
 * so every figure can be traced to the entries behind it by their sequence numbers and ids.
 *
 * @param sequence the entry's sequence number
 * @param entry the entry's id
 * @param entryType the entry's type
 * @param businessDate the entry's business date
 * @param measure what moved
 * @param amount the points moved, negative for a reversal; never zero
 * @param manufacturer the manufacturer whose points moved, if any
 * @param vendor the vendor concerned (a contract's seller, a payable's holder), if any
 * @param contract the contract concerned, if any
 * @param category the contract's category (R-V2), if known
 * @param claim the claim concerned, if any
 * @param payout the payout reference of a settlement, if any
 */
public record Movement(
    long sequence,
    EntryId entry,
    EntryType entryType,
    LocalDate businessDate,
    Measure measure,
    long amount,
    Optional<ManufacturerId> manufacturer,
    Optional<VendorId> vendor,
    Optional<ContractId> contract,
    Optional<SolutionCategory> category,
    Optional<ClaimId> claim,
    Optional<String> payout) {

  /**
   * Checks the parts.
   *
   * @param sequence the entry's sequence number
   * @param entry the entry's id
   * @param entryType the entry's type
   * @param businessDate the entry's business date
   * @param measure what moved
   * @param amount the points moved, negative for a reversal; never zero
   * @param manufacturer the manufacturer whose points moved, if any
   * @param vendor the vendor concerned (a contract's seller, a payable's holder), if any
   * @param contract the contract concerned, if any
   * @param category the contract's category (R-V2), if known
   * @param claim the claim concerned, if any
   * @param payout the payout reference of a settlement, if any
   * @throws IllegalArgumentException if the sequence is not positive or the amount is zero
   */
  public Movement {
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    requireNonNull(entry, "entry");
    requireNonNull(entryType, "entryType");
    requireNonNull(businessDate, "businessDate");
    requireNonNull(measure, "measure");
    checkArgument(amount != 0, "a movement moves points");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(vendor, "vendor");
    requireNonNull(contract, "contract");
    requireNonNull(category, "category");
    requireNonNull(claim, "claim");
    requireNonNull(payout, "payout");
  }
}
