package dev.pointsledger.core.query;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.program.ManufacturerEligibility;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.supply.VendorEligibility;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries over a store. Every method has a form for now and a form taking {@code asOf}, an entry
 * sequence number between 0 (the empty ledger) and the head.
 *
 * <p>Every method throws {@link LedgerRejectedException} with {@code UNKNOWN_PROGRAM} for an
 * undefined program and {@code SEQUENCE_OUT_OF_RANGE} for an {@code asOf} outside the journal.
 */
public final class LedgerQueries {
  private final LedgerStore store;

  /**
   * Creates queries over a store.
   *
   * @param store the store
   */
  public LedgerQueries(LedgerStore store) {
    this.store = requireNonNull(store, "store");
  }

  /**
   * The sequence number of the last entry.
   *
   * @return the head, 0 for an empty ledger
   */
  public long head() {
    return store.headSequence();
  }

  /**
   * An account's balance now.
   *
   * @param account the account
   * @return its balance
   * @throws LedgerRejectedException {@code UNKNOWN_ACCOUNT} if it has never been posted to
   */
  public long balance(AccountId account) {
    return balance(account, head());
  }

  /**
   * An account's balance as of an entry.
   *
   * @param account the account
   * @param asOf the sequence number
   * @return its balance
   * @throws LedgerRejectedException {@code UNKNOWN_ACCOUNT} if it had no posting by then
   */
  public long balance(AccountId account, long asOf) {
    checkAsOf(account.program(), asOf);
    requireAccount(account, asOf);
    return store.balance(account, asOf);
  }

  /**
   * An account's postings with running balances, oldest first.
   *
   * @param account the account
   * @return its history
   * @throws LedgerRejectedException {@code UNKNOWN_ACCOUNT} if it has never been posted to
   */
  public List<AccountLine> history(AccountId account) {
    return history(account, head());
  }

  /**
   * An account's postings up to an entry, with running balances, oldest first.
   *
   * @param account the account
   * @param asOf the sequence number
   * @return its history
   * @throws LedgerRejectedException {@code UNKNOWN_ACCOUNT} if it had no posting by then
   */
  public List<AccountLine> history(AccountId account, long asOf) {
    checkAsOf(account.program(), asOf);
    requireAccount(account, asOf);
    return store.history(account, asOf);
  }

  /**
   * A manufacturer's points, by where they are, now.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return the balances
   * @throws LedgerRejectedException {@code UNKNOWN_MANUFACTURER} if it was never granted points
   */
  public ManufacturerBalances manufacturer(ProgramId program, ManufacturerId manufacturer) {
    return manufacturer(program, manufacturer, head());
  }

  /**
   * A manufacturer's points, by where they are, as of an entry.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @param asOf the sequence number
   * @return the balances
   * @throws LedgerRejectedException {@code UNKNOWN_MANUFACTURER} if it had no grant by then
   */
  public ManufacturerBalances manufacturer(
      ProgramId program, ManufacturerId manufacturer, long asOf) {
    checkAsOf(program, asOf);
    ManufacturerRecord record =
        store
            .record(RecordKey.manufacturer(program, manufacturer), ManufacturerRecord.class, asOf)
            .orElseThrow(
                () ->
                    reject(
                        RejectionCode.UNKNOWN_MANUFACTURER,
                        "manufacturer " + manufacturer + " had no grant in " + program
                            + " as of entry " + asOf));
    String holder = manufacturer.value();
    long available = store.balance(AccountId.available(program, manufacturer), asOf);
    long reserved = sumOf(program, AccountType.RESERVED, holder, asOf);
    long claimed = sumOf(program, AccountType.CLAIMED, holder, asOf);
    long lapsed = store.balance(AccountId.lapsed(program, manufacturer), asOf);
    long redeemed = record.granted() - available - reserved - claimed - lapsed;
    return new ManufacturerBalances(
        program, manufacturer, asOf, record.granted(), available, reserved, claimed, redeemed,
        lapsed);
  }

  /**
   * A vendor's claims, by where they stand, now.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the balances, all zero for a vendor with no claim
   */
  public VendorBalances vendor(ProgramId program, VendorId vendor) {
    return vendor(program, vendor, head());
  }

