package dev.pointsledger.core.text;

/**
 * How a {@link LocaleFormat} writes a calendar date, for 2022-08-31.
 *
 * <p>The Minguo styles count years from 1912 (民國元年), as {@link java.time.chrono.MinguoDate} does; a
 * date before 1912-01-01 has no Minguo year and is refused.
 */
public enum DateStyle {
  /** ISO 8601, {@code 2022-08-31}, in every language. */
  ISO,
  /**
   * The Minguo calendar written out: {@code 民國111年8月31日} in Traditional Chinese, {@code ROC
   * 111/8/31} in English.
   */
  MINGUO_LONG,
  /**
   * The Minguo calendar in figures, {@code 111-08-31} in every language: the year as it is (at
   * least one digit), the month and the day on two digits.
   */
  MINGUO_SHORT
}
