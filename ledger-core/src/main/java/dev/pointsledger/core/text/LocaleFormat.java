package dev.pointsledger.core.text;

import static java.util.Objects.requireNonNull;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How figures are written for a reader: a locale (its thousands separators, its language) and a
 * {@link DateStyle}. Immutable and thread-safe.
 *
 * <p>For zh-TW and the Minguo long style, 2022-08-31 reads {@code 民國111年8月31日}, 1234567 points
 * {@code 1,234,567點} and NTD 1234567 {@code 新臺幣1,234,567元}; in English {@code ROC 111/8/31}, {@code
 * 1,234,567 points} and {@code NT$1,234,567}.
 */
public final class LocaleFormat {
  /** The first day of the Minguo calendar (民國元年1月1日). */
  public static final LocalDate MINGUO_EPOCH = LocalDate.of(1912, 1, 1);

  private static final Messages TEXTS =
      Messages.of("dev.pointsledger.core.text.Text", ResourceBundle::getBundle);

  private final Locale locale;
  private final DateStyle dateStyle;

  private LocaleFormat(Locale locale, DateStyle dateStyle) {
    this.locale = requireNonNull(locale, "locale");
    this.dateStyle = requireNonNull(dateStyle, "dateStyle");
  }

  /**
   * The format of a locale and a date style.
   *
   * @param locale the reader's locale
   * @param dateStyle how dates are written
   * @return the format
   */
  public static LocaleFormat of(Locale locale, DateStyle dateStyle) {
    return new LocaleFormat(locale, dateStyle);
  }

  /**
   * The format of a locale, dates in ISO form.
   *
   * @param locale the reader's locale
   * @return the format
   */
  public static LocaleFormat of(Locale locale) {
    return new LocaleFormat(locale, DateStyle.ISO);
  }

  /**
   * The format of the JVM's default locale ({@link Locale#getDefault()}, read now), dates in ISO
   * form.
   *
   * @return the format
   */
  public static LocaleFormat ofDefault() {
    return of(Locale.getDefault());
  }

  /**
   * The reader's locale.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * How dates are written.
   *
   * @return the date style
   */
  public DateStyle dateStyle() {
    return dateStyle;
  }

  /**
   * The language of the reader's texts.
   *
   * @return {@link Language#of} the locale
   */
  public Language language() {
    return Language.of(locale);
  }

  /**
   * The same locale with another date style.
   *
   * @param style how dates are written
   * @return the format
   */
  public LocaleFormat withDateStyle(DateStyle style) {
    return new LocaleFormat(locale, style);
  }

  /**
   * A whole number with the locale's thousands separators ({@code 1,234,567}).
   *
   * @param value the number
   * @return the number as the reader writes it
   */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /**
   * A number of points ({@code 1,234,567 points}, {@code 1,234,567點}).
   *
   * @param points the points
   * @return the points as the reader writes them
   */
  public String points(long points) {
    return TEXTS.text(this, points == 1 ? "points.one" : "points.other", number(points));
  }

  /**
   * An amount of New Taiwan dollars ({@code NT$1,234,567}, {@code 新臺幣1,234,567元}).
   *
   * @param amount the amount in NTD
   * @return the amount as the reader writes it
   */
  public String ntd(long amount) {
    return TEXTS.text(this, "ntd", number(amount));
  }

  /**
   * A calendar date in this format's style.
   *
   * @param date the date
   * @return the date as the reader writes it
   * @throws IllegalArgumentException if the style is a Minguo one and the date is before {@link
   *     #MINGUO_EPOCH}
   */
  public String date(LocalDate date) {
    requireNonNull(date, "date");
    return switch (dateStyle) {
      case ISO -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
      case MINGUO_LONG -> {
        MinguoDate minguo = minguo(date);
        yield TEXTS.text(
            this,
            "date.minguo.long",
            Integer.toString(minguo.get(ChronoField.YEAR_OF_ERA)),
            Integer.toString(date.getMonthValue()),
            Integer.toString(date.getDayOfMonth()));
      }
      case MINGUO_SHORT -> {
        MinguoDate minguo = minguo(date);
        yield String.format(
            Locale.ROOT,
            "%d-%02d-%02d",
            minguo.get(ChronoField.YEAR_OF_ERA),
            date.getMonthValue(),
            date.getDayOfMonth());
      }
    };
  }

  private static MinguoDate minguo(LocalDate date) {
    if (date.isBefore(MINGUO_EPOCH)) {
      throw new IllegalArgumentException(
          date
              + " is before the Minguo calendar, which starts on "
              + MINGUO_EPOCH
              + " (民國元年1月1日): write it in ISO form");
    }
    return MinguoDate.from(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocaleFormat other
        && locale.equals(other.locale)
        && dateStyle == other.dateStyle;
  }

  @Override
  public int hashCode() {
    return locale.hashCode() * 31 + dateStyle.hashCode();
  }

  @Override
  public String toString() {
    return "LocaleFormat[" + locale.toLanguageTag() + ", " + dateStyle + "]";
  }
}
