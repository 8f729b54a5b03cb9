package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.payout.BadRow.Problem;
import dev.pointsledger.core.finance.payout.PayoutLine.Detail;
import dev.pointsledger.core.finance.payout.PayoutLine.Reason;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.VendorRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches a payout file against a program's claims, as of one entry.
 *
 * <ul>
 *   <li>A row whose vendor is not registered in the program is a bad row ({@link
 *       BadRow.Reason#UNKNOWN_VENDOR}).
 *   <li>A row repeating an earlier row's payout reference, or naming a claim an earlier row names,
 *       or paying a claim the ledger settled under another reference, is a {@link
 *       PayoutOutcome#DUPLICATE}.
 *   <li>A row that names its claims matches when each is an approved claim of its vendor and their
 *       points add up to its amount ({@link PayoutOutcome#MATCHED}); a claim that is not (unknown,
 *       another vendor's, pending, rejected) makes it {@link PayoutOutcome#PAID_NOT_APPROVED};
 *       points that do not add up, {@link PayoutOutcome#AMOUNT_MISMATCH}.
 *   <li>A row that names no claim matches the vendor's oldest approved claim of exactly its amount,
 *       or else all its approved claims if they add up to the amount; if the vendor has approved
 *       claims but neither fits, it is an {@link PayoutOutcome#AMOUNT_MISMATCH}; if it has none,
 *       {@link PayoutOutcome#PAID_NOT_APPROVED}. Rows naming claims are matched first, so a row
 *       without claims never takes a claim another row names.
 *   <li>A row whose claims the ledger already settled under the row's own reference matches, marked
 *       already settled: the file was applied before.
 *   <li>Every approved claim no row pays is {@link PayoutOutcome#APPROVED_UNPAID}.
 * </ul>
 */
public final class PayoutMatcher {
  private static final Comparator<ClaimRecord> OLDEST_FIRST =
      Comparator.comparing(ClaimRecord::filedOn).thenComparing(ClaimRecord::id);

  private PayoutMatcher() {}

  /**
   * Matches a file.
   *
   * @param source the ledger's journal as of one entry
   * @param program the program the payouts are for
   * @param file the payout file as read
   * @return the outcome of every row and every approved claim
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code UNKNOWN_PROGRAM} if the
   *     program is not defined
   */
  public static PayoutMatch match(JournalSource source, ProgramId program, PayoutFile file) {
    requireNonNull(source, "source");
    requireNonNull(file, "file");
    source.program(program);
    Set<VendorId> vendors = new HashSet<>();
    for (VendorRecord v : source.view().vendors(program)) {
      vendors.add(v.vendor());
    }
    Map<ClaimId, ClaimRecord> claims = new HashMap<>();
    for (ClaimRecord c : source.view().claims(program)) {
      claims.put(c.id(), c);
    }
    return new Run(claims).match(source.sequence(), program, file, vendors);
  }

  /** One matching. */
  private static final class Run {
    private final Map<ClaimId, ClaimRecord> claims;
    private final Map<VendorId, List<ClaimRecord>> byVendor = new HashMap<>();
    private final Map<String, List<ClaimId>> settledUnder = new HashMap<>();
    private final Map<ClaimId, Long> takenBy = new HashMap<>();

    Run(Map<ClaimId, ClaimRecord> claims) {
      this.claims = claims;
      for (ClaimRecord c : claims.values()) {
        byVendor.computeIfAbsent(c.vendor(), v -> new ArrayList<>()).add(c);
        if (c.status() == ClaimStatus.SETTLED && c.payout().isPresent()) {
          settledUnder.computeIfAbsent(c.payout().get(), r -> new ArrayList<>()).add(c.id());
        }
      }
      for (List<ClaimId> list : settledUnder.values()) {
        list.sort(Comparator.naturalOrder());
      }
      for (List<ClaimRecord> list : byVendor.values()) {
        list.sort(OLDEST_FIRST);
      }
    }

    PayoutMatch match(long asOf, ProgramId program, PayoutFile file, Set<VendorId> vendors) {
      List<BadRow> bad = new ArrayList<>(file.badRows());
      Map<Long, PayoutLine> lines = new TreeMap<>();
      Map<String, Long> references = new HashMap<>();
      List<PayoutRow> named = new ArrayList<>();
      List<PayoutRow> unnamed = new ArrayList<>();
      for (PayoutRow row : file.rows()) {
        if (!vendors.contains(row.vendor())) {
          bad.add(
              new BadRow(
                  row.line(),
                  row.fields(),
                  List.of(new Problem(BadRow.Reason.UNKNOWN_VENDOR, 1, row.vendor().value()))));
          continue;
        }
        Long first = references.putIfAbsent(row.reference(), row.line());
        if (first != null) {
          lines.put(
              row.line(),
              line(
                  row,
                  PayoutOutcome.DUPLICATE,
                  List.of(),
                  0,
                  Optional.of(first),
                  Detail.of(Reason.REFERENCE_ON_LINE, row.reference(), first)));
        } else if (row.claims().isEmpty()) {
          unnamed.add(row);
        } else {
          named.add(row);
        }
      }
      for (PayoutRow row : named) {
        lines.put(row.line(), named(row));
      }
      for (PayoutRow row : unnamed) {
        lines.put(row.line(), unnamed(row));
      }
      bad.sort(Comparator.comparingLong(BadRow::line));
      List<UnpaidClaim> unpaid = new ArrayList<>();
      List<ClaimRecord> approved = new ArrayList<>();
      for (ClaimRecord c : claims.values()) {
        if (c.status() == ClaimStatus.APPROVED && !takenBy.containsKey(c.id())) {
          approved.add(c);
        }
      }
      approved.sort(Comparator.comparing(ClaimRecord::vendor).thenComparing(ClaimRecord::id));
      for (ClaimRecord c : approved) {
        unpaid.add(new UnpaidClaim(c.id(), c.vendor(), c.contract(), c.amount(), c.filedOn()));
      }
      return new PayoutMatch(program, asOf, List.copyOf(lines.values()), unpaid, bad);
    }

    /**
     * A row whose reference the ledger used already for other claims (another vendor's, or claims
     * the row does not name) pays a second time under a reference that is already spent.
     */
    private Optional<PayoutLine> referenceSpent(PayoutRow row, List<ClaimId> paid) {
      List<ClaimId> before = settledUnder.getOrDefault(row.reference(), List.of());
      if (before.isEmpty()) {
        return Optional.empty();
      }
      List<ClaimId> sorted = new ArrayList<>(paid);
      sorted.sort(Comparator.naturalOrder());
      if (sorted.equals(before)) {
        return Optional.empty();
      }
      return Optional.of(
          line(
              row,
              PayoutOutcome.DUPLICATE,
              row.claims(),
              0,
              Optional.empty(),
              Detail.of(Reason.REFERENCE_SPENT, row.reference(), before)));
    }

    private PayoutLine named(PayoutRow row) {
      Optional<PayoutLine> spent = referenceSpent(row, row.claims());
      if (spent.isPresent()) {
        return spent.get();
      }
      long total = 0;
      int settledHere = 0;
      for (ClaimId id : row.claims()) {
        ClaimRecord c = claims.get(id);
        Long earlier = takenBy.get(id);
        if (earlier != null) {
          return line(
              row,
              PayoutOutcome.DUPLICATE,
              row.claims(),
              0,
              Optional.of(earlier),
              Detail.of(Reason.CLAIM_ON_LINE, id, earlier));
        }
        if (c == null) {
          return line(
              row,
              PayoutOutcome.PAID_NOT_APPROVED,
              row.claims(),
              0,
              Optional.empty(),
              Detail.of(Reason.CLAIM_UNKNOWN, id));
        }
        if (!c.vendor().equals(row.vendor())) {
          return line(
              row,
              PayoutOutcome.PAID_NOT_APPROVED,
              row.claims(),
              0,
              Optional.empty(),
              Detail.of(Reason.CLAIM_OTHER_VENDOR, id, c.vendor(), row.vendor()));
        }
        if (c.status() == ClaimStatus.SETTLED) {
          if (!c.payout().equals(Optional.of(row.reference()))) {
            return line(
                row,
                PayoutOutcome.DUPLICATE,
                row.claims(),
                0,
                Optional.empty(),
                Detail.of(Reason.CLAIM_PAID_BY, id, c.payout().orElse("?")));
          }
          settledHere++;
        } else if (c.status() != ClaimStatus.APPROVED) {
          return line(
              row,
              PayoutOutcome.PAID_NOT_APPROVED,
              row.claims(),
              0,
              Optional.empty(),
              Detail.of(Reason.CLAIM_NOT_APPROVED, id, c.status()));
        }
        total = Math.addExact(total, c.amount());
      }
      if (settledHere > 0 && settledHere < row.claims().size()) {
        return line(
            row,
            PayoutOutcome.PAID_NOT_APPROVED,
            row.claims(),
            total,
            Optional.empty(),
            Detail.of(Reason.PARTLY_SETTLED, row.reference()));
      }
      return matchedOrMismatch(row, row.claims(), total, settledHere > 0);
    }

    private PayoutLine unnamed(PayoutRow row) {
      List<ClaimRecord> settledHere = new ArrayList<>();
      List<ClaimRecord> open = new ArrayList<>();
      for (ClaimRecord c : byVendor.getOrDefault(row.vendor(), List.of())) {
        if (takenBy.containsKey(c.id())) {
          continue;
        }
        if (c.status() == ClaimStatus.SETTLED && c.payout().equals(Optional.of(row.reference()))) {
          settledHere.add(c);
        } else if (c.status() == ClaimStatus.APPROVED) {
          open.add(c);
        }
      }
      Optional<PayoutLine> spent = referenceSpent(row, ids(settledHere));
      if (spent.isPresent()) {
        return spent.get();
      }
      if (!settledHere.isEmpty()) {
        return matchedOrMismatch(row, ids(settledHere), sum(settledHere), true);
      }
      for (ClaimRecord c : open) {
        if (c.amount() == row.amount()) {
          return matchedOrMismatch(row, List.of(c.id()), c.amount(), false);
        }
      }
      if (open.isEmpty()) {
        return line(
            row,
            PayoutOutcome.PAID_NOT_APPROVED,
            List.of(),
            0,
            Optional.empty(),
            Detail.of(Reason.NOTHING_APPROVED, row.vendor()));
      }
      long total = sum(open);
      if (total == row.amount()) {
        return matchedOrMismatch(row, ids(open), total, false);
      }
      return line(
          row,
          PayoutOutcome.AMOUNT_MISMATCH,
          ids(open),
          total,
          Optional.empty(),
          Detail.of(Reason.NO_CLAIM_OF_AMOUNT, row.vendor(), row.amount(), total));
    }

    private PayoutLine matchedOrMismatch(
        PayoutRow row, List<ClaimId> paid, long total, boolean alreadySettled) {
      if (total != row.amount()) {
        return line(
            row,
            PayoutOutcome.AMOUNT_MISMATCH,
            paid,
            total,
            Optional.empty(),
            Detail.of(Reason.AMOUNT_DIFFERS, row.amount(), paid, total));
      }
      for (ClaimId id : paid) {
        takenBy.put(id, row.line());
      }
      List<ClaimId> sorted = new ArrayList<>(paid);
      sorted.sort(Comparator.naturalOrder());
      return new PayoutLine(
          row,
          PayoutOutcome.MATCHED,
          sorted,
          total,
          Optional.empty(),
          alreadySettled,
          alreadySettled
              ? Detail.of(Reason.SETTLED_ALREADY, row.reference())
              : Detail.of(Reason.PAYS_CLAIMS, sorted));
    }

    private static PayoutLine line(
        PayoutRow row,
        PayoutOutcome outcome,
        List<ClaimId> claims,
        long expected,
        Optional<Long> duplicateOf,
        Detail detail) {
      return new PayoutLine(row, outcome, claims, expected, duplicateOf, false, detail);
    }

    private static List<ClaimId> ids(List<ClaimRecord> records) {
      List<ClaimId> ids = new ArrayList<>(records.size());
      for (ClaimRecord r : records) {
        ids.add(r.id());
      }
      return ids;
    }

    private static long sum(List<ClaimRecord> records) {
      long sum = 0;
      for (ClaimRecord r : records) {
        sum = Math.addExact(sum, r.amount());
      }
      return sum;
    }
  }
}
