package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.k;
import static dev.pointsledger.core.testing.Fixtures.purchase;
import static dev.pointsledger.core.testing.TestLedger.MAY_3_2021;
import static dev.pointsledger.core.testing.TestLedger.P2021;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-D3 answered from the ledger: M1 bought in 2021 with points of the 2021 program, whose id is the
 * 2022 policy's previous program. R-D1, R-D4 and the declared prior-year use are {@code
 * supply.ManufacturerApplicationTest}'s.
 */
class EligibilityTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);


  @BeforeEach
  void m1BoughtIn2021() {
    t.define(TestLedger.program2021());
    t.today(MAY_3_2021);
    Fixtures.listSolutions(t.ledger(), P2021, V1);
    t.run(
        grant("g2021", P2021, M1, 50_000, MAY_3_2021, ManufacturerProfile.typicalSmallFactory()),
        purchase("r2021", "C2021", M1, V1)
            .in(P2021)
            .service(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 8, 31))
            .build());
  }

  @Test
  void manufacturer_thatReservedPointsIn2021_isRefusedPriorYearUseIn2022() {
    t.today(Fixtures.MAY_2);
    t.refused(grant("g2022", M1, 1_000), RejectionCode.INELIGIBLE_PRIOR_YEAR_USE);
  }

  @Test
  void manufacturer_thatCancelledEverythingIn2021_isEligibleIn2022() {
    t.run(new CancelContract(e("x2021"), P2021, Fixtures.c("C2021"), "changed our mind"));
    t.today(Fixtures.MAY_2);
    t.run(grant("g2022", M1, 1_000));
  }

  @Test
  void manufacturer_whose2021ClaimWasApproved_isRefusedPriorYearUse() {
    t.today(LocalDate.of(2021, 9, 1));
    t.run(
        new FileClaim(
            e("k2021"),
            P2021,
            k("CL2021"),
            Fixtures.c("C2021"),
            Fixtures.v(V1),
            1_000,
            List.of(DocumentRef.invoice("AA20210001"))),
        new ApproveClaim(e("a2021"), P2021, k("CL2021")));
    t.today(Fixtures.MAY_2);
    Rejection rejection =
        t.refused(grant("g2022", M1, 1_000), RejectionCode.INELIGIBLE_PRIOR_YEAR_USE);
    assertTrue(rejection.message().contains(P2021.value()), rejection::message);
  }

  @Test
  void manufacturer_whose2021ReservationWasReversed_isEligible() {
    t.run(new ReverseEntry(e("rv2021"), P2021, e("r2021"), "booked in error"));
    t.today(Fixtures.MAY_2);
    t.run(grant("g2022", M1, 1_000));
  }
}
