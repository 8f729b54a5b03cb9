package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.state.DocumentRef;
import java.util.List;

/**
 * A vendor's redemption claim on a contract, filed after the contract's service ends (R-P3), for
 * at most the points reserved on it, with references to its documents (R-P4).
 *
 * @param id the command's id
 * @param program the program
 * @param claim the new claim's id, unique in the program
 * @param contract the contract
 * @param vendor the vendor filing the claim; must be the contract's
 * @param points the points claimed
 * @param documents references to the claim's documents, at least one
 */
public record FileClaim(
    EntryId id,
    ProgramId program,
    ClaimId claim,
    ContractId contract,
    VendorId vendor,
    long points,
    List<DocumentRef> documents)
    implements Command {

  /** Checks every field is present. */
  public FileClaim {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(claim, "claim");
    requireNonNull(contract, "contract");
    requireNonNull(vendor, "vendor");
    documents = ImmutableList.copyOf(documents);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(claim.value())
        .add(contract.value())
        .add(vendor.value())
        .add(points)
        .add(documents.size());
    for (DocumentRef doc : documents) {
      d.add(doc.kind()).add(doc.number());
    }
  }
}
