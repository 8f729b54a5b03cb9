package dev.pointsledger.core.sample;

import dev.pointsledger.core.id.UnifiedBusinessNumbers;

/**
 * Taiwanese Unified Business Numbers (統一編號) for generated ids: eight digits whose check digit makes
 * the weighted digit sum divisible by 5 (weights 1,2,1,2,1,2,4,1; the digits of each product are
 * added; when the seventh digit is 7, the sum or the sum plus one may pass), as {@link
 * UnifiedBusinessNumbers} checks them.
 */
final class BusinessNumbers {
  private BusinessNumbers() {}

  /**
   * The valid number whose first seven digits are {@code prefix}, with the smallest check digit
   * that passes.
   *
   * @param prefix 0 .. 9,999,999
   * @return eight digits
   */
  static String withCheckDigit(int prefix) {
    if (prefix < 0 || prefix > 9_999_999) {
      throw new IllegalArgumentException("prefix must have at most seven digits: " + prefix);
    }
    String seven = String.format("%07d", prefix);
    for (int check = 0; check <= 9; check++) {
      String candidate = seven + check;
      if (isValid(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no check digit for " + seven);
  }

  /**
   * Whether a text is a valid Unified Business Number.
   *
   * @param text the text
   * @return true for eight digits that pass the check
   */
  static boolean isValid(String text) {
    return UnifiedBusinessNumbers.isValid(text);
  }
}
