package dev.pointsledger.core.text;

import static dev.pointsledger.core.text.Language.ENGLISH;
import static dev.pointsledger.core.text.Language.TRADITIONAL_CHINESE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void of_readsTraditionalChineseForTaiwanHongKongMacauAndHant() {
    for (String tag : new String[] {"zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-US", "zh"}) {
      assertEquals(TRADITIONAL_CHINESE, Language.of(Locale.forLanguageTag(tag)), tag);
    }
  }

  @Test
  void of_readsEnglishForEveryOtherLocale() {
    for (String tag : new String[] {"en", "en-US", "de-DE", "ja-JP", "zh-CN", "zh-Hans-TW", ""}) {
      assertEquals(ENGLISH, Language.of(Locale.forLanguageTag(tag)), tag);
    }
    assertEquals(ENGLISH, Language.of(Locale.ROOT));
  }

  @Test
  void bundleLocales_areTheRootAndZhTw() {
    assertEquals(Locale.ROOT, ENGLISH.bundleLocale());
    assertEquals(Locale.TAIWAN, TRADITIONAL_CHINESE.bundleLocale());
    assertEquals("zh-TW", TRADITIONAL_CHINESE.locale().toLanguageTag());
    assertEquals("en", ENGLISH.locale().toLanguageTag());
  }
}
