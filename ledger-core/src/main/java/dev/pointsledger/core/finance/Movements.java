package dev.pointsledger.core.finance;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.supply.SolutionCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a program's journal as movements: pairs each entry's debits with its credits by the flow
 * they make ({@link Measure#between}), attributes each pair to its manufacturer, vendor, contract
 * and category, and splits a settlement over the claims it pays. What the rules never write (a pair
 * no measure names, a measure the entry's type never makes, a settlement whose claims do not add up
 * to it) is handed to the listener as unexplained, never dropped.
 *
 * <p>It keeps only a small note per contract (its vendor and category, from its reservation) and
 * per claim (its contract and amount, from its filing), never the entries.
 */
final class Movements {
  /** What the journal's reading hands on. */
  interface Listener {
    /** Every posting of the program's point entries, as written. */
    void posting(JournalEntry entry, Posting posting);

    /** A movement, in journal order. */
    void movement(Movement movement);

    /** Points of an entry that no movement explains. */
    void unexplained(JournalEntry entry, String what, long amount);
  }

  private static final Map<EntryType, Set<Measure>> MADE_BY = new EnumMap<>(EntryType.class);

  static {
    MADE_BY.put(EntryType.GRANT, EnumSet.of(Measure.GRANTED));
    MADE_BY.put(EntryType.RESERVE, EnumSet.of(Measure.RESERVED));
    MADE_BY.put(EntryType.CANCEL, EnumSet.of(Measure.RELEASED, Measure.RELEASED_LAPSED));
    MADE_BY.put(EntryType.CLAIM, EnumSet.of(Measure.CLAIMED));
    MADE_BY.put(
        EntryType.APPROVE, EnumSet.of(Measure.APPROVED, Measure.RELEASED, Measure.RELEASED_LAPSED));
    MADE_BY.put(EntryType.REJECT, EnumSet.of(Measure.REJECTED));
    MADE_BY.put(EntryType.SETTLE, EnumSet.of(Measure.SETTLED));
    MADE_BY.put(EntryType.LAPSE, EnumSet.of(Measure.LAPSED));
    MADE_BY.put(
        EntryType.REVERSE,
        EnumSet.of(Measure.GRANTED, Measure.RESERVED, Measure.SETTLED, Measure.LAPSED));
  }

  private record ContractNote(
      ManufacturerId manufacturer, VendorId vendor, Optional<SolutionCategory> category) {}

  private record ClaimNote(ContractId contract, long amount) {}

  private final JournalSource source;
  private final Listener listener;
  private final Map<String, ContractNote> contracts = new HashMap<>();
  private final Map<String, ClaimNote> claims = new HashMap<>();

  private Movements(JournalSource source, Listener listener) {
    this.source = source;
    this.listener = listener;
  }

  /** Reads every entry of a program up to the source's sequence number. */
  static void read(JournalSource source, ProgramId program, Listener listener) {
    Movements m = new Movements(source, listener);
    source.forEachEntry(Optional.of(program), m::entry);
  }

  private void entry(JournalEntry e) {
    if (!e.type().movesPoints()) {
      return;
    }
    for (Posting p : e.postings()) {
      listener.posting(e, p);
    }
    remember(e);
    boolean reversal = e.type() == EntryType.REVERSE;
    Set<Measure> allowed = MADE_BY.getOrDefault(e.type(), EnumSet.noneOf(Measure.class));
    List<Posting> credits = new ArrayList<>();
    for (Posting p : e.postings()) {
      if (p.amount() > 0) {
        credits.add(p);
      }
    }
    for (Posting debit : e.postings()) {
      if (debit.amount() > 0) {
        continue;
      }
      Posting credit = null;
      Measure measure = null;
      for (Posting c : credits) {
        if (c.amount() != -debit.amount()) {
          continue;
        }
        AccountType from = reversal ? c.account().type() : debit.account().type();
        AccountType to = reversal ? debit.account().type() : c.account().type();
        Optional<Measure> found = Measure.between(from, to).filter(allowed::contains);
        if (found.isPresent()) {
          credit = c;
          measure = found.get();
          break;
        }
      }
      if (credit == null) {
        listener.unexplained(
            e, "debit of " + debit.account() + " that no movement explains", debit.amount());
        continue;
      }
      credits.remove(credit);
      long amount = reversal ? debit.amount() : credit.amount();
      AccountId from = reversal ? credit.account() : debit.account();
      AccountId to = reversal ? debit.account() : credit.account();
      if (measure == Measure.SETTLED) {
        settled(e, amount, from.holder());
      } else {
        listener.movement(movement(e, measure, amount, from, to));
      }
    }
    for (Posting c : credits) {
      listener.unexplained(
          e, "credit of " + c.account() + " that no movement explains", c.amount());
    }
  }

  /** Keeps what later entries need: a contract's vendor and category, a claim's contract. */
  private void remember(JournalEntry e) {
    if (e.type() == EntryType.RESERVE) {
      String contract = e.references().get(References.CONTRACT);
      String manufacturer = e.references().get(References.MANUFACTURER);
      String vendor = e.references().get(References.VENDOR);
      if (contract != null && manufacturer != null && vendor != null) {
        Optional<SolutionCategory> category =
            Optional.ofNullable(e.references().get(References.CATEGORY))
                .flatMap(Movements::category);
        contracts.put(
            contract,
            new ContractNote(ManufacturerId.of(manufacturer), VendorId.of(vendor), category));
      }
    } else if (e.type() == EntryType.CLAIM) {
      String claim = e.references().get(References.CLAIM);
      String contract = e.references().get(References.CONTRACT);
      if (claim != null && contract != null) {
        long amount = 0;
        for (Posting p : e.postings()) {
          if (p.account().type() == AccountType.CLAIMED && p.amount() > 0) {
            amount = Math.addExact(amount, p.amount());
          }
        }
        claims.put(claim, new ClaimNote(ContractId.of(contract), amount));
      }
    }
  }

  private static Optional<SolutionCategory> category(String tag) {
    try {
      return Optional.of(SolutionCategory.fromTag(tag));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A settlement (or its reversal) split over the claims it pays, so that each contract's settled
   * points are known; a settlement whose claims do not add up to it stays one movement of the
   * vendor and is reported.
   */
  private void settled(JournalEntry e, long amount, String vendorHolder) {
    VendorId vendor = VendorId.of(vendorHolder);
    JournalEntry settlement = e;
    if (e.type() == EntryType.REVERSE) {
      Optional<JournalEntry> target =
          Optional.ofNullable(e.references().get(References.REVERSES))
              .map(EntryId::of)
              .flatMap(source::entry);
      if (target.isPresent()) {
        settlement = target.get();
      }
    }
    List<String> paid = settles(settlement);
    long sign = amount < 0 ? -1 : 1;
    long total = 0;
    boolean known = !paid.isEmpty();
    for (String claim : paid) {
      ClaimNote note = claims.get(claim);
      if (note == null) {
        known = false;
        break;
      }
      total = Math.addExact(total, note.amount());
    }
    Optional<String> payout = Optional.ofNullable(settlement.references().get(References.PAYOUT));
    if (known && Math.multiplyExact(sign, total) == amount) {
      for (String claim : paid) {
        ClaimNote note = claims.get(claim);
        ContractNote contract = contracts.get(note.contract().value());
        listener.movement(
            new Movement(
                e.sequence(),
                e.id(),
                e.type(),
                e.businessDate(),
                Measure.SETTLED,
                Math.multiplyExact(sign, note.amount()),
                Optional.ofNullable(contract).map(ContractNote::manufacturer),
                Optional.of(vendor),
                Optional.of(note.contract()),
                Optional.ofNullable(contract).flatMap(ContractNote::category),
                Optional.of(ClaimId.of(claim)),
                payout));
      }
      return;
    }
    listener.unexplained(
        e,
        "settlement of "
            + amount
            + " whose claims "
            + paid
            + (known ? " total " + Math.multiplyExact(sign, total) : " are not all known"),
        amount);
    listener.movement(
        new Movement(
            e.sequence(),
            e.id(),
            e.type(),
            e.businessDate(),
            Measure.SETTLED,
            amount,
            Optional.empty(),
            Optional.of(vendor),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            payout));
  }

  private static List<String> settles(JournalEntry settlement) {
    List<String> ids = new ArrayList<>();
    for (int n = 1; ; n++) {
      String id = settlement.references().get(References.settles(n));
      if (id == null) {
        return ids;
      }
      ids.add(id);
    }
  }

  private Movement movement(
      JournalEntry e, Measure measure, long amount, AccountId from, AccountId to) {
    Optional<ManufacturerId> manufacturer = Optional.empty();
    Optional<ContractId> contract = Optional.empty();
    Optional<VendorId> vendor = Optional.empty();
    for (AccountId a : List.of(from, to)) {
      switch (a.type().holderKind()) {
        case MANUFACTURER -> manufacturer = Optional.of(ManufacturerId.of(a.holder()));
        case VENDOR -> vendor = Optional.of(VendorId.of(a.holder()));
        default -> {
          // the pool names no one
        }
      }
      if (a.type().perContract()) {
        contract = Optional.of(ContractId.of(a.contract()));
      }
    }
    Optional<ContractNote> note = contract.map(c -> contracts.get(c.value()));
    if (vendor.isEmpty()) {
      vendor = note.map(ContractNote::vendor);
    }
    if (vendor.isEmpty() && contract.isPresent()) {
      vendor = Optional.ofNullable(e.references().get(References.VENDOR)).map(VendorId::of);
    }
    return new Movement(
        e.sequence(),
        e.id(),
        e.type(),
        e.businessDate(),
        measure,
        amount,
        manufacturer,
        vendor,
        contract,
        note.flatMap(ContractNote::category),
        Optional.ofNullable(e.references().get(References.CLAIM)).map(ClaimId::of),
        Optional.empty());
  }
}
