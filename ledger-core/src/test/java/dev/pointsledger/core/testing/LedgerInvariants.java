package dev.pointsledger.core.testing;

import static dev.pointsledger.core.StoreOf.storeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.audit.Invariant;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.query.ContractView;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.LedgerStore;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The invariants of any ledger, each checked from the journal and the records by code of its own
 * (not by the audit it also runs), so that a bug in the audit cannot hide a bug in the rules.
 */
public final class LedgerInvariants {
  /** Every invariant, by what it says, in the order they are checked. */
  public static final Map<String, Consumer<Ledger>> ALL =
      ImmutableMap.<String, Consumer<Ledger>>builder()
          .put("every entry sums to zero", LedgerInvariants::everyEntrySumsToZero)
          .put("no bounded account below zero", LedgerInvariants::noBoundedAccountEverNegative)
          .put("no grant above the cap", LedgerInvariants::noManufacturerGrantedAboveTheCap)
          .put(
              "points at most the share of the price, points + own part = price",
              LedgerInvariants::everyContractSplitsItsPriceWithinTheShare)
          .put(
              "reserved + claimed <= points per contract",
              LedgerInvariants::noContractHoldsMoreThanItsPoints)
          .put(
              "claimed <= reserved when claimed",
              LedgerInvariants::everyClaimWithinWhatWasReservedWhenFiled)
          .put(
              "granted = available + reserved + claimed + redeemed + lapsed",
              LedgerInvariants::everyManufacturersPointsAddUp)
          .put("hash chain verifies", LedgerInvariants::chainVerifies)
          .put("audit is clean", LedgerInvariants::auditIsClean)
          .buildOrThrow();

  private LedgerInvariants() {}

  /**
   * Checks every invariant.
   *
   * @param ledger the ledger
   */
  public static void assertAll(Ledger ledger) {
    ALL.values().forEach(invariant -> invariant.accept(ledger));
  }

  /**
   * Every entry's postings sum to zero.
   *
   * @param ledger the ledger
   */
  public static void everyEntrySumsToZero(Ledger ledger) {
    for (JournalEntry e : journal(ledger)) {
      long sum = 0;
      for (Posting p : e.postings()) {
        sum = Math.addExact(sum, p.amount());
      }
      assertEquals(0, sum, () -> "entry " + e.id() + " sums to non-zero: " + e.postings());
    }
  }

  /**
   * No account but the pool is ever below zero, after any entry.
   *
   * @param ledger the ledger
   */
  public static void noBoundedAccountEverNegative(Ledger ledger) {
    Map<AccountId, Long> balances = new HashMap<>();
    for (JournalEntry e : journal(ledger)) {
      for (Posting p : e.postings()) {
        long after = balances.merge(p.account(), p.amount(), Math::addExact);
        assertTrue(
            after >= 0 || !p.account().type().nonNegative(),
            () -> p.account() + " went to " + after + " at entry " + e.id());
      }
    }
  }

  /**
   * No manufacturer's record shows more granted than its program's cap.
   *
   * @param ledger the ledger
   */
  public static void noManufacturerGrantedAboveTheCap(Ledger ledger) {
    forEachRecord(
        ledger,
        RecordKind.MANUFACTURER,
        (program, r) -> {
          ManufacturerRecord m = (ManufacturerRecord) r;
          assertTrue(
              m.granted() <= program.policy().grantCap(),
              () -> m.manufacturer() + " was granted " + m.granted() + " in " + program.id());
        });
  }

  /**
   * Every contract pays at most the points share of its price with points, and the rest itself.
   *
   * @param ledger the ledger
   */
  public static void everyContractSplitsItsPriceWithinTheShare(Ledger ledger) {
    forEachRecord(
        ledger,
        RecordKind.CONTRACT,
        (program, r) -> {
          ContractRecord c = (ContractRecord) r;
          long share =
              BigInteger.valueOf(c.price())
                  .multiply(BigInteger.valueOf(program.policy().pointsSharePercent()))
                  .divide(BigInteger.valueOf(100))
                  .longValueExact();
          assertTrue(
              c.points() >= 1 && c.points() <= share,
              () -> "contract " + c.id() + " pays " + c.points() + " of " + c.price());
          assertEquals(
              c.price(), c.points() + c.ownPart(), () -> "contract " + c.id() + " split " + c);
        });
  }

