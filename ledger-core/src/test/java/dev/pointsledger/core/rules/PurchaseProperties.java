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
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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
                  RejectionCode.INSUFFICIENT_POINTS,
                  RejectionCode.CAP_EXCEEDED)
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
}
