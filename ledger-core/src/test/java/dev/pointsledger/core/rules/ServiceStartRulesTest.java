package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A contract's service starts on or after its purchase (back-dated at most the policy's {@code
 * serviceBackdatingDays}), never before its solution's listing (R-V5) nor before the program's
 * start: otherwise a back-dated contract would skip the listing window and could be claimed at once
 * (R-P3).
 */
class ServiceStartRulesTest {

  /** The rule tests' ledger, with M1 granted 200,000 points on 2022-05-02. */
  abstract static class WithAGrant {
    /** The ledger under test: the rule tests' one, in {@link #program()}. */
    final TestLedger t = TestLedger.with(Fixtures.MAY_2, program()).listSolutions(V1, V2);

    /** The program the tests run in; called while the fields are set, so it reads none. */
    Program program() {
      return ProgramPresets.industrialPavilion2022();
    }

    @BeforeEach
    void grantTheManufacturer() {
      t.run(grant("g1", M1, 200_000));
    }
  }

  /** Under the 2022 policy: no back-dating at all. */
  @Nested
  class Under2022Policy extends WithAGrant {
    @Test
    void reserve_refusesAServiceStartBeforeThePurchase() {
      t.today(LocalDate.of(2022, 6, 1));
      Rejection r =
          t.refused(
              purchase("r1", "C1", M1, V1)
                  .service(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30))
                  .build(),
              RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE);
      assertTrue(r.message().contains("2022-01-01"), r::message);
      assertTrue(r.message().contains("2022-06-01"), r::message);
    }

    @Test
    void reserve_refusesAServiceStartingTheDayBeforeThePurchase() {
      t.today(LocalDate.of(2022, 6, 2));
      t.refused(
          purchase("r1", "C1", M1, V1)
              .service(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 9, 30))
              .build(),
          RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE);
    }

    @Test
    void reserve_acceptsAServiceStartingOnTheDayOfThePurchase() {
      t.today(LocalDate.of(2022, 6, 1));
      t.run(purchase("r1", "C1", M1, V1).build());
    }
  }

  /** Under a policy that lets a service start up to 60 days before its purchase. */
  @Nested
  class UnderAPolicyAllowingSixtyDaysBack extends WithAGrant {
    @Override
    Program program() {
      return new Program(
          ProgramPresets.INDUSTRIAL_PAVILION_2022,
          "60 days back",
          ProgramPolicy.builder().serviceBackdatingDays(60).build());
    }

    @Test
    void reserve_acceptsAServiceStartingAsManyDaysBackAsThePolicyAllows_andRefusesOneMore() {
      t.today(LocalDate.of(2022, 7, 31));
      Rejection r =
          t.refused(
              purchase("r1", "C1", M1, V1)
                  .service(LocalDate.of(2022, 5, 31), LocalDate.of(2022, 9, 30))
                  .build(),
              RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE);
      assertTrue(r.message().contains("60 days"), r::message);
      t.run(
          purchase("r2", "C1", M1, V1)
              .service(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 9, 30))
              .build());
    }

    @Test
    void reserve_refusesAServiceStartBeforeTheListing() {
      // the solutions were listed on 2022-05-02, the day the ledger starts on
      t.today(Fixtures.MAY_2.plusDays(10));
      Rejection r =
          t.refused(
              purchase("r1", "C1", M1, V1)
                  .service(Fixtures.MAY_2.minusDays(1), LocalDate.of(2022, 8, 31))
                  .build(),
              RejectionCode.SERVICE_STARTS_BEFORE_LISTING);
      assertTrue(r.message().contains("2022-05-02"), r::message);
      t.run(
          purchase("r2", "C1", M1, V1)
              .service(Fixtures.MAY_2, LocalDate.of(2022, 8, 1))
              .build());
    }

    @Test
    void reserve_refusesAServiceStartBeforeTheProgram() {
      t.today(LocalDate.of(2022, 4, 1));
      Rejection r =
          t.refused(
              purchase("r1", "C1", M1, V1)
                  .service(LocalDate.of(2022, 3, 22), LocalDate.of(2022, 6, 30))
                  .build(),
              RejectionCode.SERVICE_STARTS_BEFORE_PROGRAM);
      assertTrue(r.message().contains("2022-03-23"), r::message);
    }
  }
}