  /**
   * A vendor's claims, by where they stand, as of an entry.
   *
   * @param program the program
   * @param vendor the vendor
   * @param asOf the sequence number
   * @return the balances, all zero for a vendor with no claim
   */
  public VendorBalances vendor(ProgramId program, VendorId vendor, long asOf) {
    checkAsOf(program, asOf);
    long pending = 0;
    for (ClaimRecord claim : claimsOf(program, vendor, asOf)) {
      if (claim.status() == ClaimStatus.PENDING) {
        pending = Math.addExact(pending, claim.amount());
      }
    }
    return new VendorBalances(
        program,
        vendor,
        asOf,
        pending,
        store.balance(AccountId.payable(program, vendor), asOf),
        store.balance(AccountId.paid(program, vendor), asOf));
  }

  /**
   * A contract now.
   *
   * @param program the program
   * @param contract the contract
   * @return the contract with its balances
   * @throws LedgerRejectedException {@code UNKNOWN_CONTRACT} if there is no such contract
   */
  public ContractView contract(ProgramId program, ContractId contract) {
    return contract(program, contract, head());
  }

  /**
   * A contract as of an entry.
   *
   * @param program the program
   * @param contract the contract
   * @param asOf the sequence number
   * @return the contract with its balances
   * @throws LedgerRejectedException {@code UNKNOWN_CONTRACT} if it did not exist by then
   */
  public ContractView contract(ProgramId program, ContractId contract, long asOf) {
    checkAsOf(program, asOf);
    ContractRecord record =
        store
            .record(RecordKey.contract(program, contract), ContractRecord.class, asOf)
            .orElseThrow(
                () ->
                    reject(
                        RejectionCode.UNKNOWN_CONTRACT,
                        "no contract " + contract + " in " + program + " as of entry " + asOf));
    return new ContractView(
        record,
        asOf,
        store.balance(AccountId.reserved(program, record.manufacturer(), contract), asOf),
        store.balance(AccountId.claimed(program, record.manufacturer(), contract), asOf));
  }

  /**
   * A claim now.
   *
   * @param program the program
   * @param claim the claim
   * @return the claim's record
   * @throws LedgerRejectedException {@code UNKNOWN_CLAIM} if there is no such claim
   */
  public ClaimRecord claim(ProgramId program, ClaimId claim) {
    return claim(program, claim, head());
  }

  /**
   * A claim as of an entry.
   *
   * @param program the program
   * @param claim the claim
   * @param asOf the sequence number
   * @return the claim's record
   * @throws LedgerRejectedException {@code UNKNOWN_CLAIM} if it did not exist by then
   */
  public ClaimRecord claim(ProgramId program, ClaimId claim, long asOf) {
    checkAsOf(program, asOf);
    return store
        .record(RecordKey.claim(program, claim), ClaimRecord.class, asOf)
        .orElseThrow(
            () ->
                reject(
                    RejectionCode.UNKNOWN_CLAIM,
                    "no claim " + claim + " in " + program + " as of entry " + asOf));
  }

  /**
   * Every claim of a vendor as of an entry, for reconciling claims with payouts.
   *
   * @param program the program
   * @param vendor the vendor
   * @param asOf the sequence number
   * @return its claims, ordered by claim id
   */
  public List<ClaimRecord> claimsOf(ProgramId program, VendorId vendor, long asOf) {
    checkAsOf(program, asOf);
    List<ClaimRecord> claims = new ArrayList<>();
    for (LedgerRecord r : store.records(RecordKind.CLAIM, program, asOf)) {
      ClaimRecord claim = (ClaimRecord) r;
      if (claim.vendor().equals(vendor)) {
        claims.add(claim);
      }
    }
    return claims;
  }

  /**
   * Every contract of a manufacturer as of an entry.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @param asOf the sequence number
   * @return its contracts, ordered by contract id
   */
  public List<ContractRecord> contractsOf(
      ProgramId program, ManufacturerId manufacturer, long asOf) {
    checkAsOf(program, asOf);
    List<ContractRecord> contracts = new ArrayList<>();
    for (LedgerRecord r : store.records(RecordKind.CONTRACT, program, asOf)) {
      ContractRecord contract = (ContractRecord) r;
      if (contract.manufacturer().equals(manufacturer)) {
        contracts.add(contract);
      }
    }
    return contracts;
  }

