package dev.pointsledger.core.text;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The texts of one resource bundle, in English (its root bundle) and Traditional Chinese (its
 * {@code _zh_TW} bundle), each a {@link MessageFormat} pattern looked up by key.
 *
 * <p>Each package that has texts keeps a bundle beside its classes (for example {@code
 * dev/pointsledger/core/error/Messages.properties} and {@code Messages_zh_TW.properties}, in UTF-8)
 * and one constant:
 *
 * <pre>{@code
 * private static final Messages TEXTS =
 *     Messages.of("dev.pointsledger.core.error.Messages", ResourceBundle::getBundle);
 * }</pre>
 *
 * <p>The loader is the caller's {@code ResourceBundle::getBundle}, so that the bundle is found in
 * the caller's own module (the method reference is resolved there) even when the packages run as
 * named modules. A locale is first mapped to its {@link Language}, and only that language's bundle
 * locale is asked for: the text does not depend on the JVM's default locale (an English reader on a
 * zh-TW machine reads English).
 *
 * <p>Arguments are formatted for the reader's locale: numbers with its thousands separators (write
 * {@code {0,number,integer}} or {@code {0}}), a {@link LocalDate} in the {@link LocaleFormat}'s
 * date style, a {@link Displayable} value by its display name. Patterns follow {@link
 * MessageFormat}'s quoting: an apostrophe is written {@code ''}.
 */
public final class Messages {
  private final String baseName;
  private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
  private final Map<String, Integer> argumentCounts = new ConcurrentHashMap<>();

  private Messages(String baseName, BiFunction<String, Locale, ResourceBundle> loader) {
    this.baseName = baseName;
    for (Language language : Language.values()) {
      ResourceBundle bundle;
      try {
        bundle = loader.apply(baseName, language.bundleLocale());
      } catch (MissingResourceException e) {
        throw new IllegalArgumentException("no resource bundle " + baseName, e);
      }
      bundles.put(language, requireNonNull(bundle, "bundle"));
    }
  }

  /**
   * The texts of a bundle, loaded once for both languages.
   *
   * @param baseName the bundle's base name ({@code dev.pointsledger.core.error.Messages})
   * @param loader finds the bundle of a base name for a locale; pass {@code
   *     ResourceBundle::getBundle} from the bundle's own module
   * @return the bundle's texts
   * @throws IllegalArgumentException if the bundle is missing
   */
  public static Messages of(String baseName, BiFunction<String, Locale, ResourceBundle> loader) {
    requireNonNull(baseName, "baseName");
    requireNonNull(loader, "loader");
    return new Messages(baseName, loader);
  }

  /**
   * The bundle's base name.
   *
   * @return the base name given to {@link #of}
   */
  public String baseName() {
    return baseName;
  }

  /**
   * Whether the bundle has a text for a key.
   *
   * @param key the key
   * @return true when the English (root) bundle has it
   */
  public boolean has(String key) {
    return bundles.get(Language.ENGLISH).containsKey(key);
  }

  /**
   * The keys of the bundle, in their natural order.
   *
   * @return the English (root) bundle's keys
   */
  public Set<String> keys() {
    return new TreeSet<>(bundles.get(Language.ENGLISH).keySet());
  }

  /**
   * How many arguments a key's message takes: one more than its highest placeholder index, in
   * whichever language has the higher (the test kit's {@code BundleParity} makes them equal).
   *
   * @param key the text's key
   * @return the number of arguments, 0 for a message without placeholders
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public int argumentCount(String key) {
    requireNonNull(key, "key");
    return argumentCounts.computeIfAbsent(
        key,
        k -> {
          int count = 0;
          for (ResourceBundle bundle : bundles.values()) {
            MessageFormat format = new MessageFormat(bundle.getString(k), Locale.ROOT);
            count = Math.max(count, format.getFormatsByArgumentIndex().length);
          }
          return count;
        });
  }

  /**
   * The display name of an enum constant: the text of the key {@code SimpleName.CONSTANT} ({@code
   * ClaimStatus.PENDING}), the simple name being that of the constant's declaring enum.
   *
   * @param value the constant
   * @param locale the reader's locale
   * @return its name in the reader's language
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String name(Enum<?> value, Locale locale) {
    return text(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * The text of a key for a locale, its dates in ISO form.
   *
   * @param locale the reader's locale
   * @param key the text's key
   * @param arguments the pattern's arguments, by index
   * @return the formatted text
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String text(Locale locale, String key, Object... arguments) {
    return text(LocaleFormat.of(locale, DateStyle.ISO), key, arguments);
  }

  /**
   * The text of a key in a format's locale and date style.
   *
   * @param format the reader's locale and date style
   * @param key the text's key
   * @param arguments the pattern's arguments, by index
   * @return the formatted text
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String text(LocaleFormat format, String key, Object... arguments) {
    requireNonNull(format, "format");
    requireNonNull(key, "key");
    String pattern = bundles.get(Language.of(format.locale())).getString(key);
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = shown(arguments[i], format);
    }
    return new MessageFormat(pattern, format.locale()).format(shown);
  }

  private static Object shown(Object argument, LocaleFormat format) {
    if (argument instanceof LocalDate date) {
      return format.date(date);
    }
    if (argument instanceof Displayable displayable) {
      return displayable.displayName(format.locale());
    }
    return argument;
  }

  @Override
  public String toString() {
    return "Messages[" + baseName + "]";
  }
}
