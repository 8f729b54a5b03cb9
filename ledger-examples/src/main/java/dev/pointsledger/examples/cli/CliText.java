package dev.pointsledger.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Every text the command line prints, in the reader's language: English ({@code
 * Messages.properties}) or Traditional Chinese ({@code Messages_zh_TW.properties}), each a {@link
 * MessageFormat} pattern; and the usage help picocli prints ({@code Help*.properties}). Each
 * language's file is read on its own, whatever the JVM's default locale: an English reader on a
 * zh-TW machine reads English.
 */
public final class CliText {
  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Traditional Chinese as written in Taiwan. */
  public static final Locale TRADITIONAL_CHINESE = Locale.forLanguageTag("zh-TW");

  private static final DateTimeFormatter MINGUO = DateTimeFormatter.ofPattern("yyy-MM-dd");

  private final Locale locale;
  private final ResourceBundle messages;
  private final ResourceBundle help;

  private CliText(Locale locale) {
    this.locale = locale;
    String suffix = isChinese(locale) ? "_zh_TW" : "";
    this.messages = load("Messages" + suffix + ".properties");
    this.help = load("Help" + suffix + ".properties");
  }

  /**
   * The texts for a locale: Traditional Chinese for Chinese written in Taiwan, Hong Kong or Macau
   * or in the Hant script, English for every other.
   *
   * @param locale the reader's locale
   * @return the texts
   */
  public static CliText of(Locale locale) {
    return new CliText(isChinese(locale) ? TRADITIONAL_CHINESE : ENGLISH);
  }

  /**
   * The texts named by {@code --lang}.
   *
   * @param tag {@code zh-TW} or {@code en} (any case, {@code _} for {@code -})
   * @return the texts, or null for a tag the command line does not speak
   */
  static CliText forTag(String tag) {
    String t = tag.replace('_', '-').toLowerCase(Locale.ROOT);
    return switch (t) {
      case "en" -> of(ENGLISH);
      case "zh-tw" -> of(TRADITIONAL_CHINESE);
      default -> null;
    };
  }

  private static boolean isChinese(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return false;
    }
    String country = locale.getCountry();
    return "Hant".equals(locale.getScript())
        || country.equals("TW")
        || country.equals("HK")
        || country.equals("MO");
  }

  private static ResourceBundle load(String file) {
    try (InputStream in = CliText.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new MissingResourceException("no " + file, CliText.class.getName(), file);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The reader's locale.
   *
   * @return English or Traditional Chinese (Taiwan)
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the texts are Traditional Chinese.
   *
   * @return true for zh-TW
   */
  public boolean chinese() {
    return isChinese(locale);
  }

  /**
   * A text, its arguments formatted for the reader's locale.
   *
   * @param key the text's key
   * @param arguments its arguments
   * @return the text
   * @throws MissingResourceException if no text has that key
   */
  public String get(String key, Object... arguments) {
    return new MessageFormat(messages.getString(key), locale).format(arguments);
  }

  /**
   * A day as the program's readers write it: ISO, and the Minguo calendar's year.
   *
   * @param day the day
   * @return for example {@code 2022-08-31 (民國 111-08-31)} or {@code 2022-08-31 (ROC 111-08-31)}
   */
  public String day(LocalDate day) {
    return get("format.day", day.toString(), MinguoDate.from(day).format(MINGUO));
  }

  /**
   * The usage help's bundle, for picocli.
   *
   * @return the bundle
   */
  ResourceBundle help() {
    return help;
  }

  /**
   * The message bundle, for the parity test.
   *
   * @return the bundle
   */
  ResourceBundle messages() {
    return messages;
  }
}
