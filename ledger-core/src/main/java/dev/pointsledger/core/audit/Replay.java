package dev.pointsledger.core.audit;

import static dev.pointsledger.core.audit.Invariant.BALANCE_NEVER_NEGATIVE;
import static dev.pointsledger.core.audit.Invariant.CLAIMS_WITHIN_RESERVED;
import static dev.pointsledger.core.audit.Invariant.CLAIM_AFTER_END_BY_VENDOR;
import static dev.pointsledger.core.audit.Invariant.CONTRACT_SPLIT;
import static dev.pointsledger.core.audit.Invariant.ENTRY_BALANCED;
import static dev.pointsledger.core.audit.Invariant.FINANCE_TIE_OUT;
import static dev.pointsledger.core.audit.Invariant.GRANT_WITHIN_CAP;
import static dev.pointsledger.core.audit.Invariant.POLICY_UNCHANGED;
import static dev.pointsledger.core.audit.Invariant.POSTING_SHAPE;
import static dev.pointsledger.core.audit.Invariant.PROGRAM_DEFINED;
import static dev.pointsledger.core.audit.Invariant.RECORD_MATCHES_JOURNAL;
import static dev.pointsledger.core.audit.Invariant.ROW_READABLE;
import static dev.pointsledger.core.audit.Invariant.SETTLED_WITHIN_APPROVED;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The meaning of the journal, rebuilt entry by entry from the stored rows: every account's
 * balance, and a small shadow of every manufacturer, contract, claim and vendor with what the
 * entries say about it. Each entry is checked against the shadows (its postings' shape, the cap,
 * the split, the claim rules, its record versions), then applied to them. Memory grows with the
 * parties, contracts, claims and accounts, never with the entries.
 */
final class Replay {
  private final Findings findings;
  private final LongFunction<Optional<RawEntry>> rowAt;

  private final Map<ProgramId, ProgramState> programs = new LinkedHashMap<>();
  private final Map<AccountId, long[]> balances = new HashMap<>();
  private final Map<RecordKey, Manufacturer> manufacturers = new HashMap<>();
  private final Map<RecordKey, Contract> contracts = new HashMap<>();
  private final Map<RecordKey, Claim> claims = new HashMap<>();
  private final Map<RecordKey, Vendor> vendors = new HashMap<>();
  /** The digest of every record's latest version, for the end-of-journal comparisons. */
  private final Map<RecordKey, EntryHash> latest = new HashMap<>();
  private final Set<Long> reversed = new HashSet<>();
  private final IdIndex ids;

  /** The entry being replayed. */
  private long seq;

  private String id;

  Replay(Findings findings, IdIndex ids, LongFunction<Optional<RawEntry>> rowAt) {
    this.findings = findings;
    this.ids = ids;
    this.rowAt = rowAt;
  }

  /** What the journal says about a program. */
  static final class ProgramState {
    final ProgramRecord definition;
    final EntryHash digest;
    long issued;

    ProgramState(ProgramRecord definition, EntryHash digest) {
      this.definition = definition;
      this.digest = digest;
    }

    ProgramPolicy policy() {
      return definition.program().policy();
    }
  }

  private static final class Manufacturer {
    long granted;
    long committed;
    ManufacturerRecord record;
  }

  private static final class Contract {
    final ContractRecord first;
    ContractStatus status = ContractStatus.ACTIVE;
    ClaimId openClaim;
    long approved;
    ContractRecord record;

    Contract(ContractRecord first) {
      this.first = first;
    }
  }

  private static final class Claim {
    final RecordKey contract;
    final String vendor;
    final long amount;
    ClaimStatus status = ClaimStatus.PENDING;
    String payout;
    ClaimRecord record;

    Claim(RecordKey contract, String vendor, long amount) {
      this.contract = contract;
      this.vendor = vendor;
      this.amount = amount;
    }
  }

  private static final class Vendor {
    long approved;
    long settled;
  }

