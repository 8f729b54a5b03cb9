package dev.pointsledger.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The check against an independent formulation of the Ministry of Finance's rule: the products'
 * digits read from a table of the weighted values, the seventh digit 7 tried as both of its
 * readings (1 and 0) rather than as "the sum or the sum plus one".
 */
class UnifiedBusinessNumbersProperties {
  /** For each weight, the digit sum of weight x d, for d = 0..9, written out by hand. */
  private static final int[][] PRODUCT_DIGITS = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, // x1
    {0, 2, 4, 6, 8, 1, 3, 5, 7, 9}, // x2: 10 -> 1, 12 -> 3, 14 -> 5, 16 -> 7, 18 -> 9
    {
      0, 4, 8, 3, 7, 2, 6, 10, 5, 9
    } // x4: 12 -> 3, 16 -> 7, 20 -> 2, 24 -> 6, 28 -> 10, 32 -> 5, 36 -> 9
  };

  private static final int[] WEIGHT_ROW = {0, 1, 0, 1, 0, 1, 2, 0};

  /** Valid under the rule as the Ministry words it, written independently of the library. */
  static boolean validByTheRule(String number, int divisor) {
    List<Integer> readings = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int d = number.charAt(i) - '0';
      if (i == 6 && d == 7) {
        continue; // 28 -> 10, whose two digits are read as 1 or as 0
      }
      sum += PRODUCT_DIGITS[WEIGHT_ROW[i]][d];
    }
    if (number.charAt(6) == '7') {
      readings.add(sum + 1);
      readings.add(sum + 0);
    } else {
      readings.add(sum);
    }
    return readings.stream().anyMatch(r -> r % divisor == 0);
  }

  @Provide
  Arbitrary<String> eightDigits() {
    return Arbitraries.strings().withCharRange('0', '9').ofLength(8);
  }

  @Property(tries = 5_000)
  void theCheck_agreesWithTheRuleWrittenIndependently(@ForAll("eightDigits") String number) {
    assertEquals(validByTheRule(number, 5), UnifiedBusinessNumbers.isValid(number), number);
  }

  @Property(tries = 2_000)
  void everyNumberValidBefore2023_isValidNow(@ForAll("eightDigits") String number) {
    if (validByTheRule(number, 10)) {
      assertEquals(true, UnifiedBusinessNumbers.isValid(number), number);
    }
  }

  @Property(tries = 2_000)
  void changingTheLastDigit_ofAValidNumber_makesItInvalid(
      @ForAll("eightDigits") String number, @ForAll @IntRange(min = 1, max = 4) int step) {
    if (!UnifiedBusinessNumbers.isValid(number) || number.charAt(6) == '7') {
      return;
    }
    int last = number.charAt(7) - '0';
    String changed = number.substring(0, 7) + (char) ('0' + (last + step) % 10);
    assertFalse(UnifiedBusinessNumbers.isValid(changed), number + " -> " + changed);
  }

  @Property(tries = 1_000)
  void aNumberWithAnyCharacterOtherThanAsciiDigits_isInvalid(
      @ForAll("eightDigits") String number,
      @ForAll @IntRange(min = 0, max = 7) int at,
      @ForAll("nonDigits") char other) {
    String changed = number.substring(0, at) + other + number.substring(at + 1);
    assertFalse(UnifiedBusinessNumbers.isValid(changed), changed);
  }

  @Provide
  Arbitrary<Character> nonDigits() {
    return Arbitraries.chars().filter(c -> c < '0' || c > '9');
  }
}
