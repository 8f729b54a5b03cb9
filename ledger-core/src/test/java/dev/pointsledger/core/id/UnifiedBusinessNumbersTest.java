package dev.pointsledger.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.id.UnifiedBusinessNumbers.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Ministry of Finance's check of a Unified Business Number (統一編號), on published numbers and on
 * the rule's own cases.
 */
class UnifiedBusinessNumbersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "22099131", // Taiwan Semiconductor Manufacturing Co., as published (sum 30)
        "04541302", // published company numbers, valid under the old and the new rule
        "96979933",
        "73251209",
        "97176270",
        "04595257", // sum 40
        "12345675", // seventh digit 7: sum 39, and 39 + 1 = 40
        "00000000"
      })
  void publishedNumbers_areValid(String number) {
    assertTrue(UnifiedBusinessNumbers.isValid(number), number);
    assertEquals(Optional.empty(), UnifiedBusinessNumbers.problem(number));
  }

  @Test
  void theWeightedDigitSum_addsTheDigitsOfEachProduct() {
    // 2 2 0 9 9 1 3 1 x 1 2 1 2 1 2 4 1 = 2 4 0 18 9 2 12 1 -> 2+4+0+9+9+2+3+1 = 30
    assertEquals(30, UnifiedBusinessNumbers.weightedDigitSum("22099131"));
    assertEquals(42, UnifiedBusinessNumbers.weightedDigitSum("12345678"));
    assertEquals(0, UnifiedBusinessNumbers.weightedDigitSum("00000000"));
  }

  @Test
  void aSumDivisibleByFiveButNotTen_isValidSince2023() {
    // 04595252: sum 35, the kind of number the Ministry released from April 2023 on
    assertEquals(35, UnifiedBusinessNumbers.weightedDigitSum("04595252"));
    assertTrue(UnifiedBusinessNumbers.isValid("04595252"));
    assertEquals(35, UnifiedBusinessNumbers.weightedDigitSum("12345671"));
    assertTrue(UnifiedBusinessNumbers.isValid("12345671"));
  }

  @Test
  void aSeventhDigitOf7_passesWhenTheSumPlusOneIsDivisibleByFive() {
    // 10458574: the seventh digit 7 gives 4 x 7 = 28, counted 2 + 8 = 10; read as 1 or as 0
    assertEquals(29, UnifiedBusinessNumbers.weightedDigitSum("10458574"));
    assertTrue(UnifiedBusinessNumbers.isValid("10458574"));
    assertEquals(40, UnifiedBusinessNumbers.weightedDigitSum("12345676"));
    assertTrue(UnifiedBusinessNumbers.isValid("12345676"));
    // a seventh digit 7 does not save a sum that neither reading makes divisible by 5
    assertEquals(16, UnifiedBusinessNumbers.weightedDigitSum("10000770"));
    assertEquals(Optional.of(Problem.CHECK), UnifiedBusinessNumbers.problem("10000770"));
  }

  @Test
  void theSumPlusOne_isNoExcuseWhenTheSeventhDigitIsNot7() {
    assertEquals(4, UnifiedBusinessNumbers.weightedDigitSum("10000003"));
    assertEquals(Optional.of(Problem.CHECK), UnifiedBusinessNumbers.problem("10000003"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "04595253", "22099130", "99999999", "10000000", "11111111"})
  void numbersFailingTheCheck_areRefusedByTheCheck(String number) {
    assertFalse(UnifiedBusinessNumbers.isValid(number), number);
    assertEquals(Optional.of(Problem.CHECK), UnifiedBusinessNumbers.problem(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567", "123456789", "2209913", "220991310", " 22099131"})
  void anyOtherLength_isRefusedByItsLength(String text) {
    assertEquals(Optional.of(Problem.LENGTH), UnifiedBusinessNumbers.problem(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "２２０９９１３１", // full-width digits
        "٢٢٠٩٩١٣١", // Arabic-Indic digits, which Character.isDigit accepts
        "2209913a",
        "-2209913",
        "22 99131",
        "M1234567"
      })
  void anythingButAsciiDigits_isRefused(String text) {
    assertEquals(Optional.of(Problem.DIGITS), UnifiedBusinessNumbers.problem(text), text);
  }

  @Test
  void theWeightedSum_refusesWhatIsNotEightDigits() {
    assertThrows(
        IllegalArgumentException.class, () -> UnifiedBusinessNumbers.weightedDigitSum("1"));
    assertThrows(
        IllegalArgumentException.class, () -> UnifiedBusinessNumbers.weightedDigitSum("２２０９９１３１"));
  }
}
