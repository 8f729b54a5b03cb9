package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.chrono.MinguoEra;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and dates of finance's exports, in one place: titles, column headings and labels
 * from the bundles {@code FinanceText.properties} (English, the root) and {@code
 * FinanceText_zh_TW.properties} (Traditional Chinese, in the program's own words: 核銷, 數位點數,
 * 資服業者, 中小型製造業, 自籌款), and dates in ISO or the Minguo calendar.
 *
 * <p>The bundles are read as UTF-8 properties through {@link Class#getResourceAsStream}, which
 * works on the class path and in a named module alike (a {@code ResourceBundle.Control} does not
 * in a named module). A locale falls back from {@code zh_TW} to {@code zh} to the root; a key
 * missing everywhere is an {@link IllegalStateException}, which the bundle tests rule out.
 */
public final class FinanceText {
  /** The bundles' base name, beside this class. */
  public static final String BUNDLE = "FinanceText";

  private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

  private final List<Map<String, String>> chain;

  private FinanceText(List<Map<String, String>> chain) {
    this.chain = chain;
  }

  /**
   * The texts of a locale.
   *
   * @param locale the locale; {@code zh-TW} gives Traditional Chinese, anything else English
   *     unless a bundle for it exists
   * @return the texts
   */
  public static FinanceText of(Locale locale) {
    requireNonNull(locale, "locale");
    String language = locale.getLanguage();
    String country = locale.getCountry();
    List<Map<String, String>> chain = new ArrayList<>(3);
    if (!language.isEmpty() && !country.isEmpty()) {
      chain.add(bundle("_" + language + "_" + country));
    }
    if (!language.isEmpty()) {
      chain.add(bundle("_" + language));
    }
    chain.add(bundle(""));
    return new FinanceText(List.copyOf(chain));
  }

  /**
   * The keys of one bundle file, for tests that keep the bundles in step.
   *
   * @param suffix the file's suffix: {@code ""} for the root, {@code "_zh_TW"}
   * @return its keys, sorted; empty if there is no such file
   */
  public static Set<String> keys(String suffix) {
    return Collections.unmodifiableSet(new TreeSet<>(bundle(suffix).keySet()));
  }

  /**
   * A text by key.
   *
   * @param key the key, such as {@code column.vendor}
   * @return the text
   * @throws IllegalStateException if no bundle of the chain has the key
   */
  public String text(String key) {
    for (Map<String, String> b : chain) {
      String v = b.get(key);
      if (v != null) {
        return v;
      }
    }
    throw new IllegalStateException("no text for " + key + " in " + BUNDLE);
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
   * An enum constant's label: key {@code <Type>.<CONSTANT>}, where a nested type is named with
   * its outer one ({@code BadRow.Reason.NOT_A_NUMBER}, {@code Measure.CLAIMED}).
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
   * A date, in ISO or as the Minguo calendar writes it ({@code 民國 111-08-31}; before 1912, {@code
   * 民國前 1-12-31}).
   *
   * @param date the date
   * @param style the style
   * @return the text
   */
  public String date(LocalDate date, ExportOptions.DateStyle style) {
    requireNonNull(date, "date");
    if (style == ExportOptions.DateStyle.ISO) {
      return date.toString();
    }
    MinguoDate m = MinguoDate.from(date);
    boolean before = m.getEra() == MinguoEra.BEFORE_ROC;
    return String.format(
        Locale.ROOT, "%s %d-%02d-%02d", text(before ? "date.beforeMinguo" : "date.minguo"),
        m.get(ChronoField.YEAR_OF_ERA), m.get(ChronoField.MONTH_OF_YEAR),
        m.get(ChronoField.DAY_OF_MONTH));
  }

  /**
   * A cell's value as text, as CSV writes it: amounts and numbers as plain digits (no grouping, a
   * leading {@code -} when negative), dates in the style asked, instants in ISO-8601 UTC, labels
   * and flags in the locale's words, text as it is; {@code null} as the empty string.
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
      default -> value.toString();
    };
  }

  private static Map<String, String> bundle(String suffix) {
    return LOADED.computeIfAbsent(suffix, FinanceText::load);
  }

  private static Map<String, String> load(String suffix) {
    String name = BUNDLE + suffix + ".properties";
    try (InputStream in = FinanceText.class.getResourceAsStream(name)) {
      if (in == null) {
        return Map.of();
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> map = new HashMap<>();
      for (String k : p.stringPropertyNames()) {
        map.put(k, p.getProperty(k));
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
