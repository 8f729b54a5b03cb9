package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.TestLedger.P2021;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.program.FactoryRegistration;
import dev.pointsledger.core.program.ManufacturerEligibility;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.query.LedgerView;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-D1..R-D5: a grant is the manufacturer's submitted application; the ledger checks who may be
 * granted, when and how much, and answers the same question without granting.
 */
class ManufacturerApplicationTest {
  /** A day after the application window, so that every application date lies in the past. */
  private static final LocalDate SEPT_5 = LocalDate.of(2022, 9, 5);

  private static final ManufacturerProfile TYPICAL = ManufacturerProfile.typicalSmallFactory();
  private static final ManufacturerProfile FAILS_EVERYTHING =
      new ManufacturerProfile(200_000_000L, 201, FactoryRegistration.NONE, true);

  private TestLedger s;

  @BeforeEach
  void openThe2022Program() {
    s = TestLedger.of2022(SEPT_5);
  }

  private GrantPoints application(ManufacturerProfile profile, LocalDate appliedOn) {
    return s.grant(P2022, M1, 100_000, appliedOn, profile);
  }

  private List<Rejection> eligibility(ManufacturerProfile profile, LocalDate appliedOn) {
    LedgerView now = s.ledger().now();
    return ManufacturerEligibility.check(
        now.program(P2022).policy(),
        profile,
        appliedOn,
        now.usedPreviousProgram(P2022, ManufacturerId.of(M1)));
  }

  private static List<RejectionCode> codes(List<Rejection> failures) {
    return failures.stream().map(Rejection::code).toList();
  }

  /** Asserts the query and the grant agree: eligible and granted, or refused with the code. */
  private void assertApplication(
      ManufacturerProfile profile, LocalDate appliedOn, RejectionCode expectedOrNull) {
    List<RejectionCode> expected = expectedOrNull == null ? List.of() : List.of(expectedOrNull);
    assertEquals(expected, codes(eligibility(profile, appliedOn)));
    if (expectedOrNull == null) {
      s.run(application(profile, appliedOn));
      assertEquals(
          100_000, s.ledger().now().manufacturer(P2022, ManufacturerId.of(M1)).granted());
    } else {
      s.refused(application(profile, appliedOn), expectedOrNull);
    }
  }

  // --- R-D5: the application carries its documents ---------------------------------------------

  @Test
  void anApplication_withoutDocuments_isRefused() {
    s.refused(
        new GrantPoints(
            s.nextId("grant"), P2022, ManufacturerId.of(M1), 100_000, MAY_2, TYPICAL, List.of()),
        RejectionCode.MISSING_APPLICATION_DOCUMENTS);
  }

  @Test
  void anApplication_listingADocumentTwice_isRefused() {
    DocumentRef registration = new DocumentRef("factory-registration", "99-123456");

    s.refused(
        new GrantPoints(
            s.nextId("grant"),
            P2022,
            ManufacturerId.of(M1),
            100_000,
            MAY_2,
            TYPICAL,
            List.of(registration, registration)),
        RejectionCode.DUPLICATE_ITEM);
  }

  @Test
  void anApplication_datedAfterToday_isRefused() {
    s.refused(application(TYPICAL, SEPT_5.plusDays(1)), RejectionCode.DATE_IN_FUTURE);
  }

  // --- every failed criterion, with its rule id ------------------------------------------------

  @Test
  void theEligibilityQuery_listsEveryFailedCriterionWithItsRuleId_withoutWritingAnything() {
    long before = s.head();
    List<Rejection> failures = eligibility(FAILS_EVERYTHING, LocalDate.of(2022, 9, 1));

    assertEquals(
        List.of(
            RejectionCode.INELIGIBLE_MANUFACTURER_SIZE,
            RejectionCode.INELIGIBLE_NO_FACTORY_REGISTRATION,
            RejectionCode.INELIGIBLE_PRIOR_YEAR_USE,
            RejectionCode.APPLICATION_WINDOW_CLOSED),
        codes(failures));
    assertEquals(
        List.of("R-D1", "R-D1", "R-D3", "R-D4"),
        failures.stream().map(f -> f.code().rule()).toList());
    assertEquals(before, s.head());
  }

  @Test
  void aGrant_toAManufacturerFailingEveryCriterion_namesEveryCriterionInItsRefusal() {
    Rejection refusal =
        s.refused(
            application(FAILS_EVERYTHING, LocalDate.of(2022, 9, 1)),
            RejectionCode.INELIGIBLE_MANUFACTURER_SIZE);

    for (Rejection failure : eligibility(FAILS_EVERYTHING, LocalDate.of(2022, 9, 1))) {
      String named = failure.code() + " (" + failure.code().rule() + ")";
      assertTrue(refusal.message().contains(named), () -> named + " missing: " + refusal);
    }
  }

  // --- R-D1: size (either limit) and factory registration --------------------------------------

