package dev.pointsledger.core.query;

import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.supply.SolutionCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reports for finance: points bought, claimed, redeemed and paid, by the ten categories (R-V2)
 * and by vendor, as of an entry; asked through {@link LedgerView}.
 *
 * <p>Every total is exact and never overflows: each amount added is at most a contract's price,
 * which is at most {@link dev.pointsledger.core.program.ProgramPolicy#MAX_PRICE}, and a row adds
 * up at most one amount per record of a {@link java.util.List} (fewer than 2^31), which stays below
 * {@link Long#MAX_VALUE} (see {@code MAX_PRICE}). {@code Math.addExact} only guards that reasoning.
 */
final class FinanceReports {
  private FinanceReports() {}

  /**
   * Totals per category, in the briefing's order, all ten listed even when empty.
   *
   * @param store the store
   * @param program the program, checked by the caller
   * @param asOf the sequence number
   * @return ten rows, headed by the category's English and Chinese names
   */
  static List<PurchaseTotals> byCategory(LedgerStore store, ProgramId program, long asOf) {
    Map<String, Totals> rows = new LinkedHashMap<>();
    for (SolutionCategory c : SolutionCategory.values()) {
      rows.put(c.name(), new Totals(c.number() + " " + c.englishName() + " " + c.chineseName()));
    }
    return totals(store, program, asOf, contract -> contract.category().name(), rows);
  }

  /**
   * Totals per vendor that sold anything, ordered by vendor id.
   *
   * @param store the store
   * @param program the program, checked by the caller
   * @param asOf the sequence number
   * @return one row per vendor, headed by the vendor's id
   */
  static List<PurchaseTotals> byVendor(LedgerStore store, ProgramId program, long asOf) {
    return totals(store, program, asOf, contract -> contract.vendor().value(), new TreeMap<>());
  }

  private static List<PurchaseTotals> totals(
      LedgerStore store,
      ProgramId program,
      long asOf,
      Function<ContractRecord, String> heading,
      Map<String, Totals> rows) {
    Map<ContractId, Totals> byContract = new HashMap<>();
    for (LedgerRecord r : store.records(RecordKind.CONTRACT, program, asOf)) {
      ContractRecord c = (ContractRecord) r;
      if (c.status() == ContractStatus.CANCELLED || c.status() == ContractStatus.REVERSED) {
        continue;
      }
      String key = heading.apply(c);
      Totals t = rows.computeIfAbsent(key, Totals::new);
      t.contracts++;
      t.price = Math.addExact(t.price, c.price());
      t.points = Math.addExact(t.points, c.points());
      t.ownPart = Math.addExact(t.ownPart, c.ownPart());
      byContract.put(c.id(), t);
    }
    for (LedgerRecord r : store.records(RecordKind.CLAIM, program, asOf)) {
      ClaimRecord claim = (ClaimRecord) r;
      Totals t = byContract.get(claim.contract());
      if (t == null) {
        continue;
      }
      switch (claim.status()) {
        case PENDING -> t.claimed = Math.addExact(t.claimed, claim.amount());
        case APPROVED -> t.redeemed = Math.addExact(t.redeemed, claim.amount());
        case SETTLED -> {
          t.redeemed = Math.addExact(t.redeemed, claim.amount());
          t.paid = Math.addExact(t.paid, claim.amount());
        }
        default -> {
          // a rejected claim moved nothing
        }
      }
    }
    List<PurchaseTotals> result = new ArrayList<>(rows.size());
    for (Totals t : rows.values()) {
      result.add(t.freeze());
    }
    return result;
  }

  /** A row being added up. */
  private static final class Totals {
    private final String heading;
    private long contracts;
    private long price;
    private long points;
    private long ownPart;
    private long claimed;
    private long redeemed;
    private long paid;

    Totals(String heading) {
      this.heading = heading;
    }

    PurchaseTotals freeze() {
      return new PurchaseTotals(heading, contracts, price, points, ownPart, claimed, redeemed, paid);
    }
  }
}
