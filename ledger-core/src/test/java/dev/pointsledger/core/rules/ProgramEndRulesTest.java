package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.lapse;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.error.RejectionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unused points lapse after the program's end, and only then. */
class ProgramEndRulesTest extends RulesTestBase {
  private static final LocalDate LAST_DAY = LocalDate.of(2022, 12, 31);

  @BeforeEach
  void grantAndSpendSome() {
    accepted(grant("g1", "M1", 50_000), reserve("r1", "C1", "M1", "V1", 60_000, 30_000));
  }

  @Test
  void lapse_onTheProgramsLastDay_isRefusedProgramNotEnded() {
    today(LAST_DAY);
    refused(lapse("l1", "M1"), RejectionCode.PROGRAM_NOT_ENDED);
  }

  @Test
  void lapse_theDayAfterTheProgramEnds_movesTheUnusedPoints_only() {
    today(LAST_DAY.plusDays(1));
    accepted(lapse("l1", "M1"));
    assertEquals(20_000, balances("M1").lapsed());
    assertPoints("M1", 0, 30_000);
    assertEquals(50_000, balances("M1").granted());
  }

  @Test
  void lapse_withNothingUnused_isRefusedNothingToLapse() {
    today(LAST_DAY.plusDays(1));
    accepted(lapse("l1", "M1"));
    refused(lapse("l2", "M1"), RejectionCode.NOTHING_TO_LAPSE);
  }

  @Test
  void lapse_ofAManufacturerNeverGranted_isRefusedUnknownManufacturer() {
    today(LAST_DAY.plusDays(1));
    refused(lapse("l1", "M9"), RejectionCode.UNKNOWN_MANUFACTURER);
  }
}
