package dev.pointsledger.core.error;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A word or phrase a refusal's message names (which date, which price, which command), kept
 * language-free as a key of {@value Rejection#BUNDLE} ({@code term.} and the term's name) and shown
 * in the reader's language.
 *
 * @param name the term's name ({@code applicationDate} for the key {@code term.applicationDate})
 */
public record Term(String name) implements Displayable {
  private static final Messages TEXTS = Messages.of(Rejection.BUNDLE, ResourceBundle::getBundle);

  /**
   * Checks that the bundle has the term.
   *
   * @param name the term's name
   * @throws IllegalArgumentException if the bundle has no {@code term.<name>}
   */
  public Term {
    requireNonNull(name, "name");
    if (!TEXTS.has("term." + name)) {
      throw new IllegalArgumentException("no term." + name + " in " + Rejection.BUNDLE);
    }
  }

  /**
   * The term of a name.
   *
   * @param name the term's name
   * @return the term
   */
  public static Term of(String name) {
    return new Term(name);
  }

  @Override
  public String displayName(Locale locale) {
    return TEXTS.text(locale, "term." + name);
  }

  @Override
  public String toString() {
    return name;
  }
}
