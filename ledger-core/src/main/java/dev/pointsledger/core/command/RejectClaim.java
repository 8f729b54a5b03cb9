package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * The office rejects a pending claim: its points go back to the contract's reservation and the
 * vendor may file a new claim.
 *
 * @param id the command's id
 * @param program the program
 * @param claim the claim
 * @param reason why, for the vendor and the record
 */
public record RejectClaim(EntryId id, ProgramId program, ClaimId claim, String reason)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @param id the command's id
   * @param program the program
   * @param claim the claim
   * @param reason why, for the vendor and the record
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public RejectClaim {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(claim, "claim");
    Texts.check(reason, "reason");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(claim.value()).add(reason);
  }
}
