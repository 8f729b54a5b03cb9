package dev.pointsledger.core;

import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.testing.CivilCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain model of the 2022 program, written from the program rules and not from the rules package:
 * what each command should do, and where every manufacturer's and vendor's points should be. It
 * answers "accept, replay, or refuse for one of these reasons" without caring in which order the
 * real rules check their conditions.
 */
final class LedgerModel {
  static final long CAP = 200_000;
  static final LocalDate PROGRAM_START = LocalDate.of(2022, 3, 23);
  static final LocalDate PROGRAM_END = LocalDate.of(2022, 12, 31);
  static final LocalDate APPLICATIONS_FROM = LocalDate.of(2022, 3, 23);
  static final LocalDate APPLICATIONS_UNTIL = LocalDate.of(2022, 8, 31);
  static final int MINIMUM_TERM_MONTHS = 3;
  static final long MAX_PRICE = 1_000_000_000L;

  /** A listed solution: whose it is, its listed price, when it is listed, its own term. */
  record Listing(VendorId vendor, long price, LocalDate from, LocalDate until, int termMonths) {}

  /** A manufacturer's points, by where they are. */
  static final class Holding {
    long granted;
    long available;
    long redeemed;
    long lapsed;
  }

  enum DealStatus {
    ACTIVE,
    CLAIM_PENDING,
    CLOSED,
    CANCELLED,
    REVERSED
  }

  /** A contract. */
  static final class Deal {
    final ManufacturerId manufacturer;
    final VendorId vendor;
    final long points;
    final LocalDate serviceEnd;
    DealStatus status = DealStatus.ACTIVE;
    long reserved;
    long claimed;

    Deal(ManufacturerId manufacturer, VendorId vendor, long points, LocalDate serviceEnd) {
      this.manufacturer = manufacturer;
      this.vendor = vendor;
      this.points = points;
      this.serviceEnd = serviceEnd;
      this.reserved = points;
    }
  }

