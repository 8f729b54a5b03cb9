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
import dev.pointsledger.core.journal.RecordDigest;
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
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private final BalanceTable balances = new BalanceTable();
  /** Per program, the sum of the balances of each account type (by ordinal). */
  private final Map<ProgramId, long[]> totals = new HashMap<>();
  private final FingerprintTable<Manufacturer> manufacturers = new FingerprintTable<>();
  private final FingerprintTable<Contract> contracts = new FingerprintTable<>();
  private final FingerprintTable<Claim> claims = new FingerprintTable<>();
  private final FingerprintTable<Vendor> vendors = new FingerprintTable<>();
  /** The digest of the latest version of each record of the other kinds (vendors, solutions,
   * programs: few). */
  private final FingerprintTable<Latest> others = new FingerprintTable<>();
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

    ProgramId id() {
      return definition.program().id();
    }

    ProgramPolicy policy() {
      return definition.program().policy();
    }
  }

  /** The first 128 bits of the digest of a record's latest version, and where it stands. */
  static class Latest {
    long d0;
    long d1;
    boolean written;
    /** Whether the latest version matched the journal when it was written. */
    boolean matched = true;
    ProgramId program;

    void set(RecordDigest digest, ProgramId p) {
      byte[] d = digest.digest().toBytes();
      d0 = longAt(d, 0);
      d1 = longAt(d, 8);
      written = true;
      program = p;
    }

    boolean same(LedgerRecord r) {
      byte[] d = r.digest().digest().toBytes();
      return written && d0 == longAt(d, 0) && d1 == longAt(d, 8);
    }

    /** Eight bytes big-endian, as {@code ByteBuffer.getLong} reads them (no buffer object). */
    private static long longAt(byte[] d, int at) {
      long v = 0;
      for (int i = at; i < at + 8; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v;
    }
  }

  private static final class Manufacturer extends Latest {
    final String id;
    long granted;
    long committed;
    long recGranted;
    long recCommitted;

    Manufacturer(String id) {
      this.id = id;
    }
  }

  private static final class Vendor {
    final String id;
    long approved;
    long settled;

    Vendor(String id) {
      this.id = id;
    }
  }

  private static final class Contract extends Latest {
    final String id;
    final Manufacturer manufacturer;
    final Vendor vendor;
    final long points;
    final long serviceEnd;
    final long terms0;
    final long terms1;
    ContractStatus status = ContractStatus.ACTIVE;
    String openClaim;
    long approved;
    ContractStatus recStatus;
    String recOpenClaim;

    Contract(String id, Manufacturer m, Vendor v, ContractRecord first) {
      this.id = id;
      this.manufacturer = m;
      this.vendor = v;
      this.points = first.points();
      this.serviceEnd = first.serviceEnd().toEpochDay();
      Fingerprint terms = termsOf(first);
      this.terms0 = terms.hi();
      this.terms1 = terms.lo();
    }
  }

  private static Fingerprint termsOf(ContractRecord c) {
    return Fingerprint.of(
        c.manufacturer().value(), c.vendor().value(), c.solution().value(),
        c.category().tag() + "|" + c.price() + "|" + c.marketPrice() + "|" + c.points() + "|"
            + c.ownPart() + "|" + c.serviceStart() + "|" + c.serviceEnd() + "|"
            + c.reservedBy().value());
  }

  private static final class Claim extends Latest {
    final String id;
    final Contract contract;
    final Vendor vendor;
    final long amount;
    ClaimStatus status = ClaimStatus.PENDING;
    String payout;
    ClaimStatus recStatus;
    String recPayout;

    Claim(String id, Contract contract, Vendor vendor, long amount) {
      this.id = id;
      this.contract = contract;
      this.vendor = vendor;
      this.amount = amount;
    }
  }

  /** A row decoded enough to replay: its type, program, postings and decoded records. */
  record Decoded(
      EntryType type,
      ProgramId program,
      List<AccountId> accounts,
      long[] amounts,
      List<LedgerRecord> records,
      List<RecordDigest> digests) {}

  Map<ProgramId, ProgramState> programs() {
    return programs;
  }

  /**
   * Decodes a row for the replay; reports what cannot be decoded.
   *
   * @return the decoded row, or empty if the replay must skip it
   */
  Optional<Decoded> decode(
      RawEntry e, List<LedgerRecord> records, List<RecordDigest> digests) {
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
      program = canonical(ProgramId.of(e.program()));
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
        accounts.add(account(p));
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
    return Optional.of(new Decoded(type, program, accounts, amounts, records, digests));
  }

  private static AccountId account(RawPosting p) {
    return new AccountId(
        ProgramId.of(p.program()),
        AccountType.fromTag(p.accountType()),
        p.holder(),
        p.contract() == null ? "" : p.contract());
  }

  /** Checks an entry against the shadows and applies it. */
  void apply(RawEntry e, Decoded d) {
    ProgramState program = programs.get(d.program());
    if (d.type() != EntryType.PROGRAM_DEFINED) {
      if (!findings.check(
          program != null, PROGRAM_DEFINED, seq, id,
          () -> "program " + d.program() + " is not defined by an earlier entry")) {
        applyBalances(d);
        return;
      }
    }
    for (AccountId a : d.accounts()) {
      findings.check(
          a.program().equals(d.program()), PROGRAM_DEFINED, seq, id,
          () -> "posting to " + a + " in an entry of program " + d.program());
    }
    checkBalanced(d);
    applyBalances(d);
    Moves moves = moves(d);
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
      boolean distinct = distinct(d.accounts());
      boolean nonZero = true;
      for (long a : d.amounts()) {
        nonZero &= a != 0;
      }
      String detail = n >= 2 && distinct && nonZero && sum == 0 && !overflow
          ? null
          : d.type().tag() + " has " + n + " postings" + (distinct ? "" : ", some to one account")
              + (nonZero ? "" : ", one of zero") + " summing to "
              + (overflow ? "more than 64 bits hold" : String.valueOf(sum));
      findings.check(detail == null, ENTRY_BALANCED, seq, id, () -> detail);
    } else {
      findings.check(
          n == 0, ENTRY_BALANCED, seq, id, () -> d.type().tag() + " moves no points but has "
              + n + " postings");
    }
  }

  /** Whether no account appears twice: pairwise for the few postings of an entry. */
  private static boolean distinct(List<AccountId> accounts) {
    int n = accounts.size();
    if (n > 16) {
      return new HashSet<>(accounts).size() == n;
    }
    for (int i = 1; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (accounts.get(i).equals(accounts.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  private static Fingerprint key(AccountId a) {
    return Fingerprint.of(a.program().value(), a.type().tag(), a.holder(), a.contract());
  }

  private void applyBalances(Decoded d) {
    for (int i = 0; i < d.accounts().size(); i++) {
      AccountId a = d.accounts().get(i);
      long after;
      try {
        after = balances.add(key(a), d.amounts()[i]);
        long[] t = totals.computeIfAbsent(a.program(), k -> new long[AccountType.values().length]);
        t[a.type().ordinal()] = Math.addExact(t[a.type().ordinal()], d.amounts()[i]);
      } catch (ArithmeticException ex) {
        findings.failChecked(BALANCE_NEVER_NEGATIVE, seq, id, a + " overflows 64 bits");
        continue;
      }
      if (a.type().nonNegative()) {
        findings.check(after >= 0, BALANCE_NEVER_NEGATIVE, seq, id, () -> a + " goes to " + after);
      }
    }
  }

  private static Moves moves(Decoded d) {
    Moves m = new Moves(d.accounts().size());
    for (int i = 0; i < d.accounts().size(); i++) {
      m.merge(d.accounts().get(i), d.amounts()[i]);
    }
    return m;
  }

  /** Checks the postings are exactly the expected ones, each amount non-zero. */
  private boolean shape(Decoded d, Moves actual, Moves expected) {
    return findings.check(
        expected.allNonZero() && actual.sameAs(expected), POSTING_SHAPE, seq, id,
        () -> d.type().tag() + " moves " + actual.describe() + "; its references allow only "
            + expected.describe());
  }

  private String ref(RawEntry e, String key) {
    String v = e.references().get(key);
    if (v == null) {
      findings.failChecked(POSTING_SHAPE, seq, id, e.type() + " has no " + key + " reference");
    }
    return v;
  }

  private static Moves pair(AccountId from, AccountId to, long amount) {
    return Moves.pair(from, to, amount);
  }

  /** Where released points go: to LAPSED if the entry posts there, else to AVAILABLE. */
  private static AccountId releaseTo(Moves moves, ProgramId p, ManufacturerId m) {
    AccountId lapsed = AccountId.lapsed(p, m);
    return moves.contains(lapsed) ? lapsed : AccountId.available(p, m);
  }

  /** The program's id as the shadows keep it: one instance per program, not one per record. */
  private ProgramId canonical(ProgramId p) {
    ProgramState s = programs.get(p);
    return s == null ? p : s.id();
  }

  private static Fingerprint recordKey(RecordKind kind, ProgramId p, String recordId) {
    return Fingerprint.of(kind.tag(), p.value(), recordId, null);
  }

  private Manufacturer manufacturer(ProgramId p, String m) {
    return manufacturers.computeIfAbsent(
        recordKey(RecordKind.MANUFACTURER, p, m), k -> new Manufacturer(m));
  }

  private Vendor vendor(ProgramId p, String v) {
    return vendors.computeIfAbsent(recordKey(RecordKind.VENDOR, p, v), k -> new Vendor(v));
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
        seq, id, () -> "PROGRAM_DEFINED writes no PROGRAM record of program " + d.program())) {
      return;
    }
    if (programs.containsKey(d.program())) {
      return; // the record check reports the second definition
    }
    programs.put(d.program(), new ProgramState(definition, definition.digest().digest()));
  }

  private void grant(RawEntry e, Decoded d, Moves moves, ProgramState program) {
    String m = ref(e, References.MANUFACTURER);
    if (m == null) {
      return;
    }
    ProgramId p = d.program();
    AccountId available = AccountId.available(p, ManufacturerId.of(m));
    long x = moves.get(available);
    shape(d, moves, pair(AccountId.pool(p), available, x));
    Manufacturer shadow = manufacturer(p, m);
    shadow.granted += x;
    program.issued += x;
    long cap = program.policy().grantCap();
    findings.check(
        shadow.granted <= cap, GRANT_WITHIN_CAP, seq, id,
        () -> "manufacturer " + m + " granted " + shadow.granted + " in total, the cap is " + cap);
  }

  private void reserve(RawEntry e, Decoded d, Moves moves, ProgramState program) {
    String m = ref(e, References.MANUFACTURER);
    String c = ref(e, References.CONTRACT);
    String v = ref(e, References.VENDOR);
    if (m == null || c == null || v == null) {
      return;
    }
    ProgramId p = d.program();
    ManufacturerId mid = ManufacturerId.of(m);
    AccountId reserved = AccountId.reserved(p, mid, ContractId.of(c));
    long x = moves.get(reserved);
    shape(d, moves, pair(AccountId.available(p, mid), reserved, x));
    Manufacturer manufacturer = manufacturer(p, m);
    manufacturer.committed += x;
    ContractRecord record = contractWritten(d, c);
    if (!findings.check(
        record != null, RECORD_MATCHES_JOURNAL, seq, id,
        () -> "RESERVE writes no record of contract " + c)) {
      return;
    }
    Fingerprint key = recordKey(RecordKind.CONTRACT, p, c);
    if (!findings.check(
        !contracts.containsKey(key), POSTING_SHAPE, seq, id, () -> "contract " + c
            + " was reserved before")) {
      return;
    }
    findings.check(
        record.points() == x && record.manufacturer().value().equals(m)
            && record.vendor().value().equals(v) && record.reservedBy().value().equals(id)
            && record.status() == ContractStatus.ACTIVE,
        RECORD_MATCHES_JOURNAL, seq, id,
        () -> "contract " + c + " says " + record.points() + " points of " + record.manufacturer()
            + " from " + record.vendor() + " reserved by " + record.reservedBy()
            + "; the entry reserves " + x + " of " + m + " from " + v);
    long max = program.policy().maxPointsFor(record.price());
    findings.check(
        record.points() <= max && record.points() + record.ownPart() == record.price(),
        CONTRACT_SPLIT, seq, id,
        () -> "contract " + c + ": " + record.points() + " points + " + record.ownPart()
            + " own part on price " + record.price() + " (at most " + max + " points)");
    contracts.put(key, new Contract(c, manufacturer, vendor(p, v), record));
  }

  private static ContractRecord contractWritten(Decoded d, String contract) {
    for (LedgerRecord r : d.records()) {
      if (r instanceof ContractRecord c && c.id().value().equals(contract)) {
        return c;
      }
    }
    return null;
  }

  private Contract contractOf(RawEntry e, ProgramId p) {
    String c = ref(e, References.CONTRACT);
    if (c == null) {
      return null;
    }
    Contract contract = contracts.get(recordKey(RecordKind.CONTRACT, p, c));
    findings.check(
        contract != null, POSTING_SHAPE, seq, id, () -> e.type() + " of contract " + c
            + ", which no earlier entry reserved");
    return contract;
  }

  private static ManufacturerId mid(Contract c) {
    return ManufacturerId.of(c.manufacturer.id);
  }

  private static ContractId cid(Contract c) {
    return ContractId.of(c.id);
  }

  private void cancel(RawEntry e, Decoded d, Moves moves) {
    ProgramId p = d.program();
    Contract c = contractOf(e, p);
    if (c == null) {
      return;
    }
    AccountId reserved = AccountId.reserved(p, mid(c), cid(c));
    long x = -moves.get(reserved);
    shape(d, moves, pair(reserved, releaseTo(moves, p, mid(c)), x));
    c.manufacturer.committed -= x;
    c.status = ContractStatus.CANCELLED;
  }

  private void claim(RawEntry e, Decoded d, Moves moves) {
    ProgramId p = d.program();
    Contract c = contractOf(e, p);
    String k = ref(e, References.CLAIM);
    String v = ref(e, References.VENDOR);
    if (c == null || k == null || v == null) {
      return;
    }
    AccountId claimed = AccountId.claimed(p, mid(c), cid(c));
    long x = moves.get(claimed);
    shape(d, moves, pair(AccountId.reserved(p, mid(c), cid(c)), claimed, x));
    findings.check(
        e.businessDate() != null && e.businessDate().toEpochDay() > c.serviceEnd
            && v.equals(c.vendor.id),
        CLAIM_AFTER_END_BY_VENDOR, seq, id,
        () -> "claim " + k + " filed on " + e.businessDate() + " by " + v + "; contract " + c.id
            + " ends " + LocalDate.ofEpochDay(c.serviceEnd) + " and was sold by " + c.vendor.id);
    Fingerprint key = recordKey(RecordKind.CLAIM, p, k);
    findings.check(
        !claims.containsKey(key), POSTING_SHAPE, seq, id, () -> "claim " + k + " was filed before");
    Claim claim = new Claim(k, c, vendor(p, v), x);
    claims.put(key, claim);
    c.status = ContractStatus.CLAIM_PENDING;
    c.openClaim = claim.id;
    withinReserved(c, p);
  }

  private void withinReserved(Contract c, ProgramId p) {
    long pending = balances.get(key(AccountId.claimed(p, mid(c), cid(c))));
    findings.check(
        c.approved + pending <= c.points, CLAIMS_WITHIN_RESERVED, seq, id,
        () -> "contract " + c.id + ": approved " + c.approved + " + pending " + pending
            + " exceed the " + c.points + " points reserved");
  }

  private Claim claimOf(RawEntry e, ProgramId p, String key, ClaimStatus expected) {
    String k = key == null ? ref(e, References.CLAIM) : key;
    if (k == null) {
      return null;
    }
    Claim claim = claims.get(recordKey(RecordKind.CLAIM, p, k));
    Invariant invariant = EntryType.SETTLE.tag().equals(e.type())
        ? SETTLED_WITHIN_APPROVED : POSTING_SHAPE;
    if (!findings.check(
        claim != null && claim.status == expected, invariant, seq, id,
        () -> e.type() + " of claim " + k + ", which is "
            + (claim == null ? "not filed" : claim.status.tag()) + ", not " + expected.tag())) {
      return null;
    }
    return claim;
  }

  private void approve(RawEntry e, Decoded d, Moves moves) {
    ProgramId p = d.program();
    Claim claim = claimOf(e, p, null, ClaimStatus.PENDING);
    if (claim == null) {
      return;
    }
    Contract c = claim.contract;
    AccountId reserved = AccountId.reserved(p, mid(c), cid(c));
    AccountId payable = AccountId.payable(p, VendorId.of(c.vendor.id));
    Moves expected =
        pair(AccountId.claimed(p, mid(c), cid(c)), payable, claim.amount);
    long rest = -moves.get(reserved);
    if (rest != 0) {
      expected.putAll(pair(reserved, releaseTo(moves, p, mid(c)), rest));
    }
    shape(d, moves, expected);
    c.manufacturer.committed -= rest;
    claim.status = ClaimStatus.APPROVED;
    c.approved += claim.amount;
    c.status = ContractStatus.CLOSED;
    c.openClaim = null;
    c.vendor.approved += claim.amount;
    withinReserved(c, p);
  }

  private void reject(RawEntry e, Decoded d, Moves moves) {
    ProgramId p = d.program();
    Claim claim = claimOf(e, p, null, ClaimStatus.PENDING);
    if (claim == null) {
      return;
    }
    Contract c = claim.contract;
    shape(
        d, moves,
        pair(
            AccountId.claimed(p, mid(c), cid(c)), AccountId.reserved(p, mid(c), cid(c)),
            claim.amount));
    claim.status = ClaimStatus.REJECTED;
    c.status = ContractStatus.ACTIVE;
    c.openClaim = null;
  }

  private void settle(RawEntry e, Decoded d, Moves moves) {
    ProgramId p = d.program();
    String v = ref(e, References.VENDOR);
    if (v == null) {
      return;
    }
    long total = 0;
    for (int n = 1; e.references().containsKey(References.settles(n)); n++) {
      String k = e.references().get(References.settles(n));
      Claim claim = claimOf(e, p, k, ClaimStatus.APPROVED);
      if (claim != null) {
        findings.check(
            claim.vendor.id.equals(v), SETTLED_WITHIN_APPROVED, seq, id,
            () -> "settles claim " + k + " of vendor " + claim.vendor.id + " to vendor " + v);
        claim.status = ClaimStatus.SETTLED;
        claim.payout = e.references().get(References.PAYOUT);
        total += claim.amount;
      }
    }
    VendorId vid = VendorId.of(v);
    shape(d, moves, pair(AccountId.payable(p, vid), AccountId.paid(p, vid), total));
    Vendor vendor = vendor(p, v);
    vendor.settled += moves.get(AccountId.paid(p, vid));
    findings.check(
        vendor.settled <= vendor.approved, SETTLED_WITHIN_APPROVED, seq, id,
        () -> "vendor " + v + " paid " + vendor.settled + ", approved " + vendor.approved);
  }

  private void lapse(RawEntry e, Decoded d, Moves moves) {
    String m = ref(e, References.MANUFACTURER);
    if (m == null) {
      return;
    }
    ProgramId p = d.program();
    ManufacturerId mid = ManufacturerId.of(m);
    AccountId lapsed = AccountId.lapsed(p, mid);
    shape(d, moves, pair(AccountId.available(p, mid), lapsed, moves.get(lapsed)));
  }

  private void reverse(RawEntry e, Decoded d, Moves moves) {
    String target = ref(e, References.REVERSES);
    if (target == null) {
      return;
    }
    long at = ids.get(target);
    Optional<RawEntry> row = at > 0 && at < seq ? rowAt.apply(at) : Optional.empty();
    if (!findings.check(
        row.isPresent() && target.equals(row.get().id()), POSTING_SHAPE, seq, id,
        () -> "reverses " + target + ", which is no earlier entry")) {
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
        () -> "reverses " + target + " (" + type.tag() + "), which "
            + (reversible ? "was reversed before" : "is not reversible"))) {
      return;
    }
    Moves opposite = new Moves(t.postings().size());
    for (RawPosting p : t.postings()) {
      try {
        opposite.merge(account(p), -p.amount());
      } catch (RuntimeException ex) {
        findings.failChecked(POSTING_SHAPE, seq, id, "reverses " + target + ", unreadable");
        return;
      }
    }
    ProgramId p = d.program();
    String reservedBy = t.references().get(References.MANUFACTURER);
    if (type == EntryType.RESERVE && reservedBy != null) {
      // after the program's end, a reversed reservation's points lapse in the same entry
      ManufacturerId m = ManufacturerId.of(reservedBy);
      AccountId available = AccountId.available(p, m);
      AccountId lapsed = AccountId.lapsed(p, m);
      if (opposite.contains(available) && moves.contains(lapsed)
          && !moves.contains(available)) {
        long back = opposite.get(available);
        opposite.remove(available);
        opposite.merge(lapsed, back);
      }
    }
    shape(d, moves, opposite);
    switch (type) {
      case GRANT -> {
        String m = t.references().get(References.MANUFACTURER);
        if (m != null) {
          long x = -moves.get(AccountId.available(p, ManufacturerId.of(m)));
          manufacturer(p, m).granted -= x;
          programs.get(p).issued -= x;
        }
      }
      case RESERVE -> {
        String c = t.references().get(References.CONTRACT);
        Contract contract = c == null ? null : contracts.get(recordKey(RecordKind.CONTRACT, p, c));
        if (contract != null) {
          findings.check(
              contract.status == ContractStatus.ACTIVE, POSTING_SHAPE, seq, id,
              () -> "reverses the reservation of contract " + c + ", which is "
                  + contract.status.tag());
          contract.status = ContractStatus.REVERSED;
          contract.manufacturer.committed -= contract.points;
        }
      }
      case SETTLE -> {
        String v = t.references().get(References.VENDOR);
        for (int n = 1; t.references().containsKey(References.settles(n)); n++) {
          Claim claim = claims.get(
              recordKey(RecordKind.CLAIM, p, t.references().get(References.settles(n))));
          if (claim != null) {
            claim.status = ClaimStatus.APPROVED;
            claim.payout = null;
          }
        }
        if (v != null) {
          vendor(p, v).settled += moves.get(AccountId.paid(p, VendorId.of(v)));
        }
      }
      default -> {
        // LAPSE: balances only
      }
    }
  }

  private void registry(RawEntry e, Decoded d) {
    String key = d.type() == EntryType.VENDOR_REGISTERED ? References.VENDOR : References.SOLUTION;
    String named = ref(e, key);
    for (LedgerRecord r : d.records()) {
      if (r instanceof VendorRecord || r instanceof SolutionRecord) {
        findings.check(
            r.key().id().equals(named), RECORD_MATCHES_JOURNAL, seq, id,
            () -> d.type().tag() + " of " + named + " writes the record of " + r.key().id());
      }
    }
  }

  /** Each record version the entry wrote must be what the shadows say, after the entry. */
  private void checkRecords(RawEntry e, Decoded d) {
    for (int i = 0; i < d.records().size(); i++) {
      LedgerRecord r = d.records().get(i);
      RecordDigest digest = d.digests().get(i);
      RecordKey key = r.key();
      ProgramId p = canonical(key.program());
      findings.check(
          p.equals(d.program()), PROGRAM_DEFINED, seq, id,
          () -> "writes record " + key + " of another program");
      Fingerprint fp = recordKey(key.kind(), p, key.id());
      if (r instanceof ManufacturerRecord m) {
        Manufacturer s = manufacturer(p, m.manufacturer().value());
        s.set(digest, p);
        s.recGranted = m.granted();
        s.recCommitted = m.committed();
        matchesManufacturer(s);
      } else if (r instanceof ContractRecord c) {
        Contract s = contracts.get(fp);
        if (findings.check(
            s != null, RECORD_MATCHES_JOURNAL, seq, id,
            () -> "writes contract " + key.id() + ", which no reservation made")) {
          s.set(digest, p);
          s.recStatus = c.status();
          s.recOpenClaim = c.openClaim().map(ClaimId::value).orElse(null);
          findings.check(
              termsOf(c).equals(new Fingerprint(s.terms0, s.terms1)), RECORD_MATCHES_JOURNAL,
              seq, id,
              () -> "contract " + c.id() + " record changes the terms it was reserved with (now "
                  + c.points() + " points on price " + c.price() + ")");
          matchesContract(s);
        }
      } else if (r instanceof ClaimRecord c) {
        Claim s = claims.get(fp);
        if (findings.check(
            s != null, RECORD_MATCHES_JOURNAL, seq, id,
            () -> "writes claim " + key.id() + ", which no CLAIM entry filed")) {
          s.set(digest, p);
          s.recStatus = c.status();
          s.recPayout = c.payout().orElse(null);
          findings.check(
              c.amount() == s.amount && c.contract().value().equals(s.contract.id)
                  && c.vendor().value().equals(s.vendor.id)
                  && c.manufacturer().value().equals(s.contract.manufacturer.id),
              RECORD_MATCHES_JOURNAL, seq, id,
              () -> "claim " + key.id() + " record says " + c.amount() + " points of contract "
                  + c.contract() + " by " + c.vendor() + "; the journal says " + s.amount
                  + " of " + s.contract.id + " by " + s.vendor.id);
          matchesClaim(s);
        }
      } else {
        Latest before = others.get(fp);
        if (r instanceof ProgramRecord) {
          ProgramState defined = programs.get(p);
          findings.check(
              before == null && d.type() == EntryType.PROGRAM_DEFINED && defined != null
                  && defined.definition.definedBy().value().equals(id),
              POLICY_UNCHANGED, seq, id,
              () -> "program " + p + "'s record written again by " + e.type()
                  + (defined == null ? "" : "; it was defined by "
                      + defined.definition.definedBy()));
        }
        Latest latest = before == null ? new Latest() : before;
        latest.set(digest, p);
        others.put(fp, latest);
      }
    }
  }

  private void matchesManufacturer(Manufacturer s) {
    s.matched = findings.check(
        s.recGranted == s.granted && s.recCommitted == s.committed, RECORD_MATCHES_JOURNAL, seq,
        id, () -> "manufacturer " + s.id + " record says granted " + s.recGranted + ", committed "
            + s.recCommitted + "; the journal says " + s.granted + ", " + s.committed);
  }

  private void matchesContract(Contract s) {
    s.matched = findings.check(
        s.recStatus == s.status && Objects.equals(s.recOpenClaim, s.openClaim),
        RECORD_MATCHES_JOURNAL, seq, id,
        () -> "contract " + s.id + " record says " + s.recStatus.tag()
            + (s.recOpenClaim == null ? "" : " with claim " + s.recOpenClaim)
            + "; the journal says " + s.status.tag()
            + (s.openClaim == null ? "" : " with claim " + s.openClaim));
  }

  private void matchesClaim(Claim s) {
    s.matched = findings.check(
        s.recStatus == s.status && Objects.equals(s.recPayout, s.payout),
        RECORD_MATCHES_JOURNAL, seq, id,
        () -> "claim " + s.id + " record says " + s.recStatus.tag()
            + (s.recPayout == null ? "" : " paid by " + s.recPayout) + "; the journal says "
            + s.status.tag() + (s.payout == null ? "" : " paid by " + s.payout));
  }

  /**
   * The end-of-journal checks: each record's latest version against what the journal says after
   * its last entry (a record whose latest version was already found wrong is not reported again),
   * and the programs' books.
   */
  void finish(long last, String lastId) {
    seq = last;
    id = lastId;
    for (Manufacturer s : manufacturers.values()) {
      if (findings.check(
          s.written || (s.granted == 0 && s.committed == 0), RECORD_MATCHES_JOURNAL, seq, id,
          () -> "manufacturer " + s.id + " has points but no record") && s.written
          && s.matched) {
        matchesManufacturer(s);
      }
    }
    for (Contract c : contracts.values()) {
      if (c.written && c.matched) {
        matchesContract(c);
      }
    }
    for (Claim c : claims.values()) {
      if (findings.check(
          c.written, RECORD_MATCHES_JOURNAL, seq, id, () -> "claim " + c.id + " has no record")
          && c.matched) {
        matchesClaim(c);
      }
    }
    for (Map.Entry<ProgramId, ProgramState> p : programs.entrySet()) {
      tieOut(p.getKey(), p.getValue());
    }
  }

  private void tieOut(ProgramId program, ProgramState state) {
    long[] t = totals.getOrDefault(program, new long[AccountType.values().length]);
    long held = 0;
    StringBuilder parts = new StringBuilder();
    for (AccountType type : AccountType.values()) {
      if (type != AccountType.PROGRAM_POOL) {
        long v = t[type.ordinal()];
        held += v;
        parts.append(parts.length() == 0 ? "" : " + ")
            .append(type.tag().toLowerCase(Locale.ROOT)).append(' ').append(v);
      }
    }
    long pool = t[AccountType.PROGRAM_POOL.ordinal()];
    long heldAll = held;
    findings.check(
        state.issued == heldAll && pool == -state.issued, FINANCE_TIE_OUT, seq, id,
        () -> "program " + program + ": issued " + state.issued + ", held " + parts + " = "
            + heldAll + ", pool " + pool);
  }

  /**
   * Whether a record the store serves is the latest version the journal wrote of it.
   *
   * @return true if it is
   */
  boolean servedAsWritten(LedgerRecord r) {
    RecordKey key = r.key();
    Fingerprint fp = recordKey(key.kind(), key.program(), key.id());
    Latest latest = switch (key.kind()) {
      case MANUFACTURER -> manufacturers.get(fp);
      case CONTRACT -> contracts.get(fp);
      case CLAIM -> claims.get(fp);
      default -> others.get(fp);
    };
    return latest != null && latest.same(r);
  }

  /**
   * How many records of a program the journal wrote.
   *
   * @return the count of distinct records with a version
   */
  long recordsWritten(ProgramId program) {
    long n = 0;
    for (FingerprintTable<? extends Latest> m : List.of(manufacturers, contracts, claims, others)) {
      for (Latest l : m.values()) {
        if (l.written && l.program.equals(program)) {
          n++;
        }
      }
    }
    return n;
  }

  private static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }
}
