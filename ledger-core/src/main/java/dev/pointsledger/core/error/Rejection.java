package dev.pointsledger.core.error;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Language;
import dev.pointsledger.core.text.LocaleFormat;
import dev.pointsledger.core.text.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a command was refused: the rule it breaks, and what was wrong with this command as a text key
 * and its language-free arguments (the policy's figures, ids, dates, statuses), rendered for a
 * reader in English or Traditional Chinese by {@link #message(Locale)}.
 *
 * <p>The key names a message of the bundle {@value #BUNDLE} (English in its root file, Traditional
 * Chinese in {@code _zh_TW}): the code's name ({@code CAP_EXCEEDED}) or the code's name, a dot and
 * a variant ({@code DATES_OUT_OF_ORDER.service}), so that every message belongs to its code; or,
 * for a message several codes share, {@code shared.} and its name ({@code shared.criteria}, every
 * failed criterion of an application). Arguments are kept as given, normalised so that both stores
 * build equal rejections: whole numbers as {@link Long}, {@link LocalDate}s, {@link Displayable}
 * values (statuses, categories, nested rejections) and lists of these; anything else (an id) as its
 * {@code toString()}.
 *
 * <p>{@link #message()} and {@link LedgerRejectedException#getMessage()} render in the JVM's
 * default locale ({@link Locale#getDefault()}, read at each call); a caller that serves a person
 * passes that person's locale to {@link #message(Locale)}.
 *
 * @param code the rule the command breaks
 * @param key the message's key in {@value #BUNDLE}
 * @param arguments the message's arguments, by index, language-free
 */
public record Rejection(RejectionCode code, String key, List<Object> arguments)
    implements Displayable {
  /** The bundle of every refusal's message. */
  public static final String BUNDLE = "dev.pointsledger.core.error.Rejections";

  private static final Messages TEXTS = Messages.of(BUNDLE, ResourceBundle::getBundle);
  private static final String SHARED = "shared.";

  /**
   * Checks that the key belongs to the code and names a message whose placeholders the arguments
   * fill, and normalises the arguments.
   *
   * @param code the rule the command breaks
   * @param key the message's key in {@value #BUNDLE}
   * @param arguments the message's arguments, by index
   * @throws IllegalArgumentException if the key is neither the code's nor shared, is missing from
   *     the bundle, or the arguments do not match its placeholders in number
   */
  public Rejection {
    requireNonNull(code, "code");
    requireNonNull(key, "key");
    requireNonNull(arguments, "arguments");
    if (!key.equals(code.name()) && !key.startsWith(code.name() + ".") && !key.startsWith(SHARED)) {
      throw new IllegalArgumentException("message key " + key + " is not one of " + code);
    }
    if (!TEXTS.has(key)) {
      throw new IllegalArgumentException("no message " + key + " in " + BUNDLE);
    }
    arguments = normalised(arguments);
    int expected = TEXTS.argumentCount(key);
    if (arguments.size() != expected) {
      throw new IllegalArgumentException(
          "message " + key + " takes " + expected + " arguments, given " + arguments.size());
    }
  }

  /**
   * A rejection whose message is the code's own ({@code key = code.name()}).
   *
   * @param code the rule the command breaks
   * @param arguments the message's arguments, by index
   * @return the rejection
   */
  public static Rejection of(RejectionCode code, Object... arguments) {
    return new Rejection(code, code.name(), List.of(nonNull(arguments)));
  }

  /**
   * A rejection with one of the code's message variants ({@code key = code.name() + "." +
   * variant}).
   *
   * @param code the rule the command breaks
   * @param variant the variant's name
   * @param arguments the message's arguments, by index
   * @return the rejection
   */
  public static Rejection variant(RejectionCode code, String variant, Object... arguments) {
    return new Rejection(code, code.name() + "." + variant, List.of(nonNull(arguments)));
  }

  /**
   * A rejection with a message several codes share ({@code key = "shared." + name}).
   *
   * @param code the rule the command breaks
   * @param name the shared message's name
   * @param arguments the message's arguments, by index
   * @return the rejection
   */
  public static Rejection shared(RejectionCode code, String name, Object... arguments) {
    return new Rejection(code, SHARED + name, List.of(nonNull(arguments)));
  }

  /**
   * What was wrong, in the JVM's default locale.
   *
   * @return the message
   */
  public String message() {
    return message(Locale.getDefault());
  }

  /**
   * What was wrong, in a reader's language, figures written for the locale and dates in ISO form.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return message(LocaleFormat.of(locale));
  }

  /**
   * What was wrong, in a reader's language and date style.
   *
   * @param format the reader's locale and date style
   * @return the message
   */
  public String message(LocaleFormat format) {
    Object[] shown = new Object[arguments.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = shown(arguments.get(i), format);
    }
    return TEXTS.text(format, key, shown);
  }

  /**
   * The message, for a rejection shown inside another's (every failed criterion of an application).
   *
   * @param locale the reader's locale
   * @return the code, its rule and the message
   */
  @Override
  public String displayName(Locale locale) {
    return code + " (" + code.rule() + "): " + message(locale);
  }

  /**
   * Turns this rejection into the exception thrown by single-command calls.
   *
   * @return the exception carrying this rejection
   */
  public LedgerRejectedException toException() {
    return new LedgerRejectedException(this);
  }

  /** The code, its rule and the message in the JVM's default locale. */
  @Override
  public String toString() {
    return displayName(Locale.getDefault());
  }

  private static Object shown(Object argument, LocaleFormat format) {
    if (argument instanceof List<?> list) {
      boolean rejections = list.stream().allMatch(Rejection.class::isInstance);
      boolean chinese = format.language() == Language.TRADITIONAL_CHINESE;
      String separator = rejections ? (chinese ? "；" : "; ") : (chinese ? "、" : ", ");
      StringBuilder joined = new StringBuilder();
      for (Object item : list) {
        joined.append(joined.length() == 0 ? "" : separator);
        Object one = shown(item, format);
        joined.append(one instanceof Long n ? format.number(n) : one);
      }
      return joined.toString();
    }
    if (argument instanceof LocalDate date) {
      return format.date(date);
    }
    if (argument instanceof Displayable displayable) {
      return displayable.displayName(format.locale());
    }
    return argument;
  }

  private static Object[] nonNull(Object[] arguments) {
    requireNonNull(arguments, "arguments");
    for (Object argument : arguments) {
      requireNonNull(argument, "argument");
    }
    return arguments;
  }

  private static List<Object> normalised(List<Object> arguments) {
    List<Object> out = new ArrayList<>(arguments.size());
    for (Object argument : arguments) {
      out.add(normalised(requireNonNull(argument, "argument")));
    }
    return List.copyOf(out);
  }

  private static Object normalised(Object argument) {
    if (argument instanceof Integer
        || argument instanceof Long
        || argument instanceof Short
        || argument instanceof Byte) {
      return ((Number) argument).longValue();
    }
    if (argument instanceof BigInteger || argument instanceof BigDecimal) {
      return argument;
    }
    if (argument instanceof String
        || argument instanceof LocalDate
        || argument instanceof Displayable) {
      return argument;
    }
    if (argument instanceof Collection<?> items) {
      List<Object> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(normalised(requireNonNull(item, "argument")));
      }
      return List.copyOf(out);
    }
    return argument.toString();
  }
}
