package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.EntryId;
import java.util.List;
import java.util.Optional;

/**
 * What applying a matched payout file did.
 *
 * @param status whether anything was applied
 * @param results one per matched payout, in file order
 */
public record PayoutApplication(Status status, List<Result> results) {

  /** Whether the file was applied. */
  public enum Status {
    /** Every matched payout not yet settled was submitted, in one batch. */
    APPLIED,
    /** Nothing was written: the file has bad rows; fix them and match again. */
    REFUSED_BAD_ROWS
  }

  /** What happened to one matched payout. */
  public enum Kind {
    /** Its claims were settled by a new entry. */
    SETTLED,
    /** Its claims were settled before, by this same payout: nothing written. */
    ALREADY_SETTLED,
    /** The ledger refused it (a claim settled or reversed in between); nothing written. */
    REFUSED
  }

  /**
   * One payout's result.
   *
   * @param line the payout's line in the file
   * @param payoutReference its reference
   * @param entry the settlement entry's id, derived from the program, vendor and reference
   * @param kind what happened
   * @param sequence the settlement entry's sequence number, when the ledger holds it
   * @param refusal the ledger's code, when it refused
   * @param message the ledger's message, when it refused, else empty
   */
  public record Result(
      long line,
      String payoutReference,
      EntryId entry,
      Kind kind,
      Optional<Long> sequence,
      Optional<RejectionCode> refusal,
      String message) {
    /**
     * Checks the parts are present.
     *
     * @param line the payout's line in the file
     * @param payoutReference its reference
     * @param entry the settlement entry's id
     * @param kind what happened
     * @param sequence the settlement entry's sequence number, when the ledger holds it
     * @param refusal the ledger's code, when it refused
     * @param message the ledger's message, when it refused, else empty
     */
    public Result {
      requireNonNull(payoutReference, "payoutReference");
      requireNonNull(entry, "entry");
      requireNonNull(kind, "kind");
      requireNonNull(sequence, "sequence");
      requireNonNull(refusal, "refusal");
      requireNonNull(message, "message");
    }
  }

  /**
   * Copies the results.
   *
   * @param status whether anything was applied
   * @param results one per matched payout, in file order
   */
  public PayoutApplication {
    requireNonNull(status, "status");
    results = ImmutableList.copyOf(results);
  }

  /**
   * How many settlement entries this application wrote.
   *
   * @return the count of {@link Kind#SETTLED} results
   */
  public long written() {
    return results.stream().filter(r -> r.kind() == Kind.SETTLED).count();
  }
}