  /**
   * A solution with its review history and listing, as of an entry.
   *
   * @param program the program
   * @param solution the solution
   * @param asOf the sequence number
   * @return the solution's record
   * @throws LedgerRejectedException {@code UNKNOWN_SOLUTION} if it did not exist by then
   */
  public SolutionRecord solution(ProgramId program, SolutionId solution, long asOf) {
    checkAsOf(program, asOf);
    return store
        .record(RecordKey.solution(program, solution), SolutionRecord.class, asOf)
        .orElseThrow(
            () ->
                reject(
                    RejectionCode.UNKNOWN_SOLUTION,
                    "no solution " + solution + " in " + program + " as of entry " + asOf));
  }

  /**
   * A solution now.
   *
   * @param program the program
   * @param solution the solution
   * @return the solution's record
   * @throws LedgerRejectedException {@code UNKNOWN_SOLUTION} if there is no such solution
   */
  public SolutionRecord solution(ProgramId program, SolutionId solution) {
    return solution(program, solution, head());
  }

  /**
   * Every solution of a program as of an entry, ordered by id.
   *
   * @param program the program
   * @param asOf the sequence number
   * @return the solutions
   */
  public List<SolutionRecord> solutions(ProgramId program, long asOf) {
    checkAsOf(program, asOf);
    List<SolutionRecord> solutions = new ArrayList<>();
    for (LedgerRecord r : store.records(RecordKind.SOLUTION, program, asOf)) {
      solutions.add((SolutionRecord) r);
    }
    return solutions;
  }

  /**
   * A registered vendor now.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the vendor's record
   * @throws LedgerRejectedException {@code UNKNOWN_VENDOR} if it is not registered
   */
  public VendorRecord registeredVendor(ProgramId program, VendorId vendor) {
    checkAsOf(program, head());
    return store
        .record(RecordKey.vendor(program, vendor), VendorRecord.class, head())
        .orElseThrow(
            () ->
                reject(
                    RejectionCode.UNKNOWN_VENDOR,
                    "vendor " + vendor + " is not registered in " + program));
  }

  /**
   * Checks a vendor's profile against a program's policy (R-V1) without registering it.
   *
   * @param program the program
   * @param profile what the vendor declares
   * @return every failed criterion; empty when eligible
   */
  public List<Rejection> vendorEligibility(ProgramId program, VendorProfile profile) {
    return VendorEligibility.check(policy(program), profile);
  }

  /**
   * Checks a manufacturer's application against a program's policy (R-D1, R-D3, R-D4) without
   * granting anything; whether it used the previous year's points is answered from this ledger
   * when the previous program is in it, and from the profile otherwise.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @param profile what it declares
   * @param applicationDate the day it applies
   * @return every failed criterion; empty when eligible
   */
  public List<Rejection> manufacturerEligibility(
      ProgramId program,
      ManufacturerId manufacturer,
      ManufacturerProfile profile,
      LocalDate applicationDate) {
    ProgramPolicy policy = policy(program);
    long head = head();
    boolean usedBefore =
        policy
            .previousProgram()
            .flatMap(
                previous ->
                    store.record(
                        RecordKey.manufacturer(previous, manufacturer),
                        ManufacturerRecord.class,
                        head))
            .map(ManufacturerRecord::usedPoints)
            .orElse(false);
    return ManufacturerEligibility.check(policy, profile, applicationDate, usedBefore);
  }

  private ProgramPolicy policy(ProgramId program) {
    return store
        .program(program)
        .orElseThrow(
            () -> reject(RejectionCode.UNKNOWN_PROGRAM, "no program " + program + " is defined"))
        .policy();
  }

  /**
   * The sum of a holder's accounts of a type: exact and within 64 bits, as every balance of a
   * per-contract account is at most its contract's price (at most {@code ProgramPolicy.MAX_PRICE})
   * and a holder has fewer than 2^31 accounts (a list's size).
   */
  private long sumOf(ProgramId program, AccountType type, String holder, long asOf) {
    long sum = 0;
    for (AccountId account : store.accountsOf(program, type, holder, asOf)) {
      sum = Math.addExact(sum, store.balance(account, asOf));
    }
    return sum;
  }

  private void checkAsOf(ProgramId program, long asOf) {
    AsOf.check(store, program, asOf);
  }

  private void requireAccount(AccountId account, long asOf) {
    if (!store.accountExists(account, asOf)) {
      throw reject(
          RejectionCode.UNKNOWN_ACCOUNT,
          "account " + account + " had no posting as of entry " + asOf);
    }
  }

  private static LedgerRejectedException reject(RejectionCode code, String message) {
    return AsOf.reject(code, message);
  }
}
