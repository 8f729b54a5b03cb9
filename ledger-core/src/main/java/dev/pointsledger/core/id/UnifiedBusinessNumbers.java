package dev.pointsledger.core.id;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The check of a Unified Business Number (統一編號), the eight-digit number the Ministry of Finance
 * gives every business in Taiwan; vendors and manufacturers are known by theirs. The one place the
 * ledger checks one.
 *
 * <p>The check, as the Ministry of Finance defines it (財政部，營利事業統一編號檢查碼邏輯修正說明,
 * https://www.mof.gov.tw, in force from 2023-04-01, 民國112年4月1日): multiply the eight digits by the
 * weights 1, 2, 1, 2, 1, 2, 4, 1; add up the digits of the eight products (a product of two digits
 * counts as the sum of its two digits); the number is valid when that sum is divisible by 5. Before
 * 2023 the sum had to be divisible by 10, so every number valid then is valid now. When the seventh
 * digit is 7, its product 28 counts as 10, which may be read as 1 or as 0: the number is valid when
 * the sum, or the sum plus 1, is divisible by 5.
 *
 * <p>Examples: 22099131 (Taiwan Semiconductor Manufacturing, sum 30), 04595257 (sum 40), 04595252
 * (sum 35: valid only under the 2023 rule), 10458574 (seventh digit 7: sum 29, 29 + 1 = 30); not
 * 12345678 (sum 42). Only ASCII digits count: full-width digits (０１２) or other scripts' digits are
 * refused, as is any other length.
 */
public final class UnifiedBusinessNumbers {
  /** The weights of the eight digits. */
  private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};

  /** Why a text is not a valid Unified Business Number. */
  public enum Problem {
    /** It is not eight characters long. */
    LENGTH,
    /** A character is not an ASCII digit 0-9. */
    DIGITS,
    /** The digits fail the Ministry of Finance's check. */
    CHECK
  }

  private UnifiedBusinessNumbers() {}

  /**
   * Whether a text is a valid Unified Business Number.
   *
   * @param text the text
   * @return true when it is eight ASCII digits passing the check
   */
  public static boolean isValid(String text) {
    return problem(text).isEmpty();
  }

  /**
   * Why a text is not a valid Unified Business Number, if it is not one.
   *
   * @param text the text
   * @return the first problem found (length, then digits, then the check), or empty when valid
   */
  public static Optional<Problem> problem(String text) {
    requireNonNull(text, "text");
    if (text.length() != WEIGHTS.length) {
      return Optional.of(Problem.LENGTH);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of(Problem.DIGITS);
      }
    }
    int sum = weightedDigitSum(text);
    boolean valid = sum % 5 == 0 || (text.charAt(6) == '7' && (sum + 1) % 5 == 0);
    return valid ? Optional.empty() : Optional.of(Problem.CHECK);
  }

  /**
   * The sum of the digits of each digit's product with its weight (the seventh digit 7 counting 10,
   * its product 28's digits): the figure the check divides by 5.
   *
   * @param digits eight ASCII digits
   * @return the sum
   * @throws IllegalArgumentException if the text is not eight ASCII digits
   */
  public static int weightedDigitSum(String digits) {
    requireNonNull(digits, "digits");
    if (digits.length() != WEIGHTS.length) {
      throw new IllegalArgumentException("eight ASCII digits are required: " + digits);
    }
    // a loop, not a stream: every grant checks its manufacturer's number
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("eight ASCII digits are required: " + digits);
      }
      int product = (c - '0') * WEIGHTS[i];
      sum += product / 10 + product % 10;
    }
    return sum;
  }
}