  enum BillStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SETTLED
  }

  /** A claim. */
  static final class Bill {
    final ContractId contract;
    final VendorId vendor;
    final long amount;
    BillStatus status = BillStatus.PENDING;

    Bill(ContractId contract, VendorId vendor, long amount) {
      this.contract = contract;
      this.vendor = vendor;
      this.amount = amount;
    }
  }

  /** A vendor's approved and paid points. */
  static final class Payouts {
    long payable;
    long paid;
  }

  /** What an accepted entry did, as far as a reversal needs to know. */
  sealed interface Effect {}

  record Granted(ManufacturerId manufacturer, long points) implements Effect {}

  record Reserved(ContractId contract) implements Effect {}

  record Settled(VendorId vendor, List<ClaimId> claims, long total) implements Effect {}

  record Lapsed(ManufacturerId manufacturer, long points) implements Effect {}

  record NotReversible() implements Effect {}

  /** What a command should come to. */
  sealed interface Expectation {}

  /** Applied, writing a new entry. */
  record Accept() implements Expectation {}

  /** Applied before: the first entry is returned and nothing written. */
  record Replay(EntryId id) implements Expectation {}

  /** Refused for one of these reasons, each of which holds. */
  record Refuse(Set<RejectionCode> anyOf) implements Expectation {}

  final Map<SolutionId, Listing> listings = new LinkedHashMap<>();
  final Map<EntryId, Command> accepted = new LinkedHashMap<>();
  final Map<EntryId, Effect> effects = new LinkedHashMap<>();
  final Set<EntryId> reversed = new HashSet<>();
  final Map<ManufacturerId, Holding> manufacturers = new LinkedHashMap<>();
  final Map<ContractId, Deal> contracts = new LinkedHashMap<>();
  final Map<ClaimId, Bill> claims = new LinkedHashMap<>();
  final Map<VendorId, Payouts> vendors = new LinkedHashMap<>();

  /**
   * What a command should come to on a business day.
   *
   * @param command the command
   * @param today the business day
   * @return accept, replay or refuse
   */
  Expectation expect(Command command, LocalDate today) {
    Command before = accepted.get(command.id());
    if (before != null) {
      return before.equals(command)
          ? new Replay(command.id())
          : refuse(EnumSet.of(RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT));
    }
    Set<RejectionCode> broken = EnumSet.noneOf(RejectionCode.class);
    if (command instanceof GrantPoints c) {
      checkGrant(c, today, broken);
    } else if (command instanceof PurchaseSolution c) {
      checkReserve(c, today, broken);
    } else if (command instanceof CancelContract c) {
      checkCancel(c, today, broken);
    } else if (command instanceof FileClaim c) {
      checkClaim(c, today, broken);
    } else if (command instanceof ApproveClaim c) {
      checkPending(c.claim(), broken);
    } else if (command instanceof RejectClaim c) {
      checkPending(c.claim(), broken);
    } else if (command instanceof SettleClaims c) {
      checkSettle(c, broken);
    } else if (command instanceof LapsePoints c) {
      checkLapse(c, today, broken);
    } else if (command instanceof ReverseEntry c) {
      checkReverse(c, today, broken);
    } else {
      throw new IllegalArgumentException("the model does not know " + command);
    }
    return broken.isEmpty() ? new Accept() : refuse(broken);
  }

  private static Refuse refuse(Set<RejectionCode> codes) {
    return new Refuse(codes);
  }

  private static boolean inProgram(LocalDate day) {
    return !day.isBefore(PROGRAM_START) && !day.isAfter(PROGRAM_END);
  }

  private void checkGrant(GrantPoints c, LocalDate today, Set<RejectionCode> broken) {
    if (c.points() <= 0) {
      broken.add(RejectionCode.NON_POSITIVE_AMOUNT);
      return;
    }
    if (c.applicationDate().isAfter(today)) {
      broken.add(RejectionCode.DATE_IN_FUTURE);
    }
    if (!inProgram(today)) {
      broken.add(RejectionCode.OUTSIDE_PROGRAM_PERIOD);
    }
    if (c.applicationDate().isBefore(APPLICATIONS_FROM)
        || c.applicationDate().isAfter(APPLICATIONS_UNTIL)) {
      broken.add(RejectionCode.APPLICATION_WINDOW_CLOSED);
    }
    Holding h = manufacturers.get(c.manufacturer());
    long granted = h == null ? 0 : h.granted;
    if (granted + c.points() > CAP) {
      broken.add(RejectionCode.CAP_EXCEEDED);
    }
  }

  private void checkReserve(PurchaseSolution c, LocalDate today, Set<RejectionCode> broken) {
    if (c.price() <= 0 || c.points() <= 0) {
      broken.add(RejectionCode.NON_POSITIVE_AMOUNT);
      return;
    }
    if (c.serviceEnd().isBefore(c.serviceStart())) {
      broken.add(RejectionCode.DATES_OUT_OF_ORDER);
    }
    if (c.price() > MAX_PRICE) {
      broken.add(RejectionCode.AMOUNT_ABOVE_LIMIT);
    }
    Listing listing = listings.get(c.solution());
    if (listing == null) {
      broken.add(RejectionCode.UNKNOWN_SOLUTION);
    } else {
      if (today.isBefore(listing.from()) || today.isAfter(listing.until())) {
        broken.add(RejectionCode.OUTSIDE_LISTING_PERIOD);
      }
      if (c.price() > listing.price()) {
        broken.add(RejectionCode.PRICE_ABOVE_LISTED);
      }
      int months = Math.max(MINIMUM_TERM_MONTHS, listing.termMonths());
      if (c.serviceEnd().isBefore(CivilCode.lastDayOfMonths(c.serviceStart(), months))) {
        broken.add(RejectionCode.TERM_TOO_SHORT);
      }
      if (c.serviceStart().isBefore(listing.from())) {
        broken.add(RejectionCode.SERVICE_STARTS_BEFORE_LISTING);
      }
    }
    if (c.serviceStart().isBefore(today)) {
      broken.add(RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE);
    }
    if (c.serviceStart().isBefore(PROGRAM_START)) {
      broken.add(RejectionCode.SERVICE_STARTS_BEFORE_PROGRAM);
    }
    if (!inProgram(today)) {
      broken.add(RejectionCode.OUTSIDE_PROGRAM_PERIOD);
    }
    if (contracts.containsKey(c.contract())) {
      broken.add(RejectionCode.CONTRACT_ALREADY_EXISTS);
    }
    if (c.points() > c.price() / 2) {
      broken.add(RejectionCode.MORE_THAN_HALF_OF_PRICE);
    }
    Holding h = manufacturers.get(c.manufacturer());
    if (h == null) {
      broken.add(RejectionCode.UNKNOWN_MANUFACTURER);
    } else if (c.points() > h.available) {
      broken.add(RejectionCode.INSUFFICIENT_POINTS);
    }
  }

  private void checkCancel(CancelContract c, LocalDate today, Set<RejectionCode> broken) {
    Deal d = contracts.get(c.contract());
    if (d == null) {
      broken.add(RejectionCode.UNKNOWN_CONTRACT);
      return;
    }
    checkActive(d, broken);
    if (today.isAfter(d.serviceEnd)) {
      broken.add(RejectionCode.CONTRACT_ALREADY_ENDED);
    }
  }

  private static void checkActive(Deal d, Set<RejectionCode> broken) {
    if (d.status == DealStatus.CLAIM_PENDING) {
      broken.add(RejectionCode.CLAIM_PENDING);
    } else if (d.status != DealStatus.ACTIVE) {
      broken.add(RejectionCode.CONTRACT_NOT_ACTIVE);
    }
  }

  private void checkClaim(FileClaim c, LocalDate today, Set<RejectionCode> broken) {
    if (c.points() <= 0) {
      broken.add(RejectionCode.NON_POSITIVE_AMOUNT);
      return;
    }
    if (c.documents().isEmpty()) {
      broken.add(RejectionCode.MISSING_CLAIM_DOCUMENTS);
    }
    if (new HashSet<>(c.documents()).size() < c.documents().size()) {
      broken.add(RejectionCode.DUPLICATE_ITEM);
    }
    if (claims.containsKey(c.claim())) {
      broken.add(RejectionCode.CLAIM_ALREADY_EXISTS);
    }
    Deal d = contracts.get(c.contract());
    if (d == null) {
      broken.add(RejectionCode.UNKNOWN_CONTRACT);
      return;
    }
    if (!d.vendor.equals(c.vendor())) {
      broken.add(RejectionCode.NOT_CONTRACT_VENDOR);
    }
    checkActive(d, broken);
    if (!today.isAfter(d.serviceEnd)) {
      broken.add(RejectionCode.CONTRACT_NOT_ENDED);
    }
    if (c.points() > d.reserved) {
      broken.add(RejectionCode.CLAIM_EXCEEDS_RESERVED);
    }
  }

  private void checkPending(ClaimId id, Set<RejectionCode> broken) {
    Bill b = claims.get(id);
    if (b == null) {
      broken.add(RejectionCode.UNKNOWN_CLAIM);
    } else if (b.status != BillStatus.PENDING) {
      broken.add(RejectionCode.CLAIM_NOT_PENDING);
    }
  }

  private void checkSettle(SettleClaims c, Set<RejectionCode> broken) {
    if (c.claims().isEmpty()) {
      broken.add(RejectionCode.NON_POSITIVE_AMOUNT);
    }
    Set<ClaimId> seen = new HashSet<>();
    for (ClaimId id : c.claims()) {
      if (!seen.add(id)) {
        broken.add(RejectionCode.DUPLICATE_ITEM);
      }
      Bill b = claims.get(id);
      if (b == null) {
        broken.add(RejectionCode.UNKNOWN_CLAIM);
        continue;
      }
      if (!b.vendor.equals(c.vendor())) {
        broken.add(RejectionCode.NOT_CLAIM_VENDOR);
      }
      if (b.status != BillStatus.APPROVED) {
        broken.add(RejectionCode.CLAIM_NOT_APPROVED);
      }
    }
  }

  private void checkLapse(LapsePoints c, LocalDate today, Set<RejectionCode> broken) {
    if (!today.isAfter(PROGRAM_END)) {
      broken.add(RejectionCode.PROGRAM_NOT_ENDED);
    }
    Holding h = manufacturers.get(c.manufacturer());
    if (h == null) {
      broken.add(RejectionCode.UNKNOWN_MANUFACTURER);
    } else if (h.available == 0) {
      broken.add(RejectionCode.NOTHING_TO_LAPSE);
    }
  }

  private void checkReverse(ReverseEntry c, LocalDate today, Set<RejectionCode> broken) {
    Effect effect = effects.get(c.target());
    if (effect == null) {
      broken.add(RejectionCode.UNKNOWN_ENTRY);
      return;
    }
    if (effect instanceof Lapsed) {
      broken.add(RejectionCode.LAPSE_IS_FINAL);
      return;
    }
    if (effect instanceof NotReversible) {
      broken.add(RejectionCode.ENTRY_NOT_REVERSIBLE);
      return;
    }
    if (reversed.contains(c.target())) {
      broken.add(RejectionCode.ALREADY_REVERSED);
    }
    if (effect instanceof Granted g && manufacturers.get(g.manufacturer()).available < g.points()) {
      broken.add(RejectionCode.REVERSAL_NOT_COVERED);
    } else if (effect instanceof Reserved r) {
      Deal d = contracts.get(r.contract());
      if (d.reserved < d.points) {
        broken.add(RejectionCode.REVERSAL_NOT_COVERED);
      }
      if (d.status != DealStatus.ACTIVE) {
        broken.add(RejectionCode.ENTRY_NOT_REVERSIBLE);
      }
    } else if (effect instanceof Settled s && vendor(s.vendor()).paid < s.total()) {
      broken.add(RejectionCode.REVERSAL_NOT_COVERED);
    }
  }

  /**
   * Carries out an accepted command.
   *
   * @param command a command {@link #expect} accepts
   * @param today the business day it was accepted on: after the program's end, points a contract
   *     releases lapse at once
   */
  void apply(Command command, LocalDate today) {
    boolean ended = today.isAfter(PROGRAM_END);
    Effect effect = new NotReversible();
    if (command instanceof GrantPoints c) {
      Holding h = manufacturers.computeIfAbsent(c.manufacturer(), m -> new Holding());
      h.granted += c.points();
      h.available += c.points();
      effect = new Granted(c.manufacturer(), c.points());
    } else if (command instanceof PurchaseSolution c) {
      manufacturers.get(c.manufacturer()).available -= c.points();
      contracts.put(
          c.contract(),
          new Deal(
              c.manufacturer(), listings.get(c.solution()).vendor(), c.points(), c.serviceEnd()));
      effect = new Reserved(c.contract());
    } else if (command instanceof CancelContract c) {
      Deal d = contracts.get(c.contract());
      release(manufacturers.get(d.manufacturer), d.reserved, ended);
      d.reserved = 0;
      d.status = DealStatus.CANCELLED;
    } else if (command instanceof FileClaim c) {
      Deal d = contracts.get(c.contract());
      d.reserved -= c.points();
      d.claimed += c.points();
      d.status = DealStatus.CLAIM_PENDING;
      claims.put(c.claim(), new Bill(c.contract(), c.vendor(), c.points()));
    } else if (command instanceof ApproveClaim c) {
      Bill b = claims.get(c.claim());
      Deal d = contracts.get(b.contract);
      Holding h = manufacturers.get(d.manufacturer);
      d.claimed -= b.amount;
      h.redeemed += b.amount;
      release(h, d.reserved, ended);
      d.reserved = 0;
      d.status = DealStatus.CLOSED;
      vendor(b.vendor).payable += b.amount;
      b.status = BillStatus.APPROVED;
    } else if (command instanceof RejectClaim c) {
      Bill b = claims.get(c.claim());
      Deal d = contracts.get(b.contract);
      d.claimed -= b.amount;
      d.reserved += b.amount;
      d.status = DealStatus.ACTIVE;
      b.status = BillStatus.REJECTED;
    } else if (command instanceof SettleClaims c) {
      long total = 0;
      for (ClaimId id : c.claims()) {
        Bill b = claims.get(id);
        b.status = BillStatus.SETTLED;
        total += b.amount;
      }
      vendor(c.vendor()).payable -= total;
      vendor(c.vendor()).paid += total;
      effect = new Settled(c.vendor(), List.copyOf(c.claims()), total);
    } else if (command instanceof LapsePoints c) {
      Holding h = manufacturers.get(c.manufacturer());
      effect = new Lapsed(c.manufacturer(), h.available);
      h.lapsed += h.available;
      h.available = 0;
    } else if (command instanceof ReverseEntry c) {
      undo(effects.get(c.target()), ended);
      reversed.add(c.target());
    }
    accepted.put(command.id(), command);
    effects.put(command.id(), effect);
  }

  private static void release(Holding h, long points, boolean programEnded) {
    if (programEnded) {
      h.lapsed += points;
    } else {
      h.available += points;
    }
  }

  private void undo(Effect effect, boolean programEnded) {
    if (effect instanceof Granted g) {
      Holding h = manufacturers.get(g.manufacturer());
      h.granted -= g.points();
      h.available -= g.points();
    } else if (effect instanceof Reserved r) {
      Deal d = contracts.get(r.contract());
      release(manufacturers.get(d.manufacturer), d.points, programEnded);
      d.reserved = 0;
      d.status = DealStatus.REVERSED;
    } else if (effect instanceof Settled s) {
      for (ClaimId id : s.claims()) {
        claims.get(id).status = BillStatus.APPROVED;
      }
      vendor(s.vendor()).payable += s.total();
      vendor(s.vendor()).paid -= s.total();
    }
  }

  Payouts vendor(VendorId id) {
    return vendors.computeIfAbsent(id, v -> new Payouts());
  }

  /** A manufacturer's reserved points, over all its contracts. */
  long reserved(ManufacturerId m) {
    return contracts.values().stream()
        .filter(d -> d.manufacturer.equals(m))
        .mapToLong(d -> d.reserved)
        .sum();
  }

  /** A manufacturer's points under pending claims, over all its contracts. */
  long claimed(ManufacturerId m) {
    return contracts.values().stream()
        .filter(d -> d.manufacturer.equals(m))
        .mapToLong(d -> d.claimed)
        .sum();
  }

  /** A vendor's points under pending claims. */
  long pending(VendorId v) {
    return claims.values().stream()
        .filter(b -> b.vendor.equals(v) && b.status == BillStatus.PENDING)
        .mapToLong(b -> b.amount)
        .sum();
  }

  /** The ids of every accepted entry, oldest first. */
  List<EntryId> entryIds() {
    return new ArrayList<>(accepted.keySet());
  }
}
