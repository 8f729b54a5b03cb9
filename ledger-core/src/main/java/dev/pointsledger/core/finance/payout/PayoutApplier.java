package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles the matched payouts of a file through the ledger ({@link SettleClaims}), idempotently.
 *
 * <p>Each matched payout becomes one {@code SettleClaims} of its vendor for its claims (sorted by
 * id) under its reference, whose id is derived from the program, the vendor and the reference alone
 * ({@link #entryIdFor}). Applying the same file again finds its payouts already settled and writes
 * nothing; and if a retry does reach the ledger (a crash between writing and answering), the same
 * id and content replay the first entry. All settlements of a file go in one batch (one transaction
 * on PostgreSQL); a payout is either settled whole or not at all.
 *
 * <p>A file with any bad row is not applied at all ({@link
 * PayoutApplication.Status#REFUSED_BAD_ROWS}): a row that could not be read might be a payout, and
 * applying the rest would leave the file half applied. Payouts that did not match (mismatches,
 * duplicates, payouts of claims not approved) are reported by the match and never applied.
 */
public final class PayoutApplier {
  private static final String PREFIX = "payout:";

  private PayoutApplier() {}

  /**
   * Applies a match.
   *
   * @param ledger the ledger the match was read from
   * @param match the matched file
   * @return what was written, per payout
   * @throws dev.pointsledger.core.error.LedgerOutcomeUnknownException if the store cannot tell
   *     whether the batch was written; applying the same match again settles it
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store fails; nothing written
   */
  public static PayoutApplication apply(Ledger ledger, PayoutMatch match) {
    requireNonNull(ledger, "ledger");
    requireNonNull(match, "match");
    if (!match.badRows().isEmpty()) {
      return new PayoutApplication(PayoutApplication.Status.REFUSED_BAD_ROWS, List.of());
    }
    List<PayoutLine> matched = new ArrayList<>();
    for (PayoutLine line : match.lines()) {
      if (line.outcome() == PayoutOutcome.MATCHED) {
        matched.add(line);
      }
    }
    List<SettleClaims> commands = new ArrayList<>();
    for (PayoutLine line : matched) {
      if (line.toApply()) {
        commands.add(command(match.program(), line));
      }
    }
    List<CommandOutcome> outcomes = commands.isEmpty() ? List.of() : ledger.submitAll(commands);
    List<PayoutApplication.Result> results = new ArrayList<>(matched.size());
    int next = 0;
    for (PayoutLine line : matched) {
      EntryId id = entryIdFor(match.program(), line.row().vendor(), line.row().reference());
      if (!line.toApply()) {
        Optional<Long> sequence = ledger.now().entry(id).map(JournalEntry::sequence);
        results.add(
            new PayoutApplication.Result(
                line.row().line(),
                line.row().reference(),
                id,
                PayoutApplication.Kind.ALREADY_SETTLED,
                sequence,
                Optional.empty(),
                ""));
        continue;
      }
      CommandOutcome outcome = outcomes.get(next++);
      if (outcome instanceof CommandOutcome.Applied applied) {
        results.add(
            new PayoutApplication.Result(
                line.row().line(),
                line.row().reference(),
                id,
                applied.replayed()
                    ? PayoutApplication.Kind.ALREADY_SETTLED
                    : PayoutApplication.Kind.SETTLED,
                Optional.of(applied.entry().sequence()),
                Optional.empty(),
                ""));
      } else if (outcome instanceof CommandOutcome.Refused refused) {
        results.add(
            new PayoutApplication.Result(
                line.row().line(),
                line.row().reference(),
                id,
                PayoutApplication.Kind.REFUSED,
                Optional.empty(),
                Optional.of(refused.rejection().code()),
                refused.rejection().message()));
      }
    }
    return new PayoutApplication(PayoutApplication.Status.APPLIED, results);
  }

  /**
   * The id of the settlement of a payout: {@code payout:<program>:<vendor>:<reference>} when that
   * fits an id (128 characters), else {@code payout:sha256:} and the hex SHA-256 of the three,
   * length-prefixed. The same payout always gets the same id, and two payouts never share one.
   *
   * @param program the program
   * @param vendor the vendor paid
   * @param reference the payout's reference
   * @return the entry id
   */
  public static EntryId entryIdFor(ProgramId program, VendorId vendor, String reference) {
    requireNonNull(program, "program");
    requireNonNull(vendor, "vendor");
    Ids.check(reference, "payout reference");
    String readable = PREFIX + program.value() + ":" + vendor.value() + ":" + reference;
    if (readable.length() <= Ids.MAX_LENGTH) {
      return EntryId.of(readable);
    }
    String hash =
        CanonicalDigest.start()
            .add(program.value())
            .add(vendor.value())
            .add(reference)
            .finish()
            .hex();
    return EntryId.of(PREFIX + "sha256:" + hash);
  }

  private static SettleClaims command(ProgramId program, PayoutLine line) {
    return new SettleClaims(
        entryIdFor(program, line.row().vendor(), line.row().reference()),
        program,
        line.row().vendor(),
        line.claims(),
        line.row().reference());
  }
}
