package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import java.util.List;

/**
 * Records that the office paid a vendor for one or more approved claims, under one payout
 * reference.
 *
 * @param id the command's id
 * @param program the program
 * @param vendor the vendor paid
 * @param claims the approved claims paid, each once
 * @param payoutReference the payout's reference (a bank transfer id)
 */
public record SettleClaims(
    EntryId id, ProgramId program, VendorId vendor, List<ClaimId> claims, String payoutReference)
    implements Command {

  /**
   * Checks every field is present and the payout reference is a valid identifier.
   *
   * @param id the command's id
   * @param program the program
   * @param vendor the vendor paid
   * @param claims the approved claims paid, each once
   * @param payoutReference the payout's reference (a bank transfer id)
   */
  public SettleClaims {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(vendor, "vendor");
    claims = ImmutableList.copyOf(claims);
    Ids.check(payoutReference, "payout reference");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(vendor.value()).add(claims.size());
    for (ClaimId c : claims) {
      d.add(c.value());
    }
    d.add(payoutReference);
  }
}
