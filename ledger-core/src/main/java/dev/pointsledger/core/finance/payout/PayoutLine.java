package dev.pointsledger.core.finance.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

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
 * @param detail why, in figures: translated in the exports, English in {@code toString()}
 */
public record PayoutLine(
    PayoutRow row,
    PayoutOutcome outcome,
    List<ClaimId> claims,
    long expected,
    Optional<Long> duplicateOf,
    boolean alreadySettled,
    Detail detail) {
  /**
   * Copies the claims.
   *
   * @param row the payout
   * @param outcome what the matcher found
   * @param claims the claims it pays, or would pay
   * @param expected the points of those claims
   * @param duplicateOf the line it repeats, if in the file
   * @param alreadySettled whether the ledger already settled its claims under its reference
   * @param detail why, in figures
   */
  public PayoutLine {
    requireNonNull(row, "row");
    requireNonNull(outcome, "outcome");
    claims = ImmutableList.copyOf(claims);
    requireNonNull(duplicateOf, "duplicateOf");
    requireNonNull(detail, "detail");
  }

  /** Why a payout has its outcome: a kind of reason and its figures. */
  public enum Reason {
    /** It pays claims {0}. */
    PAYS_CLAIMS,
    /** Its claims were settled under its reference {0} already. */
    SETTLED_ALREADY,
    /** Its reference {0} is on line {1} already. */
    REFERENCE_ON_LINE,
    /** Claim {0} is paid on line {1} already. */
    CLAIM_ON_LINE,
    /** Claim {0} does not exist in the program. */
    CLAIM_UNKNOWN,
    /** Claim {0} is vendor {1}'s, not {2}'s. */
    CLAIM_OTHER_VENDOR,
    /** Claim {0} was paid already, by payout {1}. */
    CLAIM_PAID_BY,
    /** Claim {0} is {1}, not approved. */
    CLAIM_NOT_APPROVED,
    /** Some of its claims were settled under {0} and some were not. */
    PARTLY_SETTLED,
    /** Vendor {0} has no approved claim left to pay. */
    NOTHING_APPROVED,
    /** No approved claim of vendor {0} is for {1}; its approved claims total {2}. */
    NO_CLAIM_OF_AMOUNT,
    /** It pays {0} for claims {1} of {2} points. */
    AMOUNT_DIFFERS,
    /** Its reference {0} settled claims {1} in the ledger already. */
    REFERENCE_SPENT
  }

  /**
   * Why a payout has its outcome, as a person reads it in either language: a reason and its
   * figures, rendered from the finance bundles ({@code PayoutLine.Reason.<REASON>}). A figure that
   * is {@link Displayable} (a claim's {@link dev.pointsledger.core.state.ClaimStatus}) is kept as
   * it is and shown by its name in the reader's language, as every other status is; the rest are
   * text.
   *
   * @param reason the kind of reason
   * @param arguments its figures, in the order of the bundle's placeholders: each a {@code String}
   *     or a {@link Displayable}
   */
  public record Detail(Reason reason, List<Object> arguments) implements Displayable {
    private static final Messages TEXTS =
        Messages.of("dev.pointsledger.core.finance.export.FinanceText", ResourceBundle::getBundle);

    /**
     * Copies the arguments.
     *
     * @param reason the kind of reason
     * @param arguments its figures
     * @throws IllegalArgumentException if a figure is neither a {@code String} nor a {@link
     *     Displayable}
     */
    public Detail {
      requireNonNull(reason, "reason");
      arguments = ImmutableList.copyOf(arguments);
      for (Object a : arguments) {
        checkArgument(
            a instanceof String || a instanceof Displayable,
            "a figure of a payout's detail is text or Displayable, not %s",
            a.getClass().getName());
      }
    }

    /**
     * A detail.
     *
     * @param reason the kind of reason
     * @param arguments its figures: a {@link Displayable} kept as it is, anything else written as
     *     text
     * @return the detail
     */
    public static Detail of(Reason reason, Object... arguments) {
      List<Object> figures = new ArrayList<>(arguments.length);
      for (Object a : arguments) {
        figures.add(a instanceof Displayable ? a : String.valueOf(a));
      }
      return new Detail(reason, figures);
    }

    @Override
    public String displayName(Locale locale) {
      return TEXTS.text(locale, "PayoutLine.Reason." + reason.name(), arguments.toArray());
    }

    /** The detail in English. */
    @Override
    public String toString() {
      return displayName(Locale.ROOT);
    }
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
