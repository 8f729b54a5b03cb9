package dev.pointsledger.core.testing;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.payout.PayoutApplication;
import dev.pointsledger.core.finance.payout.PayoutApplier;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutFileReader;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutMatcher;
import dev.pointsledger.core.finance.payout.PayoutOutcome;
import dev.pointsledger.core.finance.payout.PayoutReadOptions;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A small program whose every figure is known by hand, for the finance tests (and, through the
 * test-jar, ledger-jdbc's). On 2022-05-02: V1 (category 1) and V2 (category 7) listed; M1 granted
 * 200,000 and M2 100,000; C1 (M1, V1, 30,000 points), C2 (M1, V2, 20,000), C3 (M2, V1, 10,000), C4
 * (M2, V2, 5,000, cancelled the same day). On 2022-09-01: CL1 (C1, 30,000) and CL2 (C2, 15,000)
 * approved, CL2's unclaimed 5,000 released; CL3 (C3, 10,000) rejected, then CL3B (C3, 9,000)
 * pending. On 2022-10-01: CL1 settled by payout PAY-001.
 *
 * <p>At the end: issued 300,000 = available 245,000 + reserved 1,000 + claimed 9,000 + payable
 * 15,000 (CL2) + paid 30,000 + lapsed 0.
 */
public final class FinanceScenario {
  /** The day the purchases are made. */
  public static final LocalDate MAY_2 = Fixtures.MAY_2;

  /** The day the claims are filed and decided. */
  public static final LocalDate SEP_1 = LocalDate.of(2022, 9, 1);

  /** V2's name: Chinese, with a comma and quotes, as a CSV must quote it. */
  public static final String V2_NAME = "雲端資服, \"第一\" 股份有限公司";

  /** The day CL1 is paid. */
  public static final LocalDate OCT_1 = LocalDate.of(2022, 10, 1);

  /**
   * A payout file for the scenario (UTF-8): CL2 paid by PAY-002 (a match), CL3B by PAY-003 (not
   * approved: pending) and CL1 by PAY-001 (settled before, under that reference).
   */
  public static final String PAYOUT_FILE =
      "統一編號,金額,撥款編號,撥款日期,核銷申請編號\n"
          + V2
          + ",15000,PAY-002,111/10/02,CL2\n"
          + V1
          + ",9000,PAY-003,111/10/02,CL3B\n"
          + V1
          + ",30000,PAY-001,111/10/01,CL1\n";

  private FinanceScenario() {}

  /**
   * Applies {@link #PAYOUT_FILE} to the scenario twice, asserting that the first application
   * settles CL2 alone and the second (and a replay of the first match) writes nothing.
   *
   * @param t the scenario, on any store
   * @throws IOException never: the file is read from memory
   */
  public static void applyingThePayoutFileTwice_writesOnce(TestLedger t) throws IOException {
    PayoutFile file =
        PayoutFileReader.read(
            new ByteArrayInputStream(PAYOUT_FILE.getBytes(StandardCharsets.UTF_8)),
            PayoutReadOptions.utf8());
    PayoutMatch first = PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
    long before = t.head();
    PayoutApplication applied = PayoutApplier.apply(t.ledger(), first);
    assertEquals(PayoutApplication.Status.APPLIED, applied.status());
    assertEquals(1, applied.written());
    assertEquals(before + 1, t.head());
    ClaimRecord cl2 = t.ledger().now().claim(TestLedger.P2022, ClaimId.of("CL2"));
    assertEquals(ClaimStatus.SETTLED, cl2.status());
    assertEquals(Optional.of("PAY-002"), cl2.payout());
    PayoutMatch again = PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
    assertEquals(PayoutOutcome.MATCHED, again.lines().get(0).outcome());
    assertTrue(again.lines().get(0).alreadySettled());
    assertEquals(0, PayoutApplier.apply(t.ledger(), again).written());
    assertEquals(before + 1, t.head(), "the second application writes nothing");
    PayoutApplication stale = PayoutApplier.apply(t.ledger(), first);
    assertEquals(0, stale.written());
    assertEquals(PayoutApplication.Kind.ALREADY_SETTLED, stale.results().get(0).kind());
    assertEquals(before + 1, t.head(), "re-applying the first match replays its entry");
  }

  /**
   * The scenario on a new in-memory store.
   *
   * @return the test ledger, on 2022-10-01
   */
  public static TestLedger build() {
    return build(new InMemoryLedgerStore());
  }

  /**
   * The scenario on an empty store of yours.
   *
   * @param store an empty store
   * @return the test ledger, on 2022-10-01
   */
  public static TestLedger build(LedgerStore store) {
    TestLedger t = TestLedger.ready2022(store);
    t.run(
        new RegisterVendor(
            Fixtures.e("register-" + V2),
            TestLedger.P2022,
            Fixtures.v(V2),
            V2_NAME,
            VendorProfile.qualifiedSoftwareHouse()));
    t.list(TestLedger.P2022, "S-" + V2, V2, SolutionCategory.FLOOR_MACHINES, 500_000_000L, 3);
    t.run(t.grant(TestLedger.P2022, M2, 100_000));
    t.run(
        reserve("r1", "C1", M1, V1, 60_000, 30_000),
        reserve("r2", "C2", M1, V2, 40_000, 20_000),
        reserve("r3", "C3", M2, V1, 20_001, 10_000),
        reserve("r4", "C4", M2, V2, 10_000, 5_000),
        cancel("x4", "C4"));
    t.today(SEP_1);
    t.run(
        claim("k1", "CL1", "C1", V1, 30_000),
        claim("k2", "CL2", "C2", V2, 15_000),
        claim("k3", "CL3", "C3", V1, 10_000),
        approve("a1", "CL1"),
        approve("a2", "CL2"),
        reject("j3", "CL3"),
        claim("k3b", "CL3B", "C3", V1, 9_000));
    t.today(OCT_1);
    t.run(settle("s1", V1, "PAY-001", "CL1"));
    return t;
  }
}
