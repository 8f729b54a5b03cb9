package dev.pointsledger.core.error;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rejection code's number is a contract with every client that stored or sent it: this test
 * pins each one. A new code adds its line here with the next free number of its block; a changed
 * number fails; a removed code must stay, deprecated, so that its number is never reused.
 */
class RejectionCodeValuesTest {
  private static final Map<RejectionCode, Integer> PINNED =
      Map.ofEntries(
          entry(RejectionCode.NON_POSITIVE_AMOUNT, 1),
          entry(RejectionCode.AMOUNT_OVERFLOW, 2),
          entry(RejectionCode.DATES_OUT_OF_ORDER, 3),
          entry(RejectionCode.DATE_IN_FUTURE, 4),
          entry(RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT, 5),
          entry(RejectionCode.DUPLICATE_ITEM, 6),
          entry(RejectionCode.UNKNOWN_PROGRAM, 7),
          entry(RejectionCode.PROGRAM_ALREADY_DEFINED, 8),
          entry(RejectionCode.UNKNOWN_ACCOUNT, 9),
          entry(RejectionCode.UNKNOWN_MANUFACTURER, 10),
          entry(RejectionCode.UNKNOWN_CONTRACT, 11),
          entry(RejectionCode.UNKNOWN_CLAIM, 12),
          entry(RejectionCode.UNKNOWN_ENTRY, 13),
          entry(RejectionCode.CONTRACT_ALREADY_EXISTS, 14),
          entry(RejectionCode.CLAIM_ALREADY_EXISTS, 15),
          entry(RejectionCode.DATE_OUT_OF_RANGE, 16),
          entry(RejectionCode.AMOUNT_ABOVE_LIMIT, 17),
          entry(RejectionCode.SEQUENCE_OUT_OF_RANGE, 18),
          entry(RejectionCode.INVALID_BUSINESS_NUMBER, 19),
          entry(RejectionCode.INELIGIBLE_MANUFACTURER_SIZE, 100),
          entry(RejectionCode.INELIGIBLE_NO_FACTORY_REGISTRATION, 101),
          entry(RejectionCode.INELIGIBLE_PRIOR_YEAR_USE, 102),
          entry(RejectionCode.APPLICATION_WINDOW_CLOSED, 103),
          entry(RejectionCode.MISSING_APPLICATION_DOCUMENTS, 104),
          entry(RejectionCode.CAP_EXCEEDED, 105),
          entry(RejectionCode.MORE_THAN_HALF_OF_PRICE, 200),
          entry(RejectionCode.INSUFFICIENT_POINTS, 201),
          entry(RejectionCode.PRICE_ABOVE_MARKET, 202),
          entry(RejectionCode.TERM_TOO_SHORT, 203),
          entry(RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE, 204),
          entry(RejectionCode.SERVICE_STARTS_BEFORE_PROGRAM, 205),
          entry(RejectionCode.SERVICE_STARTS_BEFORE_LISTING, 206),
          entry(RejectionCode.OUTSIDE_PROGRAM_PERIOD, 207),
          entry(RejectionCode.CONTRACT_NOT_ACTIVE, 208),
          entry(RejectionCode.CONTRACT_ALREADY_ENDED, 209),
          entry(RejectionCode.CLAIM_PENDING, 210),
          entry(RejectionCode.CONTRACT_NOT_ENDED, 300),
          entry(RejectionCode.NOT_CONTRACT_VENDOR, 301),
          entry(RejectionCode.CLAIM_EXCEEDS_RESERVED, 302),
          entry(RejectionCode.MISSING_CLAIM_DOCUMENTS, 303),
          entry(RejectionCode.CLAIM_NOT_PENDING, 304),
          entry(RejectionCode.CLAIM_NOT_APPROVED, 305),
          entry(RejectionCode.NOT_CLAIM_VENDOR, 306),
          entry(RejectionCode.INVALID_INVOICE_NUMBER, 307),
          entry(RejectionCode.INVOICE_ALREADY_CLAIMED, 308),
          entry(RejectionCode.EMPTY_SETTLEMENT, 309),
          entry(RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM, 400),
          entry(RejectionCode.INELIGIBLE_VENDOR_CAPITAL, 401),
          entry(RejectionCode.INELIGIBLE_VENDOR_PRC_INVESTED, 402),
          entry(RejectionCode.INELIGIBLE_VENDOR_FOREIGN_BRANCH, 403),
          entry(RejectionCode.INELIGIBLE_VENDOR_NO_PROVEN_SALES, 404),
          entry(RejectionCode.INELIGIBLE_VENDOR_VIOLATION, 405),
          entry(RejectionCode.INELIGIBLE_VENDOR_UNPAID_TAX, 406),
          entry(RejectionCode.INELIGIBLE_VENDOR_LAW_BREACH, 407),
          entry(RejectionCode.VENDOR_ALREADY_REGISTERED, 408),
          entry(RejectionCode.UNKNOWN_VENDOR, 409),
          entry(RejectionCode.UNKNOWN_SOLUTION, 410),
          entry(RejectionCode.SOLUTION_ALREADY_EXISTS, 411),
          entry(RejectionCode.SOLUTION_APPLICATION_CLOSED, 412),
          entry(RejectionCode.ILLEGAL_REVIEW_TRANSITION, 413),
          entry(RejectionCode.SUPPLEMENT_DEADLINE_REQUIRED, 414),
          entry(RejectionCode.SUPPLEMENT_DEADLINE_PASSED, 415),
          entry(RejectionCode.REVIEW_PANEL_SIZE, 416),
          entry(RejectionCode.SOLUTION_NOT_LISTED, 417),
          entry(RejectionCode.OUTSIDE_LISTING_PERIOD, 418),
          entry(RejectionCode.PRICE_ABOVE_LISTED, 419),
          entry(RejectionCode.CARRY_OVER_NOT_ALLOWED, 420),
          entry(RejectionCode.INVALID_BUSINESS_ITEM, 421),
          entry(RejectionCode.PROGRAM_NOT_ENDED, 500),
          entry(RejectionCode.NOTHING_TO_LAPSE, 501),
          entry(RejectionCode.ENTRY_NOT_REVERSIBLE, 502),
          entry(RejectionCode.ALREADY_REVERSED, 503),
          entry(RejectionCode.REVERSAL_NOT_COVERED, 504),
          entry(RejectionCode.LAPSE_IS_FINAL, 505));

