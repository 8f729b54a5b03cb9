package dev.pointsledger.core.state;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's redemption claim on a contract (R-P3), with references to its documents (R-P4).
 *
 * @param program the program
 * @param id the claim's id
 * @param contract the contract claimed on
 * @param manufacturer the contract's manufacturer
 * @param vendor the contract's vendor, who filed the claim
 * @param amount points claimed
 * @param documents references to the claim's documents, at least one
 * @param filedOn the business day the claim was filed
 * @param status where the claim stands
 * @param filedBy the entry that filed it
 * @param payout the payout reference, once settled
 */
public record ClaimRecord(
    ProgramId program,
    ClaimId id,
    ContractId contract,
    ManufacturerId manufacturer,
    VendorId vendor,
    long amount,
    List<DocumentRef> documents,
    LocalDate filedOn,
    ClaimStatus status,
    EntryId filedBy,
    Optional<String> payout)
    implements LedgerRecord {

  /**
   * Checks the parts.
   *
   * @param program the program
   * @param id the claim's id
   * @param contract the contract claimed on
   * @param manufacturer the contract's manufacturer
   * @param vendor the contract's vendor, who filed the claim
   * @param amount points claimed
   * @param documents references to the claim's documents, at least one
   * @param filedOn the business day the claim was filed
   * @param status where the claim stands
   * @param filedBy the entry that filed it
   * @param payout the payout reference, once settled
   */
  public ClaimRecord {
    requireNonNull(program, "program");
    requireNonNull(id, "id");
    requireNonNull(contract, "contract");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(vendor, "vendor");
    checkArgument(amount > 0, "a claim is for a positive amount");
    documents = ImmutableList.copyOf(documents);
    requireNonNull(filedOn, "filedOn");
    requireNonNull(status, "status");
    requireNonNull(filedBy, "filedBy");
    requireNonNull(payout, "payout");
  }

  @Override
  public RecordKey key() {
    return RecordKey.claim(program, id);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(id.value())
        .add(contract.value())
        .add(manufacturer.value())
        .add(vendor.value())
        .add(amount)
        .add(documents.size());
    for (DocumentRef document : documents) {
      d.add(document.kind()).add(document.number());
    }
    d.add(filedOn).add(status.tag()).add(filedBy.value()).add(payout.orElse(null));
  }

  /**
   * This claim in another status.
   *
   * @param newStatus the status
   * @param payoutReference the payout reference, for {@link ClaimStatus#SETTLED}
   * @return the new version
   */
  public ClaimRecord with(ClaimStatus newStatus, Optional<String> payoutReference) {
    return new ClaimRecord(
        program,
        id,
        contract,
        manufacturer,
        vendor,
        amount,
        documents,
        filedOn,
        newStatus,
        filedBy,
        payoutReference);
  }
}
