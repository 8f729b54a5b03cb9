package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How an export is written.
 *
 * @param locale the language of headings, titles and labels: {@link Locale#ROOT} (English) or
 *     {@code zh-TW} (Traditional Chinese); other locales fall back to English
 * @param dates how dates are written in CSV and workbooks (JSON always writes ISO)
 * @param byteOrderMark whether a CSV starts with a UTF-8 byte order mark, so that Excel reads it as
 *     UTF-8 and shows Chinese text
 * @param guardFormulas whether a CSV text cell that a spreadsheet would run as a formula (it starts
 *     with {@code = + - @}, a tab or a carriage return) is written with a leading {@code '}
 */
public record ExportOptions(
    Locale locale, DateStyle dates, boolean byteOrderMark, boolean guardFormulas) {

  /** Taiwan's locale, for Traditional Chinese headings. */
  public static final Locale TAIWAN = Locale.forLanguageTag("zh-TW");

  /** How dates are written. */
  public enum DateStyle {
    /** {@code 2022-08-31}. */
    ISO,
    /** The Minguo calendar: {@code 民國 111-08-31} ({@code ROC 111-08-31} in English). */
    MINGUO
  }

  /**
   * Checks the parts are present.
   *
   * @param locale the language of headings, titles and labels
   * @param dates how dates are written
   * @param byteOrderMark whether a CSV starts with a UTF-8 byte order mark
   * @param guardFormulas whether CSV text that looks like a formula is guarded
   */
  public ExportOptions {
    requireNonNull(locale, "locale");
    requireNonNull(dates, "dates");
  }

  /**
   * English headings, ISO dates, a byte order mark, formulas guarded.
   *
   * @return the defaults
   */
  public static ExportOptions defaults() {
    return new ExportOptions(Locale.ROOT, DateStyle.ISO, true, true);
  }

  /**
   * These options in another language.
   *
   * @param value the locale
   * @return the options
   */
  public ExportOptions withLocale(Locale value) {
    return new ExportOptions(value, dates, byteOrderMark, guardFormulas);
  }

  /**
   * These options with another date style.
   *
   * @param value the style
   * @return the options
   */
  public ExportOptions withDates(DateStyle value) {
    return new ExportOptions(locale, value, byteOrderMark, guardFormulas);
  }

  /**
   * These options with or without a byte order mark.
   *
   * @param value whether a CSV starts with one
   * @return the options
   */
  public ExportOptions withByteOrderMark(boolean value) {
    return new ExportOptions(locale, dates, value, guardFormulas);
  }

  /**
   * These options with formulas guarded or not.
   *
   * @param value whether CSV text that looks like a formula is guarded
   * @return the options
   */
  public ExportOptions withGuardFormulas(boolean value) {
    return new ExportOptions(locale, dates, byteOrderMark, value);
  }
}