  @Test
  void everyCodesNumber_isTheOnePinnedHere() {
    Map<RejectionCode, Integer> actual = new EnumMap<>(RejectionCode.class);
    for (RejectionCode code : RejectionCode.values()) {
      actual.put(code, code.value());
    }
    assertEquals(new EnumMap<>(PINNED), actual);
  }

  @Test
  void fromValue_findsEveryCodeByItsNumber() {
    for (RejectionCode code : RejectionCode.values()) {
      assertSame(code, RejectionCode.fromValue(code.value()));
    }
  }

  @Test
  void fromValue_refusesANumberNoCodeHas() {
    for (int none : List.of(0, -1, 20, 99, 506, Integer.MAX_VALUE)) {
      assertThrows(IllegalArgumentException.class, () -> RejectionCode.fromValue(none));
    }
  }

  /** Surefire runs in the module's directory; the docs are one directory up. */
  private static final Path PROGRAM_DOCS = Path.of("..", "docs", "program.md");

  @Test
  void everyCodesDocsLink_pointsAtAnAnchorThatExists() throws IOException {
    String docs = Files.readString(PROGRAM_DOCS);
    List<RejectionCode> dangling =
        Arrays.stream(RejectionCode.values())
            .filter(code -> !code.docsLink().startsWith("docs/program.md#")
                || !docs.contains("<a id=\"" + anchor(code) + "\"></a>"))
            .toList();
    assertEquals(List.of(), dangling, "codes whose docsLink has no anchor in docs/program.md");
  }

  @Test
  void aProgramRulesDocsLink_isItsRuleIdInLowerCase() {
    assertEquals("docs/program.md#r-d2", RejectionCode.CAP_EXCEEDED.docsLink());
    assertEquals("docs/program.md#ledger", RejectionCode.UNKNOWN_PROGRAM.docsLink());
    assertEquals("docs/program.md#policy", RejectionCode.PROGRAM_NOT_ENDED.docsLink());
  }

  private static String anchor(RejectionCode code) {
    return code.docsLink().substring(code.docsLink().indexOf('#') + 1);
  }
}
