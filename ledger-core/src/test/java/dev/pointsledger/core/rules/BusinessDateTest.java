package dev.pointsledger.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger reads only a clock's instant: business dates are in Asia/Taipei, whatever the clock's
 * zone.
 */
class BusinessDateTest {
  /** 00:30 on 2022-08-21 in Taipei, still 2022-08-20 in UTC and further west. */
  private static final Instant JUST_AFTER_MIDNIGHT_IN_TAIPEI =
      Instant.parse("2022-08-20T16:30:00Z");

  @Test
  void today_isTheInstantsDateInTaipei_whateverTheClocksZone() {
    for (ZoneId zone :
        List.of(ZoneOffset.UTC, ZoneId.of("America/Los_Angeles"), LedgerRules.TAIPEI)) {
      LedgerRules rules = new LedgerRules(Clock.fixed(JUST_AFTER_MIDNIGHT_IN_TAIPEI, zone));
      assertEquals(LocalDate.of(2022, 8, 21), rules.today(), zone::toString);
      assertEquals(JUST_AFTER_MIDNIGHT_IN_TAIPEI, rules.now(), zone::toString);
    }
  }
}
