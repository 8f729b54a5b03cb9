package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ProgramId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A payout file matched against a program's claims, as of one entry: an outcome for every
 * well-formed payout, every approved claim left unpaid, and every bad row.
 *
 * @param program the program
 * @param asOf the sequence number the claims were read as of
 * @param lines one per well-formed payout with a known vendor, in file order
 * @param unpaid approved claims no payout pays, by vendor and claim
 * @param badRows rows that cannot be payouts (including unknown vendors), in file order
 */
public record PayoutMatch(
    ProgramId program,
    long asOf,
    List<PayoutLine> lines,
    List<UnpaidClaim> unpaid,
    List<BadRow> badRows) {
  /**
   * Copies the lists.
   *
   * @param program the program
   * @param asOf the sequence number the claims were read as of
   * @param lines one per well-formed payout with a known vendor, in file order
   * @param unpaid approved claims no payout pays
   * @param badRows rows that cannot be payouts, in file order
   */
  public PayoutMatch {
    requireNonNull(program, "program");
    lines = ImmutableList.copyOf(lines);
    unpaid = ImmutableList.copyOf(unpaid);
    badRows = ImmutableList.copyOf(badRows);
  }

  /**
   * How many payouts and claims have each outcome.
   *
   * @return a count per outcome, every outcome listed
   */
  public Map<PayoutOutcome, Long> counts() {
    Map<PayoutOutcome, Long> counts = new EnumMap<>(PayoutOutcome.class);
    for (PayoutOutcome o : PayoutOutcome.values()) {
      counts.put(o, 0L);
    }
    for (PayoutLine line : lines) {
      counts.merge(line.outcome(), 1L, Long::sum);
    }
    counts.put(PayoutOutcome.APPROVED_UNPAID, (long) unpaid.size());
    return counts;
  }

  /**
   * Whether every payout matched, no approved claim is left unpaid and no row is bad.
   *
   * @return true if the file and the ledger agree completely
   */
  public boolean clean() {
    return badRows.isEmpty()
        && unpaid.isEmpty()
        && lines.stream().allMatch(l -> l.outcome() == PayoutOutcome.MATCHED);
  }
}
