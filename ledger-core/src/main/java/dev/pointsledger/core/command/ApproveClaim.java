package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * The office approves a pending claim: its points become payable to the vendor, any points of the
 * contract left unclaimed go back to the manufacturer, and the contract closes.
 *
 * @param id the command's id
 * @param program the program
 * @param claim the claim
 */
public record ApproveClaim(EntryId id, ProgramId program, ClaimId claim) implements Command {

  /**
   * Checks every field is present.
   *
   * @param id the command's id
   * @param program the program
   * @param claim the claim
   */
  public ApproveClaim {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(claim, "claim");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(claim.value());
  }
}