  /** A row decoded enough to replay: its type, program, postings and decoded records. */
  record Decoded(
      EntryType type,
      ProgramId program,
      List<AccountId> accounts,
      long[] amounts,
      List<LedgerRecord> records) {}

  Map<ProgramId, ProgramState> programs() {
    return programs;
  }

  Map<RecordKey, EntryHash> latestDigests() {
    return latest;
  }

  /**
   * Decodes a row for the replay; reports what cannot be decoded.
   *
   * @return the decoded row, or empty if the replay must skip it
   */
  Optional<Decoded> decode(RawEntry e, List<LedgerRecord> records) {
    seq = e.sequence();
    id = e.id();
    EntryType type;
    try {
      type = EntryType.fromTag(e.type());
    } catch (RuntimeException ex) {
      findings.failChecked(ROW_READABLE, seq, id, "unknown entry type " + quote(e.type()));
      return Optional.empty();
    }
    ProgramId program;
    try {
      program = ProgramId.of(e.program());
    } catch (RuntimeException ex) {
      findings.failChecked(ROW_READABLE, seq, id, "unreadable program id " + quote(e.program()));
      return Optional.empty();
    }
    List<AccountId> accounts = new ArrayList<>(e.postings().size());
    long[] amounts = new long[e.postings().size()];
    boolean readable = true;
    for (int i = 0; i < e.postings().size(); i++) {
      RawPosting p = e.postings().get(i);
      try {
        accounts.add(
            new AccountId(
                ProgramId.of(p.program()),
                AccountType.fromTag(p.accountType()),
                p.holder(),
                p.contract() == null ? "" : p.contract()));
        amounts[i] = p.amount();
      } catch (RuntimeException ex) {
        readable = false;
        findings.fail(
            ROW_READABLE, seq, id, "posting " + (i + 1) + " (" + p.accountText() + ") is not an"
                + " account: " + ex.getMessage());
      }
    }
    findings.checked(ROW_READABLE);
    if (!readable) {
      return Optional.empty();
    }
    return Optional.of(new Decoded(type, program, accounts, amounts, records));
  }

  /** Checks an entry against the shadows and applies it. */
  void apply(RawEntry e, Decoded d) {
    ProgramState program = programs.get(d.program());
    if (d.type() != EntryType.PROGRAM_DEFINED) {
      if (!findings.check(
          program != null, PROGRAM_DEFINED, seq, id,
          "program " + d.program() + " is not defined by an earlier entry")) {
        applyBalances(d);
        return;
      }
    }
    for (AccountId a : d.accounts()) {
      findings.check(
          a.program().equals(d.program()), PROGRAM_DEFINED, seq, id,
          "posting to " + a + " in an entry of program " + d.program());
    }
    checkBalanced(d);
    applyBalances(d);
    Map<AccountId, Long> moves = moves(d);
    switch (d.type()) {
      case PROGRAM_DEFINED -> defineProgram(d);
      case GRANT -> grant(e, d, moves, program);
      case RESERVE -> reserve(e, d, moves, program);
      case CANCEL -> cancel(e, d, moves);
      case CLAIM -> claim(e, d, moves);
      case APPROVE -> approve(e, d, moves);
      case REJECT -> reject(e, d, moves);
      case SETTLE -> settle(e, d, moves);
      case LAPSE -> lapse(e, d, moves);
      case REVERSE -> reverse(e, d, moves);
      default -> registry(e, d);
    }
    checkRecords(e, d);
  }

  private void checkBalanced(Decoded d) {
    int n = d.accounts().size();
    if (d.type().movesPoints()) {
      long sum = 0;
      boolean overflow = false;
      for (long a : d.amounts()) {
        try {
          sum = Math.addExact(sum, a);
        } catch (ArithmeticException ex) {
          overflow = true;
        }
      }
      boolean distinct = new HashSet<>(d.accounts()).size() == n;
      boolean nonZero = true;
      for (long a : d.amounts()) {
        nonZero &= a != 0;
      }
      findings.check(
          n >= 2 && distinct && nonZero && sum == 0 && !overflow, ENTRY_BALANCED, seq, id,
          d.type().tag() + " has " + n + " postings" + (distinct ? "" : ", some to one account")
              + (nonZero ? "" : ", one of zero") + " summing to "
              + (overflow ? "more than 64 bits hold" : String.valueOf(sum)));
    } else {
      findings.check(
          n == 0, ENTRY_BALANCED, seq, id, d.type().tag() + " moves no points but has "
              + n + " postings");
    }
  }

