package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import java.util.List;
import java.util.Optional;

/**
 * What one payout of a file matched.
 *
 * @param row the payout
 * @param outcome what the matcher found
 * @param claims the claims it pays (for {@link PayoutOutcome#MATCHED}), or would pay
 * @param expected the points of those claims (for a mismatch, what the payout should have been)
 * @param duplicateOf for a {@link PayoutOutcome#DUPLICATE}, the line it repeats, if in the file
 * @param alreadySettled for a match, whether the ledger already settled its claims under its
 *     reference (a file applied before), so applying it writes nothing
 * @param detail why, for a person (in English; exports translate the outcome itself)
 */
public record PayoutLine(
    PayoutRow row,
    PayoutOutcome outcome,
    List<ClaimId> claims,
    long expected,
    Optional<Long> duplicateOf,
    boolean alreadySettled,
    String detail) {
  /**
   * Copies the claims.
   *
   * @param row the payout
   * @param outcome what the matcher found
   * @param claims the claims it pays, or would pay
   * @param expected the points of those claims
   * @param duplicateOf the line it repeats, if in the file
   * @param alreadySettled whether the ledger already settled its claims under its reference
   * @param detail why, for a person
   */
  public PayoutLine {
    requireNonNull(row, "row");
    requireNonNull(outcome, "outcome");
    claims = ImmutableList.copyOf(claims);
    requireNonNull(duplicateOf, "duplicateOf");
    requireNonNull(detail, "detail");
  }

  /**
   * Whether applying the file settles this payout's claims now.
   *
   * @return true for a match not yet settled
   */
  public boolean toApply() {
    return outcome == PayoutOutcome.MATCHED && !alreadySettled;
  }
}
