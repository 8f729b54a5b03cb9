package dev.pointsledger.core.text;

import java.util.Locale;

/**
 * A value shown to a person by a name in the reader's language (a category, a status), while its
 * code stays language-free. {@link Messages} formats such an argument by its display name.
 */
public interface Displayable {
  /**
   * The value's name in a reader's language.
   *
   * @param locale the reader's locale
   * @return the name a person reads
   */
  String displayName(Locale locale);
}