  private void applyBalances(Decoded d) {
    for (int i = 0; i < d.accounts().size(); i++) {
      AccountId a = d.accounts().get(i);
      long[] b = balances.computeIfAbsent(a, k -> new long[1]);
      long before = b[0];
      long after;
      try {
        after = Math.addExact(before, d.amounts()[i]);
      } catch (ArithmeticException ex) {
        findings.failChecked(
            BALANCE_NEVER_NEGATIVE, seq, id, a + " overflows 64 bits");
        continue;
      }
      b[0] = after;
      if (a.type().nonNegative()) {
        findings.check(
            after >= 0, BALANCE_NEVER_NEGATIVE, seq, id, a + " goes to " + after);
      }
    }
  }

  private static Map<AccountId, Long> moves(Decoded d) {
    Map<AccountId, Long> m = new HashMap<>();
    for (int i = 0; i < d.accounts().size(); i++) {
      m.merge(d.accounts().get(i), d.amounts()[i], Long::sum);
    }
    return m;
  }

  /** Checks the postings are exactly the expected ones, each amount positive where credited. */
  private boolean shape(Decoded d, Map<AccountId, Long> actual, Map<AccountId, Long> expected) {
    boolean positive = true;
    for (long v : expected.values()) {
      positive &= v != 0;
    }
    return findings.check(
        positive && actual.equals(expected), POSTING_SHAPE, seq, id,
        d.type().tag() + " moves " + describe(actual) + "; its references allow only "
            + describe(expected));
  }

