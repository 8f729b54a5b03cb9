package dev.pointsledger.core.text;

import java.util.Locale;

/**
 * The languages the ledger's texts are written in. Each has the locale of its bundle: English is
 * the root bundle, Traditional Chinese the {@code _zh_TW} one.
 */
public enum Language {
  /** English, the root bundle: every locale that does not read Traditional Chinese. */
  ENGLISH(Locale.ROOT, Locale.forLanguageTag("en")),
  /** Traditional Chinese as written in Taiwan (zh-TW), the {@code _zh_TW} bundle. */
  TRADITIONAL_CHINESE(Locale.TAIWAN, Locale.TAIWAN);

  private final Locale bundleLocale;
  private final Locale tag;

  Language(Locale bundleLocale, Locale tag) {
    this.bundleLocale = bundleLocale;
    this.tag = tag;
  }

  /**
   * The locale whose bundle holds this language's texts.
   *
   * @return {@link Locale#ROOT} for English, {@link Locale#TAIWAN} for Traditional Chinese
   */
  public Locale bundleLocale() {
    return bundleLocale;
  }

  /**
   * The language's own locale, for a caller that wants to name it.
   *
   * @return {@code en} or {@code zh-TW}
   */
  public Locale locale() {
    return tag;
  }

  /**
   * The language a locale reads: Traditional Chinese for {@code zh-TW}, {@code zh-HK}, {@code
   * zh-MO}, {@code zh-Hant-*} and a bare {@code zh}; English for every other locale, Simplified
   * Chinese ({@code zh-CN}, {@code zh-SG}, {@code zh-Hans-*}) included, since the ledger has no
   * Simplified Chinese texts.
   *
   * @param locale the reader's locale
   * @return the language its texts are given in
   */
  public static Language of(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return ENGLISH;
    }
    String script = locale.getScript();
    if ("Hant".equals(script)) {
      return TRADITIONAL_CHINESE;
    }
    if ("Hans".equals(script)) {
      return ENGLISH;
    }
    return switch (locale.getCountry()) {
      case "", "TW", "HK", "MO" -> TRADITIONAL_CHINESE;
      default -> ENGLISH;
    };
  }
}
