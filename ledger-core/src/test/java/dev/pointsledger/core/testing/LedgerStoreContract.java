package dev.pointsledger.core.testing;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.c;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.k;
import static dev.pointsledger.core.testing.Fixtures.lapse;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.reverse;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static dev.pointsledger.core.testing.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.audit.Invariant;
import dev.pointsledger.core.audit.LedgerProofs;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.VerifyOptions;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.error.Term;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ContractView;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.query.VendorBalances;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.supply.VendorProfile;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link LedgerStore} must show, run against each store by a subclass that
 * says how to make a fresh, empty one. One suite, every store: a user can move from one store to
 * another without surprises.
 */
public abstract class LedgerStoreContract {
  /** The clock every test starts on: 2022-05-02, inside every 2022 window. */
  protected MutableClock clock;
  /** The ledger on the store under test. */
  protected Ledger ledger;
  /** The head after the setup (vendors V1, V2 and their listed solutions). */
  protected long base;

  /**
   * A fresh, empty store.
   *
   * @return the store under test
   */
  protected abstract LedgerStore newStore();

  @BeforeEach
  void openLedger() {
    clock = MutableClock.at(Fixtures.MAY_2);
    ledger = Ledger.on(newStore(), clock);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1, V2);
    base = storeOf(ledger).headSequence();
  }

  @AfterEach
  void closeLedger() {
    ledger.close();
  }

  private RejectionCode refusal(Command command) {
    return assertThrows(LedgerRejectedException.class, () -> ledger.execute(command)).code();
  }

  /** Runs grant, purchase, claim, approval and payout for one manufacturer and vendor. */
  private void wholeLifecycle() {
    ledger.execute(grant("g1", M1, 200_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 150_001, 75_000));
    clock.setDay(LocalDate.of(2022, 9, 1));
    ledger.execute(claim("k1", "CL1", "C1", V1, 75_000));
    ledger.execute(approve("a1", "CL1"));
    ledger.execute(settle("s1", V1, "PAY-1", "CL1"));
  }

  @Test
  void batch_whoseProcessorThrowsMidway_keepsNoneOfItsEntries() {
    ledger.execute(grant("g0", M1, 1_000));
    LedgerSnapshot before = LedgerSnapshot.of(ledger);
    List<Command> batch =
        List.of(
            grant("g1", M1, 5_000),
            grant("g2", M2, 7_000),
            reserve("r1", "C1", M1, V1, 10_000, 5_000),
            grant("boom", M3, 1));

    assertThrows(
        RuntimeException.class,
        () -> storeOf(ledger).execute(batch, Seams.throwingOn(clock, "boom")));

    assertEquals(before, LedgerSnapshot.of(ledger));
    assertTrue(storeOf(ledger).entry(e("g1")).isEmpty());
    assertEquals(before.head() + 1, ledger.execute(grant("g1", M1, 5_000)).sequence());
  }

  @Test
  void recordsInPages_areTheWholeListInOrder_onEveryStore() {
    ledger.execute(grant("g1", M1, 1_000));
    ledger.execute(grant("g2", M2, 2_000));
    ledger.execute(grant("g3", M3, 3_000));
    LedgerStore store = storeOf(ledger);
    long head = store.headSequence();
    for (RecordKind kind : RecordKind.values()) {
      List<LedgerRecord> whole = store.records(kind, P2022, head);
      List<LedgerRecord> paged = new ArrayList<>();
      String after = "";
      for (List<LedgerRecord> page = store.records(kind, P2022, head, after, 2);
          !page.isEmpty();
          page = store.records(kind, P2022, head, after, 2)) {
        assertTrue(page.size() <= 2);
        paged.addAll(page);
        after = page.get(page.size() - 1).key().id();
      }
      assertEquals(whole, paged, kind.toString());
    }
    assertEquals(3, store.records(RecordKind.MANUFACTURER, P2022, head).size());
  }

  @Test
  void lifecycle_movesPointsFromPoolToVendorPaid() {
    wholeLifecycle();
    ManufacturerBalances m = ledger.now().manufacturer(P2022, m(M1));
    assertEquals(200_000, m.granted());
    assertEquals(125_000, m.available());
    assertEquals(0, m.reserved());
    assertEquals(0, m.claimed());
    assertEquals(75_000, m.redeemed());
    VendorBalances vb = ledger.now().vendor(P2022, v(V1));
    assertEquals(0, vb.pending());
    assertEquals(0, vb.payable());
    assertEquals(75_000, vb.paid());
    assertEquals(-200_000, ledger.now().balance(AccountId.pool(P2022)));
    ContractView contract = ledger.now().contract(P2022, c("C1"));
    assertEquals(ContractStatus.CLOSED, contract.contract().status());
    assertEquals(75_000, contract.contract().points());
    assertEquals(75_001, contract.contract().ownPart());
    assertEquals(ClaimStatus.SETTLED, ledger.now().claim(P2022, k("CL1")).status());
    assertEquals("PAY-1", ledger.now().claim(P2022, k("CL1")).payout().orElseThrow());
    assertTrue(ledger.verify().clean(), () -> ledger.verify().toText());
  }

  @Test
  void everyEntry_sumsToZero_andChainsToThePrevious() {
    wholeLifecycle();
    List<JournalEntry> entries = storeOf(ledger).entries(1, 100);
    assertEquals(base + 5, entries.size());
    EntryHash previous = EntryHash.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry entry = entries.get(i);
      assertEquals(i + 1, entry.sequence());
      assertEquals(entry.type().movesPoints(), entry.postings().size() >= 2);
      assertEquals(0, entry.postings().stream().mapToLong(p -> p.amount()).sum());
      assertEquals(previous, entry.previousHash());
      assertTrue(entry.hashIsValid());
      previous = entry.hash();
    }
    assertTrue(ledger.verify().clean());
    assertEquals(base + 5, ledger.verify().entriesRead());
  }

  @Test
  void entriesReadBack_equalTheEntriesReturned() {
    JournalEntry granted = ledger.execute(grant("g1", M1, 1_000));
    JournalEntry reserved = ledger.execute(reserve("r1", "C1", M1, V1, 1_000, 500));
    assertEquals(granted, storeOf(ledger).entry(e("g1")).orElseThrow());
    assertEquals(reserved, storeOf(ledger).entry(e("r1")).orElseThrow());
    assertEquals(List.of(granted, reserved), storeOf(ledger).entries(base + 1, 10));
    assertEquals(List.of(reserved), storeOf(ledger).entries(base + 2, 10));
    assertEquals(List.of(granted), storeOf(ledger).entries(base + 1, 1));
    assertEquals(List.of(), storeOf(ledger).entries(base + 3, 10));
  }

  @Test
  void retry_withSameIdAndContents_returnsTheFirstEntry_andWritesNothing() {
    JournalEntry first = ledger.execute(grant("g1", M1, 1_000));
    CommandOutcome again = ledger.submit(grant("g1", M1, 1_000));
    CommandOutcome.Applied applied = assertInstanceOf(CommandOutcome.Applied.class, again);
    assertTrue(applied.replayed());
    assertEquals(first, applied.entry());
    assertEquals(base + 1, storeOf(ledger).headSequence());
    assertEquals(1_000, ledger.now().manufacturer(P2022, m(M1)).granted());
  }

  @Test
  void retry_withSameIdAndOtherContents_isRefused() {
    ledger.execute(grant("g1", M1, 1_000));
    assertEquals(RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT, refusal(grant("g1", M1, 1_001)));
    assertEquals(
        RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT,
        refusal(reserve("g1", "C1", M1, V1, 1_000, 500)));
    assertEquals(base + 1, storeOf(ledger).headSequence());
  }

  @Test
  void refusal_leavesTheLedgerExactlyAsItWas() {
    ledger.execute(grant("g1", M1, 100_000));
    long head = storeOf(ledger).headSequence();
    ManufacturerBalances before = ledger.now().manufacturer(P2022, m(M1));
    assertEquals(RejectionCode.CAP_EXCEEDED, refusal(grant("g2", M1, 100_001)));
    assertEquals(
        RejectionCode.MORE_THAN_HALF_OF_PRICE,
        refusal(reserve("r1", "C1", M1, V1, 10_001, 5_001)));
    assertEquals(head, storeOf(ledger).headSequence());
    assertEquals(before, ledger.now().manufacturer(P2022, m(M1)));
    assertTrue(storeOf(ledger).entry(e("g2")).isEmpty());
    assertThrows(
        LedgerRejectedException.class, () -> ledger.now().contract(P2022, c("C1")));
    // a refused id is free to be used again, with any contents
    ledger.execute(reserve("r1", "C1", M1, V1, 10_000, 5_000));
  }

  @Test
  void batch_givesEachCommandItsOwnOutcome_andLaterCommandsSeeEarlierOnes() {
    List<Command> batch = new ArrayList<>();
    batch.add(grant("g1", M1, 10_000));
    batch.add(reserve("r1", "C1", M1, V1, 30_000, 15_000)); // more than granted
    batch.add(reserve("r2", "C2", M1, V1, 20_000, 10_000)); // all of it
    batch.add(grant("g1", M1, 10_000)); // retry inside the batch
    batch.add(grant("g2", M2, 200_001)); // above the cap
    List<CommandOutcome> outcomes = ledger.submitAll(batch);
    assertEquals(5, outcomes.size());
    assertInstanceOf(CommandOutcome.Applied.class, outcomes.get(0));
    assertEquals(
        RejectionCode.INSUFFICIENT_POINTS,
        assertInstanceOf(CommandOutcome.Refused.class, outcomes.get(1)).rejection().code());
    assertInstanceOf(CommandOutcome.Applied.class, outcomes.get(2));
    assertTrue(assertInstanceOf(CommandOutcome.Applied.class, outcomes.get(3)).replayed());
    assertEquals(
        RejectionCode.CAP_EXCEEDED,
        assertInstanceOf(CommandOutcome.Refused.class, outcomes.get(4)).rejection().code());
    assertEquals(base + 2, storeOf(ledger).headSequence());
    assertEquals(0, ledger.now().manufacturer(P2022, m(M1)).available());
    assertTrue(ledger.verify().clean());
  }

  @Test
  void cancel_releasesTheReservedPoints() {
    ledger.execute(grant("g1", M1, 50_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    ledger.execute(cancel("x1", "C1"));
    assertEquals(50_000, ledger.now().manufacturer(P2022, m(M1)).available());
    ContractView view = ledger.now().contract(P2022, c("C1"));
    assertEquals(ContractStatus.CANCELLED, view.contract().status());
    assertEquals(0, view.reserved());
    assertEquals(RejectionCode.CONTRACT_NOT_ACTIVE, refusal(cancel("x2", "C1")));
  }

  @Test
  void rejectedClaim_returnsPointsToTheContract_andCanBeFiledAgain() {
    ledger.execute(grant("g1", M1, 50_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    clock.setDay(LocalDate.of(2022, 9, 1));
    ledger.execute(claim("k1", "CL1", "C1", V1, 30_000));
    assertEquals(30_000, ledger.now().vendor(P2022, v(V1)).pending());
    ledger.execute(reject("j1", "CL1"));
    assertEquals(ClaimStatus.REJECTED, ledger.now().claim(P2022, k("CL1")).status());
    assertEquals(30_000, ledger.now().contract(P2022, c("C1")).reserved());
    ledger.execute(claim("k2", "CL2", "C1", V1, 20_000));
    ledger.execute(approve("a2", "CL2"));
    // the unclaimed 10,000 go back to the manufacturer when the contract closes
    ManufacturerBalances m = ledger.now().manufacturer(P2022, m(M1));
    assertEquals(30_000, m.available());
    assertEquals(20_000, m.redeemed());
    assertEquals(20_000, ledger.now().vendor(P2022, v(V1)).payable());
    assertTrue(ledger.verify().clean());
  }

  @Test
  void anInvalidBusinessNumber_isRefusedOnEveryStore() {
    Rejection grant =
        assertThrows(
                LedgerRejectedException.class, () -> ledger.execute(grant("g1", "12345678", 1_000)))
            .rejection();
    assertEquals(RejectionCode.INVALID_BUSINESS_NUMBER, grant.code());
    assertEquals("INVALID_BUSINESS_NUMBER.check", grant.key());
    assertEquals(List.of(Term.of("manufacturer"), "12345678"), grant.arguments());
    Rejection vendor =
        assertThrows(
                LedgerRejectedException.class,
                () ->
                    ledger.execute(
                        new RegisterVendor(
                            e("v1"), P2022, v("V-1"), "V", VendorProfile.qualifiedSoftwareHouse())))
            .rejection();
    assertEquals(
        Rejection.variant(
            RejectionCode.INVALID_BUSINESS_NUMBER, "length", Term.of("vendor"), "V-1", 3),
        vendor);
    assertEquals(base, storeOf(ledger).headSequence());
    ledger.execute(grant("g1", "04595252", 1_000)); // valid under the 2023 rule
  }

  @Test
  void anInvoice_backsOneLiveClaim_onEveryStore() {
    ledger.execute(grant("g1", M1, 200_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    ledger.execute(reserve("r2", "C2", M1, V2, 60_000, 30_000));
    clock.setDay(LocalDate.of(2022, 9, 1));
    List<DocumentRef> invoice = List.of(DocumentRef.invoice("AB12345678"));
    ledger.execute(claim("k1", "CL1", "C1", V1, 30_000, invoice));
    long head = storeOf(ledger).headSequence();
    Rejection taken =
        assertThrows(
                LedgerRejectedException.class,
                () -> ledger.execute(claim("k2", "CL2", "C2", V2, 30_000, invoice)))
            .rejection();
    assertEquals(
        Rejection.of(
            RejectionCode.INVOICE_ALREADY_CLAIMED,
            "AB12345678",
            "CL1",
            ClaimStatus.PENDING,
            P2022.value()),
        taken);
    assertEquals(head, storeOf(ledger).headSequence());
    assertEquals(
        RejectionCode.INVALID_INVOICE_NUMBER,
        refusal(claim("k3", "CL3", "C2", V2, 30_000, List.of(DocumentRef.invoice("AB-1")))));
    ledger.execute(reject("j1", "CL1"));
    ledger.execute(claim("k2", "CL2", "C2", V2, 30_000, invoice));
    assertEquals(k("CL2"), ledger.now().invoice(P2022, "AB12345678").orElseThrow().claim());
    assertEquals(
        k("CL1"), ledger.asOf(head).invoice(P2022, "AB12345678").orElseThrow().claim());
    assertTrue(ledger.verify().clean());
  }

  @Test
  void lapse_afterTheProgramEnds_movesUnusedPointsToLapsed() {
    ledger.execute(grant("g1", M1, 50_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    assertEquals(RejectionCode.PROGRAM_NOT_ENDED, refusal(lapse("l1", M1)));
    clock.setDay(LocalDate.of(2023, 1, 1));
    ledger.execute(lapse("l1", M1));
    ManufacturerBalances m = ledger.now().manufacturer(P2022, m(M1));
    assertEquals(0, m.available());
    assertEquals(20_000, m.lapsed());
    assertEquals(30_000, m.reserved());
    assertEquals(RejectionCode.NOTHING_TO_LAPSE, refusal(lapse("l2", M1)));
  }

  @Test
  void reversal_ofASettlement_makesTheClaimsPayableAgain() {
    wholeLifecycle();
    JournalEntry reversal = ledger.execute(reverse("rv1", "s1"));
    assertEquals(EntryType.REVERSE, reversal.type());
    assertEquals(ClaimStatus.APPROVED, ledger.now().claim(P2022, k("CL1")).status());
    assertEquals(75_000, ledger.now().vendor(P2022, v(V1)).payable());
    assertEquals(0, ledger.now().vendor(P2022, v(V1)).paid());
    assertEquals(RejectionCode.ALREADY_REVERSED, refusal(reverse("rv2", "s1")));
    ledger.execute(settle("s2", V1, "PAY-2", "CL1"));
    assertTrue(ledger.verify().clean());
  }

  @Test
  void reversal_ofAGrant_lowersTheGrantedTotal() {
    ledger.execute(grant("g1", M1, 200_000));
    ledger.execute(reverse("rv1", "g1"));
    assertEquals(0, ledger.now().manufacturer(P2022, m(M1)).granted());
    ledger.execute(grant("g2", M1, 200_000));
    assertTrue(ledger.verify().clean());
  }

  @Test
  void accountsOf_namesTheHoldersAccountsOfAType_thatHadAPostingByThen() {
    ledger.execute(grant("g1", M1, 50_000));
    ledger.execute(reserve("r1", "C2", M1, V1, 20_000, 10_000));
    ledger.execute(reserve("r2", "C1", M1, V1, 20_000, 10_000));
    LedgerStore store = storeOf(ledger);
    long head = store.headSequence();
    AccountId available = AccountId.available(P2022, m(M1));
    assertEquals(
        List.of(available), store.accountsOf(P2022, AccountType.AVAILABLE, M1, head));
    assertEquals(List.of(), store.accountsOf(P2022, AccountType.AVAILABLE, M1, base));
    assertEquals(
        List.of(
            AccountId.reserved(P2022, m(M1), c("C1")), AccountId.reserved(P2022, m(M1), c("C2"))),
        store.accountsOf(P2022, AccountType.RESERVED, M1, head));
    assertEquals(
        List.of(AccountId.reserved(P2022, m(M1), c("C2"))),
        store.accountsOf(P2022, AccountType.RESERVED, M1, head - 1));
    assertEquals(List.of(), store.accountsOf(P2022, AccountType.AVAILABLE, M2, head));
    assertEquals(List.of(), store.accountsOf(P2022, AccountType.LAPSED, M1, head));
    assertEquals(
        List.of(AccountId.pool(P2022)),
        store.accountsOf(P2022, AccountType.PROGRAM_POOL, P2022.value(), head));
  }

  @Test
  void asOfQueries_answerAsTheLedgerStoodThen() {
    wholeLifecycle();
    ManufacturerBalances afterReserve = ledger.asOf(base + 2).manufacturer(P2022, m(M1));
    assertEquals(125_000, afterReserve.available());
    assertEquals(75_000, afterReserve.reserved());
    assertEquals(
        ContractStatus.CLAIM_PENDING, ledger.asOf(base + 3).contract(P2022, c("C1")).contract().status());
    assertEquals(ContractStatus.ACTIVE, ledger.asOf(base + 2).contract(P2022, c("C1")).contract().status());
    assertEquals(75_000, ledger.asOf(base + 4).vendor(P2022, v(V1)).payable());
    assertEquals(
        RejectionCode.UNKNOWN_CONTRACT,
        assertThrows(
                LedgerRejectedException.class, () -> ledger.asOf(base + 1).contract(P2022, c("C1")))
            .code());
    assertEquals(
        RejectionCode.SEQUENCE_OUT_OF_RANGE,
        assertThrows(
                LedgerRejectedException.class,
                () -> ledger.asOf(base + 6).manufacturer(P2022, m(M1)))
            .code());
  }

  @Test
  void reversal_ofAReservationAfterTheProgramsEnd_lapsesItsPoints_inTheSameEntry() {
    ledger.execute(grant("g1", M1, 50_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    clock.setDay(LocalDate.of(2023, 1, 1));
    JournalEntry reversal = ledger.execute(reverse("rv1", "r1"));
    assertEquals(
        Set.of(
            new Posting(AccountId.reserved(P2022, m(M1), c("C1")), -30_000),
            new Posting(AccountId.lapsed(P2022, m(M1)), 30_000)),
        Set.copyOf(reversal.postings()));
    ManufacturerBalances m = ledger.now().manufacturer(P2022, m(M1));
    assertEquals(20_000, m.available());
    assertEquals(30_000, m.lapsed());
    assertEquals(0, m.reserved());
    assertEquals(
        m.granted(), m.available() + m.reserved() + m.claimed() + m.redeemed() + m.lapsed());
    assertEquals(
        ContractStatus.REVERSED, ledger.now().contract(P2022, c("C1")).contract().status());
    assertTrue(ledger.verify().clean());
  }

  @Test
  void reversal_ofALapse_isRefusedLapseIsFinal_andWritesNothing() {
    ledger.execute(grant("g1", M1, 50_000));
    clock.setDay(LocalDate.of(2023, 1, 1));
    ledger.execute(lapse("l1", M1));
    long head = storeOf(ledger).headSequence();
    assertEquals(RejectionCode.LAPSE_IS_FINAL, refusal(reverse("rv1", "l1")));
    assertEquals(head, storeOf(ledger).headSequence());
    assertEquals(0, ledger.now().manufacturer(P2022, m(M1)).available());
    assertEquals(50_000, ledger.now().manufacturer(P2022, m(M1)).lapsed());
  }

  @Test
  void asOf_beforeAProgramsDefinition_doesNotKnowTheProgram() {
    long before = storeOf(ledger).headSequence();
    ProgramId otherId = ProgramId.of("other-2022");
    Program other =
        new Program(otherId, "Another program", ProgramPresets.industrialPavilion2022Policy());
    ledger.defineProgram(other);
    long defined = storeOf(ledger).headSequence();

    LedgerRejectedException unknown =
        assertThrows(LedgerRejectedException.class, () -> ledger.asOf(before).program(otherId));
    assertEquals(RejectionCode.UNKNOWN_PROGRAM, unknown.code());
    assertEquals(
        RejectionCode.UNKNOWN_PROGRAM,
        assertThrows(
                LedgerRejectedException.class,
                () -> ledger.asOf(before).manufacturer(otherId, m(M1)))
            .code());
    assertEquals(
        RejectionCode.UNKNOWN_PROGRAM,
        assertThrows(LedgerRejectedException.class, () -> ledger.asOf(0).purchasesByVendor(P2022))
            .code());
    assertEquals(other, ledger.asOf(defined).program(otherId));
    assertEquals(other, ledger.now().program(otherId));
    assertEquals(ProgramPresets.industrialPavilion2022(), ledger.asOf(before).program(P2022));
  }

  @Test
  void history_listsPostingsWithRunningBalances() {
    wholeLifecycle();
    List<AccountLine> lines = ledger.now().history(AccountId.available(P2022, m(M1)));
    assertEquals(2, lines.size());
    assertEquals(200_000, lines.get(0).amount());
    assertEquals(200_000, lines.get(0).runningBalance());
    assertEquals(-75_000, lines.get(1).amount());
    assertEquals(125_000, lines.get(1).runningBalance());
    assertEquals(EntryType.RESERVE, lines.get(1).type());
    assertEquals(
        1, ledger.asOf(base + 1).history(AccountId.available(P2022, m(M1))).size());
    assertEquals(
        RejectionCode.UNKNOWN_ACCOUNT,
        assertThrows(
                LedgerRejectedException.class,
                () -> ledger.now().history(AccountId.available(P2022, m("nobody"))))
            .code());
  }

  @Test
  void verifier_provesTheLedgerExtendsASignedCheckpoint_andCatchesAWrongOne() throws Exception {
    wholeLifecycle();
    KeyPair office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    EntryHash third = storeOf(ledger).entries(base + 3, 1).get(0).hash();
    EntryHash root = LedgerProofs.tree(storeOf(ledger), base + 3).root();
    SignedCheckpoint signed = SignedCheckpoint.sign(
        "contract", base + 3, third, root, Instant.EPOCH, office.getPrivate());
    VerifyOptions options =
        VerifyOptions.defaults().withCheckpoints(office.getPublic(), List.of(signed));
    VerificationReport report = ledger.verify(options);
    assertTrue(report.clean(), report::toText);
    assertEquals(base + 5, report.lastSequence());
    SignedCheckpoint wrong =
        SignedCheckpoint.sign("contract", base + 3, EntryHash.GENESIS, root,
            Instant.EPOCH, office.getPrivate());
    VerificationReport caught = ledger.verify(
        VerifyOptions.defaults().withCheckpoints(office.getPublic(), List.of(wrong)));
    assertEquals(base + 3, caught.findings(Invariant.CHECKPOINT_EXTENDED).get(0).sequence());
  }

  @Test
  void programs_areDefinedOnce_andNeverChange() {
    Program again = ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    assertEquals(ProgramPresets.industrialPavilion2022(), again);
    Program changed =
        new Program(
            P2022,
            "Cloud Marketplace Industrial Pavilion 2022",
            ProgramPresets.industrialPavilion2022Policy().toBuilder().grantCap(300_000).build());
    assertEquals(
        RejectionCode.PROGRAM_ALREADY_DEFINED,
        assertThrows(LedgerRejectedException.class, () -> ledger.defineProgram(changed)).code());
    assertEquals(List.of(ProgramPresets.industrialPavilion2022()), storeOf(ledger).programs());
  }

  @Test
  void unknownProgram_isRefused() {
    var other = new dev.pointsledger.core.command.GrantPoints(
        e("g1"),
        dev.pointsledger.core.id.ProgramId.of("nope"),
        m(M1),
        1,
        Fixtures.MAY_2,
        dev.pointsledger.core.program.ManufacturerProfile.typicalSmallFactory(),
        Fixtures.APPLICATION_DOCUMENTS);
    assertEquals(RejectionCode.UNKNOWN_PROGRAM, refusal(other));
    assertEquals(base, storeOf(ledger).headSequence());
  }
}
