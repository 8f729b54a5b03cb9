package dev.pointsledger.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleFormatTest {
  private static final Locale ZH_TW = Locale.TAIWAN;
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final LocalDate END_OF_AUGUST = LocalDate.of(2022, 8, 31);

  @Test
  void date_isIsoByDefault() {
    assertEquals("2022-08-31", LocaleFormat.of(ZH_TW).date(END_OF_AUGUST));
    assertEquals("2022-08-31", LocaleFormat.of(EN).date(END_OF_AUGUST));
  }

  @Test
  void date_minguoLong_readsAsTheProgramWritesIt() {
    assertEquals("民國111年8月31日", LocaleFormat.of(ZH_TW, DateStyle.MINGUO_LONG).date(END_OF_AUGUST));
    assertEquals("ROC 111/8/31", LocaleFormat.of(EN, DateStyle.MINGUO_LONG).date(END_OF_AUGUST));
  }

  @Test
  void date_minguoShort_padsMonthAndDayOnly() {
    LocaleFormat shortZh = LocaleFormat.of(ZH_TW, DateStyle.MINGUO_SHORT);
    assertEquals("111-08-31", shortZh.date(END_OF_AUGUST));
    assertEquals("111-08-31", LocaleFormat.of(EN, DateStyle.MINGUO_SHORT).date(END_OF_AUGUST));
    assertEquals("1-01-01", shortZh.date(LocalDate.of(1912, 1, 1)));
    assertEquals("99-12-31", shortZh.date(LocalDate.of(2010, 12, 31)));
  }

  @Test
  void date_minguo_countsTheFirstYearAsOne() {
    assertEquals(
        "民國1年1月1日", LocaleFormat.of(ZH_TW, DateStyle.MINGUO_LONG).date(LocalDate.of(1912, 1, 1)));
  }

  @Test
  void date_minguo_refusesADayBeforeTheEra() {
    LocalDate lastQingDay = LocalDate.of(1911, 12, 31);
    for (DateStyle style : new DateStyle[] {DateStyle.MINGUO_LONG, DateStyle.MINGUO_SHORT}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> LocaleFormat.of(ZH_TW, style).date(lastQingDay));
      assertTrue(e.getMessage().contains("1911-12-31"), e.getMessage());
      assertTrue(e.getMessage().contains("1912-01-01"), e.getMessage());
    }
    assertEquals("1911-12-31", LocaleFormat.of(ZH_TW).date(lastQingDay));
  }

  @Test
  void numbers_useTheLocalesThousandsSeparators() {
    assertEquals("1,234,567", LocaleFormat.of(ZH_TW).number(1_234_567));
    assertEquals("1,234,567", LocaleFormat.of(EN).number(1_234_567));
    assertEquals("1.234.567", LocaleFormat.of(Locale.GERMANY).number(1_234_567));
    assertEquals("-200,000", LocaleFormat.of(EN).number(-200_000));
  }

  @Test
  void points_areNamedInTheReadersLanguage() {
    assertEquals("200,000點", LocaleFormat.of(ZH_TW).points(200_000));
    assertEquals("200,000 points", LocaleFormat.of(EN).points(200_000));
    assertEquals("1 point", LocaleFormat.of(EN).points(1));
    assertEquals("0 points", LocaleFormat.of(EN).points(0));
  }

  @Test
  void ntd_isWrittenAsNewTaiwanDollars() {
    assertEquals("新臺幣1,000,000元", LocaleFormat.of(ZH_TW).ntd(1_000_000));
    assertEquals("NT$1,000,000", LocaleFormat.of(EN).ntd(1_000_000));
  }

  @Test
  void ofDefault_readsTheJvmsLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ZH_TW);
      assertEquals(ZH_TW, LocaleFormat.ofDefault().locale());
      assertEquals("5點", LocaleFormat.ofDefault().points(5));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void formats_areValues() {
    assertEquals(LocaleFormat.of(ZH_TW), LocaleFormat.of(ZH_TW, DateStyle.ISO));
    assertEquals(
        LocaleFormat.of(ZH_TW, DateStyle.MINGUO_LONG),
        LocaleFormat.of(ZH_TW).withDateStyle(DateStyle.MINGUO_LONG));
    assertEquals(
        LocaleFormat.of(ZH_TW).hashCode(), LocaleFormat.of(ZH_TW, DateStyle.ISO).hashCode());
  }
}
