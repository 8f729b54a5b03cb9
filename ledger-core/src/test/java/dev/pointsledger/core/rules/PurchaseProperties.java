package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.c;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerSnapshot;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * R-P1 for any price (up to the solution's listed price) and any points: what decides a purchase is
 * half the price and the unused points.
 */
class PurchaseProperties {

  /** A manufacturer granted some points asks to pay a price with some of them. */
  record Purchase(long granted, long price, long points) {}

  @Provide
  Arbitrary<Purchase> purchases() {
    Arbitrary<Long> granted = Arbitraries.longs().between(1, 200_000);
    Arbitrary<Long> prices =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs().between(1, 1_000)),
            Tuple.of(5, Arbitraries.longs().between(1, 500_000)),
            Tuple.of(1, Arbitraries.longs().between(1, Fixtures.LISTED_PRICE)));
    return granted.flatMap(
        g ->
            prices.flatMap(
                price -> {
                  long half = price / 2;
                  return Arbitraries.frequencyOf(
                          Tuple.of(3, Arbitraries.longs().between(Math.max(1, half - 2), half + 2)),
                          Tuple.of(3, Arbitraries.longs().between(Math.max(1, g - 2), g + 2)),
                          Tuple.of(
                              2, Arbitraries.longs().between(1, Math.max(1, Math.min(half, g)))))
                      .map(points -> new Purchase(g, price, points));
                }));
  }

  @Property(tries = 1000)
  void reserve_isAccepted_exactlyWhenThePointsFitHalfThePrice_andTheUnusedPoints(
      @ForAll("purchases") Purchase p) {
    Ledger ledger = Ledger.inMemory(MutableClock.at(Fixtures.MAY_2));
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1);
    ledger.execute(grant("g1", M1, p.granted()));
    LedgerSnapshot before = LedgerSnapshot.of(ledger);

    CommandOutcome outcome = ledger.submit(reserve("r1", "C1", M1, V1, p.price(), p.points()));

    boolean fits = p.points() <= p.price() / 2 && p.points() <= p.granted();
    Statistics.collect(fits ? "accepted" : "refused");
    if (fits) {
      assertInstanceOf(CommandOutcome.Applied.class, outcome, outcome::toString);
      ContractRecord contract = ledger.now().contract(P2022, c("C1")).contract();
      assertEquals(p.price(), contract.points() + contract.ownPart());
      assertEquals(p.points(), contract.points());
      assertEquals(
          p.granted() - p.points(), ledger.now().manufacturer(P2022, m(M1)).available());
    } else {
      CommandOutcome.Refused refused =
          assertInstanceOf(CommandOutcome.Refused.class, outcome, outcome::toString);
      assertTrue(
          Set.of(
                  RejectionCode.MORE_THAN_HALF_OF_PRICE,
                  RejectionCode.INSUFFICIENT_POINTS)
              .contains(refused.rejection().code()),
          refused::toString);
      assertEquals(before, LedgerSnapshot.of(ledger));
    }
    Statistics.coverage(
        coverage -> {
          coverage.check("accepted").percentage(pct -> pct > 20);
          coverage.check("refused").percentage(pct -> pct > 20);
        });
  }
  /**
   * Why a purchase needs no check of the grant cap (R-D2): whatever grants, purchases,
   * cancellations and reversals came before, a manufacturer's unused points never exceed the cap,
   * so a purchase of more points than the cap is refused {@code INSUFFICIENT_POINTS}.
   */
  @Property(tries = 300)
  void aPurchaseAboveTheCap_isRefusedForTheUnusedPoints(
      @ForAll @LongRange(min = 1, max = 5_000) long cap,
      @ForAll @Size(max = 8) List<@LongRange(min = 1, max = 6_000) Long> grants,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 3) Integer> corrections,
      @ForAll @LongRange(min = 1, max = 5_000) long above) {
    TestLedger t =
        TestLedger.with(Fixtures.MAY_2, TestLedger.program2022(b -> b.grantCap(cap)))
            .listSolutions(V1);
    Ledger ledger = t.ledger();
    boolean granted = false;
    for (int i = 0; i < grants.size(); i++) {
      granted |= ledger.submit(grant("g" + i, M1, grants.get(i))) instanceof CommandOutcome.Applied;
      int correction = i < corrections.size() ? corrections.get(i) : 0;
      long points = Math.max(1, grants.get(i) / 3);
      ledger.submit(reserve("r" + i, "C" + i, M1, V1, 2 * points, points));
      if (correction == 1) {
        ledger.submit(Fixtures.cancel("x" + i, "C" + i));
      } else if (correction == 2) {
        ledger.submit(Fixtures.reverse("v" + i, "r" + i));
      } else if (correction == 3) {
        ledger.submit(Fixtures.reverse("w" + i, "g" + i));
      }
    }
    long points = cap + above;
    CommandOutcome outcome = ledger.submit(reserve("big", "BIG", M1, V1, 2 * points, points));

    CommandOutcome.Refused refused =
        assertInstanceOf(CommandOutcome.Refused.class, outcome, outcome::toString);
    assertEquals(
        granted ? RejectionCode.INSUFFICIENT_POINTS : RejectionCode.UNKNOWN_MANUFACTURER,
        refused.rejection().code(),
        refused::toString);
    if (granted) {
      assertTrue(t.balances(M1).available() <= cap);
    }
  }
}
