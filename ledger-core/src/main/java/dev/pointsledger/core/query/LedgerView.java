package dev.pointsledger.core.query;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.InvoiceRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the ledger says as of one entry: balances per account and per owner, contracts with their
 * split, claims, solutions, vendors, account histories and finance's totals, all read at the same
 * sequence number. {@link #now(LedgerStore)} (or {@code Ledger.now()}) reads at the head when the
 * view is taken; {@link #asOf(LedgerStore, long)} (or {@code Ledger.asOf(seq)}) at an earlier
 * entry. One view answers every question consistently, even while other threads append: entries
 * after its sequence number are invisible to it. A view is immutable and thread-safe; it holds no
 * resource, so take a new one whenever you want to see newer entries.
 *
 * <p>Every question naming a program throws {@link LedgerRejectedException} with {@code
 * UNKNOWN_PROGRAM} for a program the ledger does not define as of the view's sequence number:
 * programs are looked up as of that entry, like everything else, so a view as of an entry before a
 * program's definition does not know the program.
 */
public final class LedgerView {
  private final LedgerStore store;
  private final long sequence;

  private LedgerView(LedgerStore store, long sequence) {
    this.store = store;
    this.sequence = sequence;
  }

  /**
   * A view of a store at its head.
   *
   * @param store the store
   * @return the view, as of the last entry (0 for an empty ledger)
   * @throws NullPointerException if {@code store} is null
   */
  public static LedgerView now(LedgerStore store) {
    requireNonNull(store, "store");
    return new LedgerView(store, store.headSequence());
  }

  /**
   * A view of a store as of this view.
   *
   * @param store the store
   * @param sequence an entry sequence number, from 0 (the empty ledger) to the head
   * @return the view
   * @throws NullPointerException if {@code store} is null
   * @throws LedgerRejectedException {@code SEQUENCE_OUT_OF_RANGE} if {@code sequence} is negative
   *     or beyond the head
   */
  public static LedgerView asOf(LedgerStore store, long sequence) {
    requireNonNull(store, "store");
    AsOf.checkSequence(store, sequence);
    return new LedgerView(store, sequence);
  }

  /**
   * The sequence number this view reads as of; for a view taken with {@code now()}, the head at
   * that moment.
   *
   * @return the sequence number, 0 for an empty ledger
   */
  public long sequence() {
    return sequence;
  }

  /**
   * A program the ledger defines as of this view.
   *
   * @param program the program's id
   * @return the program with its policy
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if it is not defined as of this view
   */
  public Program program(ProgramId program) {
    return AsOf.program(store, program, sequence);
  }

  /**
   * An account's balance as of this view.
   *
   * @param account the account
   * @return its balance
   * @throws LedgerRejectedException {@code UNKNOWN_ACCOUNT} if it had no posting as of this view
   */
  public long balance(AccountId account) {
    checkProgram(account.program());
    requireAccount(account);
    return store.balance(account, sequence);
  }

  /**
   * An account's postings up to this view's entry, with running balances, oldest first.
   *
   * @param account the account
   * @return its history
   * @throws LedgerRejectedException {@code UNKNOWN_ACCOUNT} if it had no posting as of this view
   */
  public List<AccountLine> history(AccountId account) {
    checkProgram(account.program());
    requireAccount(account);
    return store.history(account, sequence);
  }

  /**
   * A manufacturer's points, by where they are, as of this view.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return the balances
   * @throws LedgerRejectedException {@code UNKNOWN_MANUFACTURER} if it had no grant as of this view
   */
  public ManufacturerBalances manufacturer(
      ProgramId program, ManufacturerId manufacturer) {
    checkProgram(program);
    ManufacturerRecord record =
        required(
            RecordKey.manufacturer(program, manufacturer),
            ManufacturerRecord.class,
            RejectionCode.UNKNOWN_MANUFACTURER,
            manufacturer);
    String holder = manufacturer.value();
    long available = store.balance(AccountId.available(program, manufacturer), sequence);
    long reserved = sumOf(program, AccountType.RESERVED, holder);
    long claimed = sumOf(program, AccountType.CLAIMED, holder);
    long lapsed = store.balance(AccountId.lapsed(program, manufacturer), sequence);
    long redeemed = record.granted() - available - reserved - claimed - lapsed;
    return new ManufacturerBalances(
        program, manufacturer, sequence, record.granted(), available, reserved, claimed, redeemed,
        lapsed);
  }

  /**
   * A vendor's claims, by where they stand, as of this view.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the balances, all zero for a vendor with no claim
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public VendorBalances vendor(ProgramId program, VendorId vendor) {
    checkProgram(program);
    long pending = 0;
    for (ClaimRecord claim : claimsOf(program, vendor)) {
      if (claim.status() == ClaimStatus.PENDING) {
        pending = Math.addExact(pending, claim.amount());
      }
    }
    return new VendorBalances(
        program,
        vendor,
        sequence,
        pending,
        store.balance(AccountId.payable(program, vendor), sequence),
        store.balance(AccountId.paid(program, vendor), sequence));
  }

  /**
   * A contract as of this view.
   *
   * @param program the program
   * @param contract the contract
   * @return the contract with its balances
   * @throws LedgerRejectedException {@code UNKNOWN_CONTRACT} if it did not exist as of this view
   */
  public ContractView contract(ProgramId program, ContractId contract) {
    checkProgram(program);
    ContractRecord record =
        required(
            RecordKey.contract(program, contract),
            ContractRecord.class,
            RejectionCode.UNKNOWN_CONTRACT,
            contract);
    return new ContractView(
        record,
        sequence,
        store.balance(AccountId.reserved(program, record.manufacturer(), contract), sequence),
        store.balance(AccountId.claimed(program, record.manufacturer(), contract), sequence));
  }

  /**
   * A claim as of this view.
   *
   * @param program the program
   * @param claim the claim
   * @return the claim's record
   * @throws LedgerRejectedException {@code UNKNOWN_CLAIM} if it did not exist as of this view
   */
  public ClaimRecord claim(ProgramId program, ClaimId claim) {
    checkProgram(program);
    return required(
        RecordKey.claim(program, claim),
        ClaimRecord.class,
        RejectionCode.UNKNOWN_CLAIM,
        claim);
  }

  /**
   * Which claim an invoice (統一發票) backed as of this view: the last claim filed with it, whose
   * status says whether the invoice is still taken (a rejected claim's invoice may be filed
   * again).
   *
   * @param program the program
   * @param invoice the uniform invoice number ({@code AB12345678})
   * @return the invoice's record, or empty when no claim of the program named it
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public Optional<InvoiceRecord> invoice(ProgramId program, String invoice) {
    checkProgram(program);
    return store.record(RecordKey.invoice(program, invoice), InvoiceRecord.class, sequence);
  }

  /**
   * Every claim of a vendor as of this view, for reconciling claims with payouts.
   *
   * @param program the program
   * @param vendor the vendor
   * @return its claims, ordered by claim id
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public List<ClaimRecord> claimsOf(ProgramId program, VendorId vendor) {
    checkProgram(program);
    return recordsOf(
        RecordKind.CLAIM, program, ClaimRecord.class, claim -> claim.vendor().equals(vendor));
  }

  /**
   * Every claim of a program as of this view, for matching payouts against approved claims.
   *
   * @param program the program
   * @return its claims, ordered by claim id
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public List<ClaimRecord> claims(ProgramId program) {
    checkProgram(program);
    return recordsOf(RecordKind.CLAIM, program, ClaimRecord.class, claim -> true);
  }

  /**
   * Every contract of a program as of this view.
   *
   * @param program the program
   * @return its contracts, ordered by contract id
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public List<ContractRecord> contracts(ProgramId program) {
    checkProgram(program);
    return recordsOf(RecordKind.CONTRACT, program, ContractRecord.class, contract -> true);
  }

  /**
   * Every vendor registered in a program as of this view.
   *
   * @param program the program
   * @return its vendors, ordered by vendor id
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public List<VendorRecord> vendors(ProgramId program) {
    checkProgram(program);
    return recordsOf(RecordKind.VENDOR, program, VendorRecord.class, vendor -> true);
  }

  /**
   * Entries of the journal in sequence order, up to this view's sequence number: read a long
   * journal a page at a time (finance's reports do), never past the view.
   *
   * @param fromSequence the first sequence number wanted, at least 1
   * @param limit the most entries to return, at least 1
   * @return up to {@code limit} entries from {@code fromSequence} on, none after this view's
   *     sequence number; empty when {@code fromSequence} is beyond it
   * @throws IllegalArgumentException if {@code fromSequence} or {@code limit} is below 1
   */
  public List<JournalEntry> entries(long fromSequence, int limit) {
    if (fromSequence < 1 || limit < 1) {
      throw new IllegalArgumentException(
          "entries start at sequence 1 and a page holds at least one: "
              + fromSequence + ", " + limit);
    }
    if (fromSequence > sequence) {
      return List.of();
    }
    int wanted = (int) Math.min(limit, sequence - fromSequence + 1);
    List<JournalEntry> page = store.entries(fromSequence, wanted);
    List<JournalEntry> kept = new ArrayList<>(page.size());
    for (JournalEntry e : page) {
      if (e.sequence() <= sequence) {
        kept.add(e);
      }
    }
    return kept;
  }

  /**
   * An entry by id, if the journal held it as of this view.
   *
   * @param id the entry's id
   * @return the entry, empty if there is none or it came after this view's sequence number
   */
  public Optional<JournalEntry> entry(EntryId id) {
    requireNonNull(id, "id");
    return store.entry(id).filter(e -> e.sequence() <= sequence);
  }

  /**
   * Every contract of a manufacturer as of this view.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return its contracts, ordered by contract id
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public List<ContractRecord> contractsOf(
      ProgramId program, ManufacturerId manufacturer) {
    checkProgram(program);
    return recordsOf(
        RecordKind.CONTRACT,
        program,
        ContractRecord.class,
        contract -> contract.manufacturer().equals(manufacturer));
  }

  /**
   * A solution with its review history and listing, as of this view.
   *
   * @param program the program
   * @param solution the solution
   * @return the solution's record
   * @throws LedgerRejectedException {@code UNKNOWN_SOLUTION} if it did not exist as of this view
   */
  public SolutionRecord solution(ProgramId program, SolutionId solution) {
    checkProgram(program);
    return required(
        RecordKey.solution(program, solution),
        SolutionRecord.class,
        RejectionCode.UNKNOWN_SOLUTION,
        solution);
  }

  /**
   * Every solution of a program as of this view, ordered by id.
   *
   * @param program the program
   * @return the solutions
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if the program is not defined
   */
  public List<SolutionRecord> solutions(ProgramId program) {
    checkProgram(program);
    return recordsOf(RecordKind.SOLUTION, program, SolutionRecord.class, solution -> true);
  }

  /**
   * A registered vendor.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the vendor's record
   * @throws LedgerRejectedException {@code UNKNOWN_VENDOR} if it was not registered as of this view
   */
  public VendorRecord registeredVendor(ProgramId program, VendorId vendor) {
    checkProgram(program);
    return required(
        RecordKey.vendor(program, vendor),
        VendorRecord.class,
        RejectionCode.UNKNOWN_VENDOR,
        vendor);
  }

  /**
   * Whether a manufacturer used the points of a program's previous program (R-D3), as this
   * ledger saw it: points on contracts not cancelled nor reversed there. Feed it to {@link
   * dev.pointsledger.core.program.ManufacturerEligibility#check} to preview an application.
   *
   * @param program the program whose {@code previousProgram} setting names last year's program
   * @param manufacturer the manufacturer
   * @return true if it used them; false when it did not, or when the previous program is not in
   *     this ledger (then only the manufacturer's own declaration can tell)
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if {@code program} is not defined
   */
  public boolean usedPreviousProgram(ProgramId program, ManufacturerId manufacturer) {
    return program(program)
        .policy()
        .previousProgram()
        .flatMap(
            previous ->
                store.record(
                    RecordKey.manufacturer(previous, manufacturer),
                    ManufacturerRecord.class,
                    sequence))
        .map(ManufacturerRecord::usedPoints)
        .orElse(false);
  }

  /**
   * Finance's totals per category (R-V2), in the briefing's order, all ten listed even when empty.
   *
   * @param program the program
   * @return ten rows, headed by the category's number, English and Chinese names
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if it is not defined
   */
  public List<PurchaseTotals> purchasesByCategory(ProgramId program) {
    checkProgram(program);
    return FinanceReports.byCategory(store, program, sequence);
  }

  /**
   * Finance's totals per vendor that sold anything, ordered by vendor id.
   *
   * @param program the program
   * @return one row per vendor, headed by the vendor's id
   * @throws LedgerRejectedException {@code UNKNOWN_PROGRAM} if it is not defined
   */
  public List<PurchaseTotals> purchasesByVendor(ProgramId program) {
    checkProgram(program);
    return FinanceReports.byVendor(store, program, sequence);
  }

  /**
   * The sum of a holder's accounts of a type: exact and within 64 bits, as every balance of a
   * per-contract account is at most its contract's price (at most {@code ProgramPolicy.MAX_PRICE})
   * and a holder has fewer than 2^31 accounts (a list's size).
   */
  private long sumOf(ProgramId program, AccountType type, String holder) {
    long sum = 0;
    for (AccountId account : store.accountsOf(program, type, holder, sequence)) {
      sum = Math.addExact(sum, store.balance(account, sequence));
    }
    return sum;
  }

  /**
   * A record as of this view, or a refusal with a code when it did not exist by then: the code's
   * {@code asOf} variant, naming the record's id, its program and the sequence number.
   */
  private <R extends LedgerRecord> R required(
      RecordKey key, Class<R> type, RejectionCode code, Object id) {
    return store
        .record(key, type, sequence)
        .orElseThrow(() -> AsOf.rejectAs(code, "asOf", id, key.program(), sequence));
  }

  /** The records of a kind in a program as of this view, in key order, that a filter keeps. */
  private <R extends LedgerRecord> List<R> recordsOf(
      RecordKind kind, ProgramId program, Class<R> type, Predicate<R> keep) {
    List<R> kept = new ArrayList<>();
    for (LedgerRecord r : store.records(kind, program, sequence)) {
      R record = type.cast(r);
      if (keep.test(record)) {
        kept.add(record);
      }
    }
    return kept;
  }

  private void checkProgram(ProgramId program) {
    AsOf.program(store, program, sequence);
  }

  private void requireAccount(AccountId account) {
    if (!store.accountExists(account, sequence)) {
      throw AsOf.reject(RejectionCode.UNKNOWN_ACCOUNT, account, sequence);
    }
  }

  @Override
  public String toString() {
    return "LedgerView[sequence=" + sequence + "]";
  }
}