  @ParameterizedTest(name = "capital {0}, employees {1}: {2}")
  @CsvSource({
    "100000000, 200, ",
    "100000001, 200, ",
    "100000000, 201, ",
    "100000001, 201, INELIGIBLE_MANUFACTURER_SIZE",
  })
  void aManufacturer_withinEitherSizeLimit_isEligible_andOverBothRefused(
      long capital, int employees, RejectionCode expected) {
    assertApplication(
        new ManufacturerProfile(capital, employees, FactoryRegistration.REGISTERED, false),
        MAY_2,
        expected);
  }

  @ParameterizedTest
  @CsvSource({"REGISTERED, ", "EXEMPT, ", "NONE, INELIGIBLE_NO_FACTORY_REGISTRATION"})
  void aFactoryRegistrationOrARegisteredExemption_isRequired(
      FactoryRegistration registration, RejectionCode expected) {
    assertApplication(
        new ManufacturerProfile(5_000_000L, 30, registration, false), MAY_2, expected);
  }

  // --- R-D4: the application window ------------------------------------------------------------

  @ParameterizedTest(name = "applied on {0}: {1}")
  @CsvSource({
    "2022-03-22, APPLICATION_WINDOW_CLOSED",
    "2022-03-23, ",
    "2022-08-31, ",
    "2022-09-01, APPLICATION_WINDOW_CLOSED",
  })
  void anApplication_isAcceptedFromTheWindowsFirstToItsLastDay(
      LocalDate appliedOn, RejectionCode expected) {
    assertApplication(TYPICAL, appliedOn, expected);
  }

  // --- R-D2: the cap ---------------------------------------------------------------------------

  @Test
  void grants_addUpToTheCap_butNotOnePointMore() {
    s.run(s.grant(P2022, M1, 150_000, MAY_2, TYPICAL));
    s.run(s.grant(P2022, M1, 50_000, MAY_2, TYPICAL));

    s.refused(s.grant(P2022, M1, 1, MAY_2, TYPICAL), RejectionCode.CAP_EXCEEDED);
    assertEquals(
        200_000, s.ledger().now().manufacturer(P2022, ManufacturerId.of(M1)).granted());
  }

  // --- R-D3: no use of the previous year's points ----------------------------------------------

  @Test
  void aDeclaredPriorYearUse_isRefused() {
    assertApplication(
        new ManufacturerProfile(5_000_000L, 30, FactoryRegistration.REGISTERED, true),
        MAY_2,
        RejectionCode.INELIGIBLE_PRIOR_YEAR_USE);
  }

  /**
   * 2021: USED bought with its points; IDLE was granted points and never bought; CANCELLED
   * bought and cancelled. None declares prior use in 2022; the ledger answers for them.
   */
  @Nested
  class WhenLastYearsProgramIsInTheLedger {
    private static final String USED = M1;
    private static final String IDLE = M2;
    private static final String CANCELLED = M3;

    @BeforeEach
    void useSomePointsIn2021() {
      s = TestLedger.withLastYear();
      s.registerVendor(P2021, V1);
      s.list(P2021, "S1", V1, SolutionCategory.PRODUCTION, 100_000, 3);
      for (String m : List.of(USED, IDLE, CANCELLED)) {
        s.run(s.grant(P2021, m, 100_000));
      }
      s.run(buy2021("C1", USED));
      s.run(buy2021("C2", CANCELLED));
      s.run(new CancelContract(s.nextId("cancel"), P2021, ContractId.of("C2"), "changed mind"));
      s.clock().setDay(MAY_2);
    }

    private PurchaseSolution buy2021(String contract, String m) {
      return s.purchase(
          P2021,
          contract,
          m,
          "S1",
          100_000,
          50_000,
          LocalDate.of(2021, 6, 1),
          LocalDate.of(2021, 8, 31));
    }

    private List<Rejection> eligibilityOf(String manufacturer) {
      LedgerView now = s.ledger().now();
      return ManufacturerEligibility.check(
          now.program(P2022).policy(),
          TYPICAL,
          MAY_2,
          now.usedPreviousProgram(P2022, ManufacturerId.of(manufacturer)));
    }

    @Test
    void aManufacturerThatUsedLastYearsPoints_isRefused_thoughItDeclaresNoUse() {
      List<Rejection> failures = eligibilityOf(USED);

      assertEquals(List.of(RejectionCode.INELIGIBLE_PRIOR_YEAR_USE), codes(failures));
      assertTrue(failures.get(0).message().contains(P2021.value()), failures.get(0)::message);
      s.refused(
          s.grant(P2022, USED, 100_000), RejectionCode.INELIGIBLE_PRIOR_YEAR_USE);
    }

    @Test
    void aManufacturerGrantedLastYearThatNeverBought_isEligible() {
      assertEquals(List.of(), eligibilityOf(IDLE));
      s.run(s.grant(P2022, IDLE, 100_000));
    }

    @Test
    void aManufacturerWhoseOnlyPurchaseLastYearWasCancelled_isEligible() {
      assertEquals(List.of(), eligibilityOf(CANCELLED));
      s.run(s.grant(P2022, CANCELLED, 100_000));
    }
  }
}
