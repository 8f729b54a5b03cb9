package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerAssertions;
import dev.pointsledger.core.testing.TestLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-D2 and the ledger's own rules on grants: the cap, positive amounts, the program period,
 * business days, overflow. Eligibility (R-D1, R-D3..R-D5) is {@code
 * supply.ManufacturerApplicationTest}'s and {@link EligibilityTest}'s.
 */
class GrantRulesTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);
  private final Ledger ledger = t.ledger();

  @Test
  void grant_ofExactlyTheCap_isAccepted() {
    t.run(grant("g1", M1, 200_000));
    assertEquals(200_000, t.balances(M1).granted());
    assertEquals(200_000, t.balances(M1).available());
    assertEquals(-200_000, ledger.now().balance(AccountId.pool(Fixtures.P2022)));
  }

  @Test
  void grant_ofOneMoreThanTheCap_isRefusedCapExceeded() {
    t.refused(grant("g1", M1, 200_001), RejectionCode.CAP_EXCEEDED);
  }

  @Test
  void grants_areCappedTogether_acrossSeveralGrants() {
    t.run(grant("g1", M1, 120_000), grant("g2", M1, 79_999));
    var rejection = t.refused(grant("g3", M1, 2), RejectionCode.CAP_EXCEEDED);
    assertTrue(rejection.message().contains("at most 1 more"), rejection::message);
    t.run(grant("g4", M1, 1));
    t.refused(grant("g5", M1, 1), RejectionCode.CAP_EXCEEDED);
    assertEquals(200_000, t.balances(M1).granted());
  }

  @Test
  void cap_isPerManufacturer() {
    t.run(grant("g1", M1, 200_000), grant("g2", M2, 200_000));
    assertEquals(200_000, t.balances(M2).granted());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -200_000, Long.MIN_VALUE})
  void grant_ofNoOrNegativePoints_isRefusedNonPositiveAmount(long points) {
    t.refused(grant("g1", M1, points), RejectionCode.NON_POSITIVE_AMOUNT);
  }

  @Test
  void businessDay_isTheDateInTaipei_whateverTheClocksZone() {
    // 2022-08-31 16:30 UTC is 2022-09-01 00:30 in Taipei: the window has closed
    Ledger utc =
        Ledger.inMemory(Clock.fixed(Instant.parse("2022-08-31T16:30:00Z"), ZoneOffset.UTC));
    utc.defineProgram(ProgramPresets.industrialPavilion2022());
    assertEquals(LocalDate.of(2022, 9, 1), utc.today());
    JournalEntry lastDay =
        utc.execute(grant("g1", Fixtures.P2022, M1, 1_000, LocalDate.of(2022, 8, 31), profile()));
    assertEquals(LocalDate.of(2022, 9, 1), lastDay.businessDate());
    LedgerAssertions.assertRefused(
        utc,
        grant("g2", Fixtures.P2022, M2, 1_000, LocalDate.of(2022, 9, 1), profile()),
        RejectionCode.APPLICATION_WINDOW_CLOSED);
  }

  @Test
  void grant_beforeTheProgramStarts_isRefusedOutsideProgramPeriod() {
    LocalDate dayBefore = LocalDate.of(2022, 3, 22);
    t.today(dayBefore);
    t.refused(
        grant("g1", Fixtures.P2022, M1, 1_000, dayBefore, profile()),
        RejectionCode.OUTSIDE_PROGRAM_PERIOD);
  }

  @Test
  void grant_afterTheProgramEnds_isRefusedOutsideProgramPeriod() {
    t.today(LocalDate.of(2023, 1, 1));
    t.refused(
        grant("g1", Fixtures.P2022, M1, 1_000, LocalDate.of(2022, 8, 31), profile()),
        RejectionCode.OUTSIDE_PROGRAM_PERIOD);
  }

  @Test
  void grant_inAnUndefinedProgram_isRefusedUnknownProgram() {
    t.refused(
        grant("g1", ProgramId.of("no-such-program"), M1, 1_000, MAY_2, profile()),
        RejectionCode.UNKNOWN_PROGRAM);
  }

  @Test
  void policy_refusesACapAboveTheLimit_thatKeepsEveryBalanceWithin64Bits() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().grantCap(ProgramPolicy.MAX_GRANT_CAP + 1).build());
    assertEquals(
        ProgramPolicy.MAX_GRANT_CAP,
        ProgramPolicy.builder().grantCap(ProgramPolicy.MAX_GRANT_CAP).build().grantCap());
  }

  private static ManufacturerProfile profile() {
    return ManufacturerProfile.typicalSmallFactory();
  }
}