  /**
   * No contract holds more points, reserved and claimed together, than it was bought with.
   *
   * @param ledger the ledger
   */
  public static void noContractHoldsMoreThanItsPoints(Ledger ledger) {
    forEachRecord(
        ledger,
        RecordKind.CONTRACT,
        (program, r) -> {
          ContractRecord c = (ContractRecord) r;
          ContractView view = ledger.now().contract(program.id(), c.id());
          assertTrue(
              view.reserved() + view.claimed() <= c.points(),
              () -> "contract " + c.id() + " holds " + view + " on " + c.points() + " points");
        });
  }

  /**
   * Every claim was for at most what its contract had reserved just before it was filed.
   *
   * @param ledger the ledger
   */
  public static void everyClaimWithinWhatWasReservedWhenFiled(Ledger ledger) {
    LedgerStore store = storeOf(ledger);
    forEachRecord(
        ledger,
        RecordKind.CLAIM,
        (program, r) -> {
          ClaimRecord claim = (ClaimRecord) r;
          long filedAt = store.entry(claim.filedBy()).orElseThrow().sequence();
          long reservedBefore =
              store.balance(
                  AccountId.reserved(program.id(), claim.manufacturer(), claim.contract()),
                  filedAt - 1);
          assertTrue(
              claim.amount() <= reservedBefore,
              () ->
                  "claim "
                      + claim.id()
                      + " for "
                      + claim.amount()
                      + " when "
                      + reservedBefore
                      + " were reserved");
        });
  }

  /**
   * Every manufacturer's points add up: {@code granted = available + reserved + claimed + redeemed
   * + lapsed}, with each part read from its own accounts and {@code redeemed} summed from the
   * approved and settled claims on its contracts, not derived from the others. In particular points
   * a contract releases after the program's end are lapsed, not lost.
   *
   * @param ledger the ledger
   */
  public static void everyManufacturersPointsAddUp(Ledger ledger) {
    LedgerStore store = storeOf(ledger);
    long head = store.headSequence();
    for (Program program : store.programs()) {
      Map<ManufacturerId, Long> redeemed = new HashMap<>();
      for (LedgerRecord r : store.records(RecordKind.CLAIM, program.id(), head)) {
        ClaimRecord claim = (ClaimRecord) r;
        if (claim.status() == ClaimStatus.APPROVED || claim.status() == ClaimStatus.SETTLED) {
          redeemed.merge(claim.manufacturer(), claim.amount(), Long::sum);
        }
      }
      for (LedgerRecord r : store.records(RecordKind.MANUFACTURER, program.id(), head)) {
        ManufacturerRecord m = (ManufacturerRecord) r;
        String holder = m.manufacturer().value();
        long available = store.balance(AccountId.available(program.id(), m.manufacturer()), head);
        long lapsed = store.balance(AccountId.lapsed(program.id(), m.manufacturer()), head);
        long onContracts = 0;
        for (AccountType type : List.of(AccountType.RESERVED, AccountType.CLAIMED)) {
          for (AccountId a : store.accountsOf(program.id(), type, holder, head)) {
            onContracts += store.balance(a, head);
          }
        }
        long sum = available + onContracts + redeemed.getOrDefault(m.manufacturer(), 0L) + lapsed;
        assertEquals(
            m.granted(),
            sum,
            () -> "manufacturer " + holder + " in " + program.id() + ": parts add up to " + sum);
      }
    }
  }

  /**
   * The hash chain is whole.
   *
   * @param ledger the ledger
   */
  public static void chainVerifies(Ledger ledger) {
    var report = ledger.verify();
    assertTrue(report.findings(Invariant.HASH_CHAIN).isEmpty(), report::toText);
    assertEquals(storeOf(ledger).headSequence(), report.entriesRead());
  }

  /**
   * The ledger's own audit finds nothing.
   *
   * @param ledger the ledger
   */
  public static void auditIsClean(Ledger ledger) {
    var report = ledger.verify();
    assertTrue(report.clean(), report::toText);
  }

  private static List<JournalEntry> journal(Ledger ledger) {
    return storeOf(ledger).entries(1, (int) storeOf(ledger).headSequence());
  }

  private interface RecordCheck {
    void check(Program program, LedgerRecord record);
  }

  private static void forEachRecord(Ledger ledger, RecordKind kind, RecordCheck check) {
    LedgerStore store = storeOf(ledger);
    long head = store.headSequence();
    for (Program program : store.programs()) {
      for (LedgerRecord r : store.records(kind, program.id(), head)) {
        check.check(program, r);
      }
    }
  }
}
