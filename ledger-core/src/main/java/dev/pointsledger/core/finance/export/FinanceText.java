package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.text.DateStyle;
import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.LocaleFormat;
import dev.pointsledger.core.text.Messages;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words and dates of finance's exports, in one place: titles, column headings and labels from
 * the bundles {@code FinanceText.properties} (English, the root) and {@code
 * FinanceText_zh_TW.properties} (Traditional Chinese, in the program's own words: 核銷, 數位點數, 資服業者,
 * 中小型製造業, 自籌款), read through the core's {@link Messages}, and dates through its {@link
 * LocaleFormat}.
 *
 * <p>A locale reads Traditional Chinese when {@link Messages} maps it to zh-TW, English otherwise,
 * whatever the JVM's default locale. The bundles are {@link java.text.MessageFormat} patterns
 * without arguments (an apostrophe is written {@code ''}); the test kit's {@code BundleParity}
 * keeps the two files in step.
 */
public final class FinanceText {
  /** The bundles' base name. */
  public static final String BUNDLE = "dev.pointsledger.core.finance.export.FinanceText";

  private static final Messages TEXTS = Messages.of(BUNDLE, ResourceBundle::getBundle);

  private final Locale locale;

  private FinanceText(Locale locale) {
    this.locale = locale;
  }

  /**
   * The texts of a locale.
   *
   * @param locale the locale; {@code zh-TW} gives Traditional Chinese, anything else English
   * @return the texts
   */
  public static FinanceText of(Locale locale) {
    return new FinanceText(requireNonNull(locale, "locale"));
  }

  /**
   * The keys of the bundles, for tests.
   *
   * @return every key, sorted
   */
  public static Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(TEXTS.keys()));
  }

  /**
   * A text by key.
   *
   * @param key the key, such as {@code column.vendor}
   * @return the text
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String text(String key) {
    return TEXTS.text(locale, key);
  }

  /**
   * A table's title ({@code table.<name>}).
   *
   * @param table the table's name
   * @return its title
   */
  public String table(String table) {
    return text("table." + table);
  }

  /**
   * A column's heading ({@code column.<key>}).
   *
   * @param column the column
   * @return its heading
   */
  public String column(Column column) {
    return text("column." + column.key());
  }

  /**
   * An enum constant's label: key {@code <Type>.<CONSTANT>}, where a nested type is named with its
   * outer one ({@code BadRow.Reason.NOT_A_NUMBER}, {@code Measure.CLAIMED}).
   *
   * @param value the constant
   * @return its label
   */
  public String label(Enum<?> value) {
    return text(labelKey(value));
  }

  /**
   * The bundle key of an enum constant's label.
   *
   * @param value the constant
   * @return the key, such as {@code Measure.CLAIMED}
   */
  public static String labelKey(Enum<?> value) {
    String type = value.getDeclaringClass().getName();
    return type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + value.name();
  }

  /**
   * A flag's word.
   *
   * @param value the flag
   * @return "yes" or "no" in the locale's words
   */
  public String flag(boolean value) {
    return text(value ? "flag.yes" : "flag.no");
  }

  /**
   * A date, in ISO or in the Minguo calendar as the office writes it: {@code 民國 111-08-31} ({@code
   * ROC 111-08-31} in English), the era's word from the bundle and the figures from {@link
   * LocaleFormat}'s {@link DateStyle#MINGUO_SHORT}. A date before 1912, which has no Minguo year,
   * is written in ISO.
   *
   * @param date the date
   * @param style the style
   * @return the text
   */
  public String date(LocalDate date, ExportOptions.DateStyle style) {
    requireNonNull(date, "date");
    if (style == ExportOptions.DateStyle.ISO || date.isBefore(LocaleFormat.MINGUO_EPOCH)) {
      return LocaleFormat.of(locale, DateStyle.ISO).date(date);
    }
    return text("date.minguo") + " " + LocaleFormat.of(locale, DateStyle.MINGUO_SHORT).date(date);
  }

  /**
   * A cell's value as text, as CSV writes it: amounts and numbers as plain digits (no grouping, a
   * leading {@code -} when negative), dates in the style asked, instants in ISO-8601 UTC, labels
   * (from these bundles, whatever display name the constant has elsewhere) and flags in the
   * locale's words, other {@link Displayable} values by their display name, text as it is; {@code
   * null} as the empty string.
   *
   * @param value the value
   * @param type its column's type
   * @param style how dates are written
   * @return the text
   */
  public String cell(Object value, Column.Type type, ExportOptions.DateStyle style) {
    if (value == null) {
      return "";
    }
    return switch (type) {
      case DATE -> date((LocalDate) value, style);
      case LABEL -> label((Enum<?>) value);
      case FLAG -> flag((Boolean) value);
      default -> value instanceof Displayable d ? d.displayName(locale) : value.toString();
    };
  }
}