  private static String describe(Map<AccountId, Long> moves) {
    List<String> parts = new ArrayList<>();
    moves.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(m -> parts.add(m.getKey() + " " + (m.getValue() > 0 ? "+" : "") + m.getValue()));
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  private String ref(RawEntry e, String key) {
    String v = e.references().get(key);
    if (v == null) {
      findings.failChecked(POSTING_SHAPE, seq, id, e.type() + " has no " + key + " reference");
    }
    return v;
  }

  private static Map<AccountId, Long> pair(AccountId from, AccountId to, long amount) {
    Map<AccountId, Long> m = new HashMap<>();
    m.put(from, -amount);
    m.merge(to, amount, Long::sum);
    return m;
  }

  /** Where released points go: to LAPSED if the entry posts there, else to AVAILABLE. */
  private static AccountId releaseTo(Map<AccountId, Long> moves, ProgramId p, ManufacturerId m) {
    AccountId lapsed = AccountId.lapsed(p, m);
    return moves.containsKey(lapsed) ? lapsed : AccountId.available(p, m);
  }

  private Manufacturer manufacturer(ProgramId p, String m) {
    return manufacturers.computeIfAbsent(
        RecordKey.manufacturer(p, ManufacturerId.of(m)), k -> new Manufacturer());
  }

  private Vendor vendor(ProgramId p, String v) {
    return vendors.computeIfAbsent(RecordKey.vendor(p, VendorId.of(v)), k -> new Vendor());
  }

  private void defineProgram(Decoded d) {
    ProgramRecord definition = null;
    for (LedgerRecord r : d.records()) {
      if (r instanceof ProgramRecord p) {
        definition = p;
      }
    }
    if (!findings.check(
        definition != null && definition.program().id().equals(d.program()), POLICY_UNCHANGED,
        seq, id, "PROGRAM_DEFINED writes no PROGRAM record of program " + d.program())) {
      return;
    }
    if (programs.containsKey(d.program())) {
      return; // the record check reports the second definition
    }
    programs.put(d.program(), new ProgramState(definition, definition.digest().digest()));
  }

  private void grant(RawEntry e, Decoded d, Map<AccountId, Long> moves, ProgramState program) {
    String m = ref(e, References.MANUFACTURER);
    if (m == null) {
      return;
    }
    ProgramId p = d.program();
    AccountId available = AccountId.available(p, ManufacturerId.of(m));
    long x = moves.getOrDefault(available, 0L);
    shape(d, moves, pair(AccountId.pool(p), available, x));
    Manufacturer shadow = manufacturer(p, m);
    shadow.granted += x;
    program.issued += x;
    long cap = program.policy().grantCap();
    findings.check(
        shadow.granted <= cap, GRANT_WITHIN_CAP, seq, id,
        "manufacturer " + m + " granted " + shadow.granted + " in total, the cap is " + cap);
  }

  private void reserve(RawEntry e, Decoded d, Map<AccountId, Long> moves, ProgramState program) {
    String m = ref(e, References.MANUFACTURER);
    String c = ref(e, References.CONTRACT);
    String v = ref(e, References.VENDOR);
    if (m == null || c == null || v == null) {
      return;
    }
    ProgramId p = d.program();
    ManufacturerId mid = ManufacturerId.of(m);
    AccountId reserved = AccountId.reserved(p, mid, ContractId.of(c));
    long x = moves.getOrDefault(reserved, 0L);
    shape(d, moves, pair(AccountId.available(p, mid), reserved, x));
    manufacturer(p, m).committed += x;
    ContractRecord record = written(d, RecordKey.contract(p, ContractId.of(c)), ContractRecord.class);
    if (!findings.check(
        record != null, RECORD_MATCHES_JOURNAL, seq, id, "RESERVE writes no record of contract "
            + c)) {
      return;
    }
    RecordKey key = record.key();
    if (!findings.check(
        !contracts.containsKey(key), POSTING_SHAPE, seq, id, "contract " + c
            + " was reserved before")) {
      return;
    }
    findings.check(
        record.points() == x && record.manufacturer().value().equals(m)
            && record.vendor().value().equals(v) && record.reservedBy().value().equals(id),
        RECORD_MATCHES_JOURNAL, seq, id,
        "contract " + c + " says " + record.points() + " points of " + record.manufacturer()
            + " from " + record.vendor() + " reserved by " + record.reservedBy()
            + "; the entry reserves " + x + " of " + m + " from " + v);
    long max = program.policy().maxPointsFor(record.price());
    findings.check(
        record.points() <= max && record.points() + record.ownPart() == record.price(),
        CONTRACT_SPLIT, seq, id,
        "contract " + c + ": " + record.points() + " points + " + record.ownPart()
            + " own part on price " + record.price() + " (at most " + max + " points)");
    contracts.put(key, new Contract(record));
  }

  private Contract contractOf(RawEntry e, ProgramId p) {
    String c = ref(e, References.CONTRACT);
    if (c == null) {
      return null;
    }
    Contract contract = contracts.get(RecordKey.contract(p, ContractId.of(c)));
    findings.check(
        contract != null, POSTING_SHAPE, seq, id, e.type() + " of contract " + c
            + ", which no earlier entry reserved");
    return contract;
  }

  private void cancel(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    ProgramId p = d.program();
    Contract c = contractOf(e, p);
    if (c == null) {
      return;
    }
    ManufacturerId m = c.first.manufacturer();
    AccountId reserved = AccountId.reserved(p, m, c.first.id());
    long x = -moves.getOrDefault(reserved, 0L);
    shape(d, moves, pair(reserved, releaseTo(moves, p, m), x));
    manufacturer(p, m.value()).committed -= x;
    c.status = ContractStatus.CANCELLED;
  }

  private void claim(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    ProgramId p = d.program();
    Contract c = contractOf(e, p);
    String k = ref(e, References.CLAIM);
    String v = ref(e, References.VENDOR);
    if (c == null || k == null || v == null) {
      return;
    }
    ManufacturerId m = c.first.manufacturer();
    AccountId claimed = AccountId.claimed(p, m, c.first.id());
    long x = moves.getOrDefault(claimed, 0L);
    shape(d, moves, pair(AccountId.reserved(p, m, c.first.id()), claimed, x));
    findings.check(
        e.businessDate() != null && e.businessDate().isAfter(c.first.serviceEnd())
            && v.equals(c.first.vendor().value()),
        CLAIM_AFTER_END_BY_VENDOR, seq, id,
        "claim " + k + " filed on " + e.businessDate() + " by " + v + "; contract "
            + c.first.id() + " ends " + c.first.serviceEnd() + " and was sold by "
            + c.first.vendor());
    RecordKey key = RecordKey.claim(p, ClaimId.of(k));
    findings.check(
        !claims.containsKey(key), POSTING_SHAPE, seq, id, "claim " + k + " was filed before");
    claims.put(key, new Claim(c.first.key(), v, x));
    c.status = ContractStatus.CLAIM_PENDING;
    c.openClaim = ClaimId.of(k);
    withinReserved(c, p);
  }

  private void withinReserved(Contract c, ProgramId p) {
    long pending =
        balance(AccountId.claimed(p, c.first.manufacturer(), c.first.id()));
    findings.check(
        c.approved + pending <= c.first.points(), CLAIMS_WITHIN_RESERVED, seq, id,
        "contract " + c.first.id() + ": approved " + c.approved + " + pending " + pending
            + " exceed the " + c.first.points() + " points reserved");
  }

  private long balance(AccountId a) {
    long[] b = balances.get(a);
    return b == null ? 0 : b[0];
  }

  private Claim claimOf(RawEntry e, ProgramId p, String key, ClaimStatus expected) {
    String k = key == null ? ref(e, References.CLAIM) : key;
    if (k == null) {
      return null;
    }
    Claim claim = claims.get(RecordKey.claim(p, ClaimId.of(k)));
    Invariant invariant = e.type().equals(EntryType.SETTLE.tag())
        ? SETTLED_WITHIN_APPROVED : POSTING_SHAPE;
    if (!findings.check(
        claim != null && claim.status == expected, invariant, seq, id,
        e.type() + " of claim " + k + ", which is "
            + (claim == null ? "not filed" : claim.status.tag()) + ", not " + expected.tag())) {
      return null;
    }
    return claim;
  }

  private void approve(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    ProgramId p = d.program();
    Claim claim = claimOf(e, p, null, ClaimStatus.PENDING);
    if (claim == null) {
      return;
    }
    Contract c = contracts.get(claim.contract);
    ManufacturerId m = c.first.manufacturer();
    AccountId reserved = AccountId.reserved(p, m, c.first.id());
    AccountId payable = AccountId.payable(p, c.first.vendor());
    Map<AccountId, Long> expected =
        pair(AccountId.claimed(p, m, c.first.id()), payable, claim.amount);
    long rest = -moves.getOrDefault(reserved, 0L);
    if (rest != 0) {
      expected.putAll(pair(reserved, releaseTo(moves, p, m), rest));
    }
    shape(d, moves, expected);
    manufacturer(p, m.value()).committed -= rest;
    claim.status = ClaimStatus.APPROVED;
    c.approved += claim.amount;
    c.status = ContractStatus.CLOSED;
    c.openClaim = null;
    vendor(p, c.first.vendor().value()).approved += claim.amount;
    withinReserved(c, p);
  }

  private void reject(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    ProgramId p = d.program();
    Claim claim = claimOf(e, p, null, ClaimStatus.PENDING);
    if (claim == null) {
      return;
    }
    Contract c = contracts.get(claim.contract);
    ManufacturerId m = c.first.manufacturer();
    shape(
        d, moves,
        pair(
            AccountId.claimed(p, m, c.first.id()), AccountId.reserved(p, m, c.first.id()),
            claim.amount));
    claim.status = ClaimStatus.REJECTED;
    c.status = ContractStatus.ACTIVE;
    c.openClaim = null;
  }

  private void settle(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    ProgramId p = d.program();
    String v = ref(e, References.VENDOR);
    if (v == null) {
      return;
    }
    long total = 0;
    for (int n = 1; e.references().containsKey(References.settles(n)); n++) {
      Claim claim = claimOf(e, p, e.references().get(References.settles(n)), ClaimStatus.APPROVED);
      if (claim != null) {
        findings.check(
            claim.vendor.equals(v), SETTLED_WITHIN_APPROVED, seq, id,
            "settles claim " + e.references().get(References.settles(n)) + " of vendor "
                + claim.vendor + " to vendor " + v);
        claim.status = ClaimStatus.SETTLED;
        claim.payout = e.references().get(References.PAYOUT);
        total += claim.amount;
      }
    }
    VendorId vid = VendorId.of(v);
    shape(d, moves, pair(AccountId.payable(p, vid), AccountId.paid(p, vid), total));
    Vendor vendor = vendor(p, v);
    vendor.settled += moves.getOrDefault(AccountId.paid(p, vid), 0L);
    findings.check(
        vendor.settled <= vendor.approved, SETTLED_WITHIN_APPROVED, seq, id,
        "vendor " + v + " paid " + vendor.settled + ", approved " + vendor.approved);
  }

  private void lapse(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    String m = ref(e, References.MANUFACTURER);
    if (m == null) {
      return;
    }
    ProgramId p = d.program();
    ManufacturerId mid = ManufacturerId.of(m);
    AccountId lapsed = AccountId.lapsed(p, mid);
    shape(d, moves, pair(AccountId.available(p, mid), lapsed, moves.getOrDefault(lapsed, 0L)));
  }

  private void reverse(RawEntry e, Decoded d, Map<AccountId, Long> moves) {
    String target = ref(e, References.REVERSES);
    if (target == null) {
      return;
    }
    long at = ids.get(target);
    Optional<RawEntry> row = at > 0 && at < seq ? rowAt.apply(at) : Optional.empty();
    if (!findings.check(
        row.isPresent() && target.equals(row.get().id()), POSTING_SHAPE, seq, id,
        "reverses " + target + ", which is no earlier entry")) {
      return;
    }
    RawEntry t = row.get();
    EntryType type;
    try {
      type = EntryType.fromTag(t.type());
    } catch (RuntimeException ex) {
      findings.failChecked(POSTING_SHAPE, seq, id, "reverses " + target + " of unknown type");
      return;
    }
    boolean reversible = switch (type) {
      case GRANT, RESERVE, SETTLE, LAPSE -> true;
      default -> false;
    };
    if (!findings.check(
        reversible && reversed.add(at), POSTING_SHAPE, seq, id,
        "reverses " + target + " (" + type.tag() + "), which "
            + (reversible ? "was reversed before" : "is not reversible"))) {
      return;
    }
    Map<AccountId, Long> opposite = new HashMap<>();
    for (RawPosting p : t.postings()) {
      try {
        opposite.merge(
            new AccountId(
                ProgramId.of(p.program()), AccountType.fromTag(p.accountType()), p.holder(),
                p.contract()),
            -p.amount(), Long::sum);
      } catch (RuntimeException ex) {
        findings.failChecked(POSTING_SHAPE, seq, id, "reverses " + target + ", unreadable");
        return;
      }
    }
    shape(d, moves, opposite);
    ProgramId p = d.program();
    switch (type) {
      case GRANT -> {
        String m = t.references().get(References.MANUFACTURER);
        long x = m == null ? 0 : -moves.getOrDefault(
            AccountId.available(p, ManufacturerId.of(m)), 0L);
        if (m != null) {
          manufacturer(p, m).granted -= x;
          programs.get(p).issued -= x;
        }
      }
      case RESERVE -> {
        String c = t.references().get(References.CONTRACT);
        Contract contract = c == null ? null : contracts.get(RecordKey.contract(p,
            ContractId.of(c)));
        if (contract != null) {
          findings.check(
              contract.status == ContractStatus.ACTIVE, POSTING_SHAPE, seq, id,
              "reverses the reservation of contract " + c + ", which is "
                  + contract.status.tag());
          contract.status = ContractStatus.REVERSED;
          manufacturer(p, contract.first.manufacturer().value()).committed -= contract.first
              .points();
        }
      }
      case SETTLE -> {
        String v = t.references().get(References.VENDOR);
        for (int n = 1; t.references().containsKey(References.settles(n)); n++) {
          Claim claim = claims.get(RecordKey.claim(p, ClaimId.of(
              t.references().get(References.settles(n)))));
          if (claim != null) {
            claim.status = ClaimStatus.APPROVED;
            claim.payout = null;
          }
        }
        if (v != null) {
          vendor(p, v).settled += moves.getOrDefault(AccountId.paid(p, VendorId.of(v)), 0L);
        }
      }
      default -> {
        // LAPSE: balances only
      }
    }
  }

  private void registry(RawEntry e, Decoded d) {
    String key = switch (d.type()) {
      case VENDOR_REGISTERED -> References.VENDOR;
      default -> References.SOLUTION;
    };
    String named = ref(e, key);
    for (LedgerRecord r : d.records()) {
      if (r instanceof VendorRecord || r instanceof SolutionRecord) {
        findings.check(
            r.key().id().equals(named), RECORD_MATCHES_JOURNAL, seq, id,
            d.type().tag() + " of " + named + " writes the record of " + r.key().id());
      }
    }
  }

  private static <R extends LedgerRecord> R written(Decoded d, RecordKey key, Class<R> type) {
    for (LedgerRecord r : d.records()) {
      if (r.key().equals(key) && type.isInstance(r)) {
        return type.cast(r);
      }
    }
    return null;
  }

  /** Each record version the entry wrote must be what the shadows say, after the entry. */
  private void checkRecords(RawEntry e, Decoded d) {
    for (LedgerRecord r : d.records()) {
      RecordKey key = r.key();
      findings.check(
          key.program().equals(d.program()), PROGRAM_DEFINED, seq, id,
          "writes record " + key + " of another program");
      latest.put(key, r.digest().digest());
      if (r instanceof ProgramRecord p) {
        ProgramState defined = programs.get(key.program());
        findings.check(
            d.type() == EntryType.PROGRAM_DEFINED && defined != null
                && defined.definition.definedBy().value().equals(id),
            POLICY_UNCHANGED, seq, id,
            "program " + key.program() + "'s record written again by " + e.type()
                + (defined == null ? "" : "; it was defined by " + defined.definition.definedBy()));
      } else if (r instanceof ManufacturerRecord m) {
        Manufacturer s = manufacturer(key.program(), m.manufacturer().value());
        s.record = m;
        matchesManufacturer(s, m);
      } else if (r instanceof ContractRecord c) {
        Contract s = contracts.get(key);
        if (findings.check(
            s != null, RECORD_MATCHES_JOURNAL, seq, id,
            "writes contract " + key.id() + ", which no reservation made")) {
          s.record = c;
          matchesContract(s, c);
        }
      } else if (r instanceof ClaimRecord c) {
        Claim s = claims.get(key);
        if (findings.check(
            s != null, RECORD_MATCHES_JOURNAL, seq, id,
            "writes claim " + key.id() + ", which no CLAIM entry filed")) {
          s.record = c;
          matchesClaim(s, c, key);
        }
      }
    }
  }

  private boolean matchesManufacturer(Manufacturer s, ManufacturerRecord m) {
    return findings.check(
        m.granted() == s.granted && m.committed() == s.committed, RECORD_MATCHES_JOURNAL, seq,
        id, "manufacturer " + m.manufacturer() + " record says granted " + m.granted()
            + ", committed " + m.committed() + "; the journal says " + s.granted + ", "
            + s.committed);
  }

  private boolean matchesContract(Contract s, ContractRecord c) {
    ContractRecord f = s.first;
    boolean same =
        c.manufacturer().equals(f.manufacturer()) && c.vendor().equals(f.vendor())
            && c.solution().equals(f.solution()) && c.category() == f.category()
            && c.price() == f.price() && c.marketPrice() == f.marketPrice()
            && c.points() == f.points() && c.ownPart() == f.ownPart()
            && c.serviceStart().equals(f.serviceStart()) && c.serviceEnd().equals(f.serviceEnd())
            && c.reservedBy().equals(f.reservedBy());
    return findings.check(
        same && c.status() == s.status && Objects.equals(c.openClaim().orElse(null), s.openClaim),
        RECORD_MATCHES_JOURNAL, seq, id,
        "contract " + c.id() + " record says " + c.status().tag() + ", " + c.points()
            + " points on price " + c.price() + (same ? "" : " (its terms changed)")
            + "; the journal says " + s.status.tag() + ", " + f.points() + " on " + f.price());
  }

  private boolean matchesClaim(Claim s, ClaimRecord c, RecordKey key) {
    return findings.check(
        c.amount() == s.amount && c.contract().value().equals(s.contract.id())
            && c.vendor().value().equals(s.vendor) && c.status() == s.status
            && Objects.equals(c.payout().orElse(null), s.payout),
        RECORD_MATCHES_JOURNAL, seq, id,
        "claim " + key.id() + " record says " + c.status().tag() + ", " + c.amount()
            + " points of contract " + c.contract() + " by " + c.vendor()
            + "; the journal says " + s.status.tag() + ", " + s.amount + " of "
            + s.contract.id() + " by " + s.vendor);
  }

  /** The end-of-journal checks: each record's latest version and the programs' books. */
  void finish(long last, String lastId) {
    seq = last;
    id = lastId;
    for (Map.Entry<RecordKey, Manufacturer> m : manufacturers.entrySet()) {
      Manufacturer s = m.getValue();
      if (findings.check(
          s.record != null || (s.granted == 0 && s.committed == 0), RECORD_MATCHES_JOURNAL,
          seq, id, "manufacturer " + m.getKey().id() + " has points but no record")
          && s.record != null) {
        matchesManufacturer(s, s.record);
      }
    }
    for (Map.Entry<RecordKey, Contract> c : contracts.entrySet()) {
      if (c.getValue().record != null) {
        matchesContract(c.getValue(), c.getValue().record);
      }
    }
    for (Map.Entry<RecordKey, Claim> c : claims.entrySet()) {
      if (findings.check(
          c.getValue().record != null, RECORD_MATCHES_JOURNAL, seq, id,
          "claim " + c.getKey().id() + " has no record")) {
        matchesClaim(c.getValue(), c.getValue().record, c.getKey());
      }
    }
    for (Map.Entry<ProgramId, ProgramState> p : programs.entrySet()) {
      tieOut(p.getKey(), p.getValue());
    }
  }

  private void tieOut(ProgramId program, ProgramState state) {
    Map<AccountType, Long> byType = new EnumMap<>(AccountType.class);
    for (Map.Entry<AccountId, long[]> b : balances.entrySet()) {
      if (b.getKey().program().equals(program)) {
        byType.merge(b.getKey().type(), b.getValue()[0], Long::sum);
      }
    }
    long held = 0;
    StringBuilder parts = new StringBuilder();
    for (AccountType t : AccountType.values()) {
      if (t != AccountType.PROGRAM_POOL) {
        long v = byType.getOrDefault(t, 0L);
        held += v;
        parts.append(parts.length() == 0 ? "" : " + ").append(t.tag().toLowerCase(
            java.util.Locale.ROOT)).append(' ').append(v);
      }
    }
    long pool = byType.getOrDefault(AccountType.PROGRAM_POOL, 0L);
    findings.check(
        state.issued == held && pool == -state.issued, FINANCE_TIE_OUT, seq, id,
        "program " + program + ": issued " + state.issued + ", held " + parts + " = " + held
            + ", pool " + pool);
  }

  private static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }
}
