package dev.pointsledger.examples.cli;

import dev.pointsledger.core.text.DateStyle;
import dev.pointsledger.core.text.Language;
import dev.pointsledger.core.text.LocaleFormat;
import dev.pointsledger.core.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Every text the command line prints, in the reader's language: English ({@code
 * Messages.properties}) or Traditional Chinese ({@code Messages_zh_TW.properties}), read through
 * the core's {@link Messages}; and the usage help picocli prints ({@code Help.properties}, {@code
 * Help_zh_TW.properties}). Whatever the JVM's default locale, an English reader on a zh-TW machine
 * reads English.
 */
public final class CliText {
  private static final Messages MESSAGES =
      Messages.of("dev.pointsledger.examples.cli.Messages", ResourceBundle::getBundle);

  private final Language language;
  private final LocaleFormat format;
  private final ResourceBundle help;

  private CliText(Language language) {
    this.language = language;
    this.format = LocaleFormat.of(language.locale(), DateStyle.ISO);
    this.help = load(language == Language.TRADITIONAL_CHINESE ? "Help_zh_TW" : "Help");
  }

  /**
   * The texts for a locale, in the {@link Language} it reads.
   *
   * @param locale the reader's locale
   * @return the texts
   */
  public static CliText of(Locale locale) {
    return new CliText(Language.of(locale));
  }

  /**
   * The texts named by {@code --lang}.
   *
   * @param tag {@code zh-TW} or {@code en} (any case, {@code _} for {@code -})
   * @return the texts, or null for a tag the command line does not speak
   */
  static CliText forTag(String tag) {
    return switch (tag.replace('_', '-').toLowerCase(Locale.ROOT)) {
      case "en" -> new CliText(Language.ENGLISH);
      case "zh-tw" -> new CliText(Language.TRADITIONAL_CHINESE);
      default -> null;
    };
  }

  /** The help bundle's file, read on its own so that the JVM's default locale plays no part. */
  private static ResourceBundle load(String name) {
    String file = name + ".properties";
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
   * The reader's language.
   *
   * @return English or Traditional Chinese
   */
  public Language language() {
    return language;
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
    return MESSAGES.text(format, key, arguments);
  }

  /**
   * A day as the program's readers write it: ISO, and the Minguo calendar.
   *
   * @param day the day
   * @return for example {@code 2022-08-31 (ROC 111/8/31)} or {@code 2022-08-31（民國111年8月31日）}
   */
  public String day(LocalDate day) {
    return get("format.day", day.toString(), format.withDateStyle(DateStyle.MINGUO_LONG).date(day));
  }

  /**
   * How figures and dates are written for the reader, for the library's own texts (such as a
   * refusal's message).
   *
   * @return the reader's format, dates in ISO form
   */
  public LocaleFormat format() {
    return format;
  }

  /**
   * The usage help's bundle, for picocli: plain text, not {@code MessageFormat} patterns.
   *
   * @return the bundle
   */
  ResourceBundle help() {
    return help;
  }
}
