package dev.pointsledger.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Messages TEXTS =
      Messages.of("dev.pointsledger.core.text.Text", ResourceBundle::getBundle);

  @Test
  void text_choosesTheBundleOfTheReadersLanguage() {
    assertEquals("7點", TEXTS.text(Locale.TAIWAN, "points.other", 7));
    assertEquals("7 points", TEXTS.text(Locale.US, "points.other", 7));
  }

  @Test
  void text_isEnglishForAnEnglishReaderOnAZhTwMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.TAIWAN);
      Messages loadedOnZh =
          Messages.of("dev.pointsledger.core.text.Text", ResourceBundle::getBundle);
      assertEquals("7 points", loadedOnZh.text(Locale.ENGLISH, "points.other", 7));
      assertEquals("7 points", loadedOnZh.text(Locale.FRANCE, "points.other", 7));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void text_formatsNumbersForTheLocale() {
    assertEquals("NT$1,234,567", TEXTS.text(Locale.US, "ntd", 1_234_567L));
    assertEquals("NT$1.234.567", TEXTS.text(Locale.GERMANY, "ntd", 1_234_567L));
  }

  @Test
  void text_formatsDatesInTheFormatsStyle() {
    LocalDate day = LocalDate.of(2022, 8, 31);
    assertEquals("2022-08-31點", TEXTS.text(Locale.TAIWAN, "points.one", day));
    assertEquals(
        "民國111年8月31日點",
        TEXTS.text(LocaleFormat.of(Locale.TAIWAN, DateStyle.MINGUO_LONG), "points.one", day));
  }

  @Test
  void text_showsADisplayableByItsName() {
    Displayable named = locale -> Language.of(locale) == Language.ENGLISH ? "one" : "一";
    assertEquals("一點", TEXTS.text(Locale.TAIWAN, "points.one", named));
    assertEquals("one point", TEXTS.text(Locale.UK, "points.one", named));
  }

  @Test
  void text_refusesAnUnknownKey() {
    assertThrows(MissingResourceException.class, () -> TEXTS.text(Locale.US, "no.such.key"));
    assertTrue(TEXTS.has("ntd"));
    assertTrue(TEXTS.keys().contains("date.minguo.long"));
  }

  @Test
  void of_refusesAMissingBundle() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Messages.of("dev.pointsledger.core.text.Nothing", ResourceBundle::getBundle));
  }
}
