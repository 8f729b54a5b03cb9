package dev.pointsledger.core.error;

import dev.pointsledger.core.text.Messages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every reason the ledger refuses a command, each naming the rule it enforces.
 *
 * <p>Rule ids {@code R-...} are those of {@code shared/program-rules.md}; {@code LEDGER} marks a
 * rule of the ledger itself (double entry, idempotency, well-formed input), {@code POLICY} an
 * assumption the program's policy makes where the briefing is silent; {@link #docsLink()} points
 * at the rule's documentation.
 *
 * <p>Each code has a stable number, {@link #value()}, as TigerBeetle's result codes have: numbered
 * by section in blocks of a hundred (1.. the ledger's own, 100.. manufacturers and grants, 200..
 * using points, 300.. claims, 400.. vendors and solutions, 500.. program end and corrections), so a
 * new code takes the next free number of its block. A number is never changed nor reused: a
 * retired code keeps its constant, deprecated, so that no other code can take its number ({@code
 * RejectionCodeValuesTest} pins every number). 0 is no code.
 *
 * <p>The texts here state each rule without figures: the figures are the policy's, and every
 * refusal's {@link Rejection#message()} names the ones it was decided on.
 */
public enum RejectionCode {
  // --- ledger: well-formed input and idempotency -------------------------------------------
  /** An amount (points, price) is zero or negative where it must be positive. */
  NON_POSITIVE_AMOUNT(1, "LEDGER", "amounts must be positive whole points"),
  /** An amount or a running total would overflow a signed 64-bit integer. */
  AMOUNT_OVERFLOW(2, "LEDGER", "amounts must stay within 64-bit range"),
  /** Two dates of one command are in the wrong order (an end before a start). */
  DATES_OUT_OF_ORDER(3, "LEDGER", "a command's dates must be in order"),
  /** A date of the command lies after the ledger's business date (today in Asia/Taipei). */
  DATE_IN_FUTURE(4, "LEDGER", "a command cannot record what has not happened yet"),
  /** The command id was used before by a command with different contents. */
  DUPLICATE_ID_DIFFERENT_CONTENT(5, "LEDGER", "a command id names one command only"),
  /** A command lists the same item twice (a claim twice in one settlement). */
  DUPLICATE_ITEM(6, "LEDGER", "an item may appear once in a command"),
  /** No program with that id is defined in this ledger. */
  UNKNOWN_PROGRAM(7, "LEDGER", "commands must name a defined program"),
  /** A program with that id is already defined with a different policy. */
  PROGRAM_ALREADY_DEFINED(8, "LEDGER", "a program's policy never changes"),
  /** No account with that id has ever been posted to. */
  UNKNOWN_ACCOUNT(9, "LEDGER", "queries must name an existing account"),
  /** The manufacturer has never been granted points in the program. */
  UNKNOWN_MANUFACTURER(10, "LEDGER", "points are spent by manufacturers that were granted them"),
  /** No contract with that id exists in the program. */
  UNKNOWN_CONTRACT(11, "LEDGER", "commands must name an existing contract"),
  /** No claim with that id exists in the program. */
  UNKNOWN_CLAIM(12, "LEDGER", "commands must name an existing claim"),
  /** No entry with that id exists. */
  UNKNOWN_ENTRY(13, "LEDGER", "a reversal must name an existing entry"),
  /** A contract id is already in use in the program. */
  CONTRACT_ALREADY_EXISTS(14, "LEDGER", "a contract id names one contract"),
  /** A claim id is already in use in the program. */
  CLAIM_ALREADY_EXISTS(15, "LEDGER", "a claim id names one claim"),
  /**
   * A date of the command (or today) lies outside the ledger's supported dates ({@code
   * SupportedDates}).
   */
  DATE_OUT_OF_RANGE(16, "LEDGER", "dates lie within the ledger's supported dates"),
  /**
   * A price or market price above the policy's {@code maxPrice}, or a term above the longest one.
   */
  AMOUNT_ABOVE_LIMIT(
      17, "POLICY", "prices are at most the policy's maxPrice, terms the longest term"),
  /** A sequence number for an as-of query lies beyond the ledger's last entry. */
  SEQUENCE_OUT_OF_RANGE(18, "LEDGER", "as-of queries name an existing entry sequence number"),
  /**
   * A vendor's or a manufacturer's id is not a valid Unified Business Number (統一編號), and the
   * program's policy requires valid ones ({@code requireValidBusinessNumbers}).
   */
  INVALID_BUSINESS_NUMBER(
      19, "ID-UBN", "vendors and manufacturers are named by valid Unified Business Numbers"),

  // --- demand side: manufacturers and grants -----------------------------------------------
  /** Paid-in capital above the limit and more regular employees than the limit. */
  INELIGIBLE_MANUFACTURER_SIZE(
      100, "R-D1", "paid-in capital or regular employees within the policy's limits"),
  /** Neither a factory registration certificate nor a registered exemption. */
  INELIGIBLE_NO_FACTORY_REGISTRATION(
      101, "R-D1", "a factory registration or a registered exemption"),
  /** The manufacturer used points of the previous year's program. */
  INELIGIBLE_PRIOR_YEAR_USE(102, "R-D3", "no use of the previous year's digital points"),
  /** The application date lies outside the program's application window. */
  APPLICATION_WINDOW_CLOSED(103, "R-D4", "applications are accepted within the window"),
  /** The application names no document (registration step 2 not done). */
  MISSING_APPLICATION_DOCUMENTS(104, "R-D5", "an application carries its documents"),
  /** The grant would take the manufacturer past the program's cap. */
  CAP_EXCEEDED(105, "R-D2", "at most the policy's grant cap per manufacturer in a program"),

  // --- using points ------------------------------------------------------------------------
  /**
   * Points asked for exceed the policy's share of the price, floor(price x pointsSharePercent /
   * 100).
   */
  MORE_THAN_HALF_OF_PRICE(200, "R-P1", "points pay at most the policy's share of the price"),
  /** Points asked for exceed the manufacturer's unused (available) points. */
  INSUFFICIENT_POINTS(201, "R-P1", "points spent never exceed the manufacturer's unused points"),
  /** The price is above the solution's market price. */
  PRICE_ABOVE_MARKET(202, "R-V3", "a price must not exceed the market price"),
  /** The contract's service lasts less than the minimum term. */
  TERM_TOO_SHORT(203, "R-V4", "a solution's service lasts at least the policy's minimum term"),
  /**
   * The service starts more days before the purchase than the policy's {@code
   * serviceBackdatingDays}.
   */
  SERVICE_STARTS_BEFORE_PURCHASE(
      204, "POLICY", "a contract's service starts on or after its purchase"),
  /** The service starts before the program's first day. */
  SERVICE_STARTS_BEFORE_PROGRAM(205, "POLICY", "a contract's service starts within the program"),
  /** The service starts before the solution's listing was announced. */
  SERVICE_STARTS_BEFORE_LISTING(206, "R-V5", "a listing is valid from its announcement"),
  /** A purchase dated after the program's end, or before its start. */
  OUTSIDE_PROGRAM_PERIOD(207, "POLICY", "points are reserved while the program runs"),
  /** The contract is cancelled, closed or reversed. */
  CONTRACT_NOT_ACTIVE(208, "POLICY", "only an active contract can be cancelled or claimed"),
  /** The contract's service has ended; it can no longer be cancelled. */
  CONTRACT_ALREADY_ENDED(209, "POLICY", "a contract is cancelled before it ends"),
  /** The contract has a claim under review. */
  CLAIM_PENDING(210, "R-P3", "one claim at a time per contract"),

  // --- claims ------------------------------------------------------------------------------
  /** The claim was filed on or before the contract's last day of service. */
  CONTRACT_NOT_ENDED(300, "R-P3", "claims are filed after the contract period ends"),
  /** The claim was filed by a vendor other than the contract's. */
  NOT_CONTRACT_VENDOR(301, "R-P3", "only the contract's vendor may claim"),
  /** The claim asks for more points than are reserved on the contract. */
  CLAIM_EXCEEDS_RESERVED(302, "R-P3", "a claim is for at most what is reserved"),
  /** The claim carries no document reference. */
  MISSING_CLAIM_DOCUMENTS(303, "R-P4", "a claim carries references to its documents"),
  /** The claim is not waiting for review (already approved, rejected or settled). */
  CLAIM_NOT_PENDING(304, "R-P3", "only a pending claim can be approved or rejected"),
  /** A settlement names a claim that is not approved (or already settled). */
  CLAIM_NOT_APPROVED(305, "R-P3", "only approved claims are paid"),
  /** A settlement names a claim of another vendor. */
  NOT_CLAIM_VENDOR(306, "R-P3", "a payout pays one vendor's claims"),
  /** A claim's document of kind {@code invoice} is not a uniform invoice number (統一發票). */
  INVALID_INVOICE_NUMBER(
      307, "ID-INVOICE", "an invoice reference is a uniform invoice number"),
  /** The invoice already backs a live (pending, approved or settled) claim of the program. */
  INVOICE_ALREADY_CLAIMED(308, "ID-INVOICE", "one invoice backs at most one live claim"),
  /** A settlement names no claim: a payout pays at least one approved claim. */
  EMPTY_SETTLEMENT(309, "R-P3", "a payout pays at least one approved claim"),

  // --- supply side: vendors and solutions --------------------------------------------------
  /** None of the vendor's registered business items is one the program requires. */
  INELIGIBLE_VENDOR_BUSINESS_ITEM(400, "R-V1", "one of the policy's business items registered"),
  /** The vendor's paid-in capital is below the minimum. */
  INELIGIBLE_VENDOR_CAPITAL(401, "R-V1", "paid-in capital at least the policy's minimum"),
  /** The vendor is PRC-invested. */
  INELIGIBLE_VENDOR_PRC_INVESTED(402, "R-V1", "not PRC-invested"),
  /** The vendor is a Taiwan branch of a foreign company. */
  INELIGIBLE_VENDOR_FOREIGN_BRANCH(403, "R-V1", "not a Taiwan branch of a foreign company"),
  /** The vendor has no proven sales of the solution. */
  INELIGIBLE_VENDOR_NO_PROVEN_SALES(404, "R-V1", "proven sales of the solution"),
  /** The vendor has a violation or suspension in government programs. */
  INELIGIBLE_VENDOR_VIOLATION(405, "R-V1", "no violation or suspension in government programs"),
  /** The vendor owes tax. */
  INELIGIBLE_VENDOR_UNPAID_TAX(406, "R-V1", "no unpaid tax"),
  /** The vendor has breached the law. */
  INELIGIBLE_VENDOR_LAW_BREACH(407, "R-V1", "no breach of law"),
  /** The vendor is already registered in the program. */
  VENDOR_ALREADY_REGISTERED(408, "LEDGER", "a vendor registers once per program"),
  /** The vendor is not registered in the program. */
  UNKNOWN_VENDOR(409, "LEDGER", "solutions belong to registered vendors"),
  /** No solution with that id exists in the program. */
  UNKNOWN_SOLUTION(410, "LEDGER", "commands must name an existing solution"),
  /** A solution id is already in use in the program. */
  SOLUTION_ALREADY_EXISTS(411, "LEDGER", "a solution id names one solution"),
  /** The solution was submitted after the application deadline. */
  SOLUTION_APPLICATION_CLOSED(412, "R-V5", "solutions are submitted within the policy's window"),
  /** The review may not move from the solution's status to the one asked for. */
  ILLEGAL_REVIEW_TRANSITION(
      413, "R-V6", "reviews follow submitted, qualification, technical, approved,"
      + " listed"),
  /** A request to supplement documents names no deadline in the future. */
  SUPPLEMENT_DEADLINE_REQUIRED(414, "R-V6", "a request to supplement names a deadline"),
  /** The supplement came after its deadline: the solution counts as rejected. */
  SUPPLEMENT_DEADLINE_PASSED(415, "R-V6", "a lapsed supplement deadline means rejected"),
  /** A technical review's approval names too few or too many reviewers. */
  REVIEW_PANEL_SIZE(416, "R-V6", "technical review by a meeting of the policy's panel size"),
  /** The solution is not listed (not yet announced, rejected or withdrawn). */
  SOLUTION_NOT_LISTED(417, "R-V5", "only a listed solution is bought with points"),
  /** The day lies outside the solution's listing, from its announcement to its end. */
  OUTSIDE_LISTING_PERIOD(
      418, "R-V5", "a listing is valid from its announcement to the policy's listing end"),
  /** The contract's price is above the solution's listed price. */
  PRICE_ABOVE_LISTED(419, "R-V3", "a purchase is at most the listed price"),
  /** A carry-over names a program other than the previous year's, or an unlisted solution. */
  CARRY_OVER_NOT_ALLOWED(420, "R-V5", "only the previous year's listed solutions carry over"),
  /** A registered business item (營業項目代碼) is not a capital letter and six digits. */
  INVALID_BUSINESS_ITEM(
      421, "ID-ITEM", "business items have the registry's form, a letter and six digits"),

  // --- program end and corrections ---------------------------------------------------------
  /** Points lapse only after the program's end. */
  PROGRAM_NOT_ENDED(500, "POLICY", "unused points lapse at the program's end"),
  /** The manufacturer has no unused points to lapse. */
  NOTHING_TO_LAPSE(501, "POLICY", "a lapse moves unused points"),
  /** The entry's type cannot be reversed (use its counter-command instead). */
  ENTRY_NOT_REVERSIBLE(502, "LEDGER", "only grants, reservations and settlements reverse"),
  /** The entry has already been reversed. */
  ALREADY_REVERSED(503, "LEDGER", "an entry is reversed at most once"),
  /** Reversing the entry would take a bounded account below zero. */
  REVERSAL_NOT_COVERED(504, "LEDGER", "a reversal never takes a balance below zero"),
  /**
   * The entry is a lapse: points that lapsed after the program's end never become spendable
   * again, so a lapse is not reversed (a lapse is only ever made after the end).
   */
  LAPSE_IS_FINAL(505, "POLICY", "points that lapsed after the program's end stay lapsed");

  private static final Map<Integer, RejectionCode> BY_VALUE = byValue();
  private static final Messages RULES = Messages.of(Rejection.BUNDLE, ResourceBundle::getBundle);

  private final int value;
  private final String rule;
  private final String ruleText;

  RejectionCode(int value, String rule, String ruleText) {
    this.value = value;
    this.rule = rule;
    this.ruleText = ruleText;
  }

  /**
   * The code's stable number, for a client that stores or sends codes as numbers. It never
   * changes, and a retired code's number is never given to another (see the class javadoc).
   *
   * @return the number, 1 or more
   */
  public int value() {
    return value;
  }

  /**
   * The code with a number.
   *
   * @param value a number of {@link #value()}
   * @return the code
   * @throws IllegalArgumentException if no code has that number
   */
  public static RejectionCode fromValue(int value) {
    RejectionCode code = BY_VALUE.get(value);
    if (code == null) {
      throw new IllegalArgumentException("no rejection code has the value " + value);
    }
    return code;
  }

  /**
   * The id of the rule this code enforces: {@code R-..} from the program rules, {@code LEDGER}
   * or {@code POLICY}.
   *
   * @return the rule id
   */
  public String rule() {
    return rule;
  }

  /**
   * Where the rule is documented, relative to the repository's root: its row in docs/program.md
   * ({@code docs/program.md#r-d2}), or the section on the ledger's own rules or the policy's
   * assumptions.
   *
   * @return the path and anchor of the rule's documentation
   */
  public String docsLink() {
    return "docs/program.md#" + rule.toLowerCase(Locale.ROOT);
  }

  /**
   * The rule in a few words, in a reader's language (the bundle {@value Rejection#BUNDLE}'s
   * {@code rule.} key of the code).
   *
   * @param locale the reader's locale
   * @return the rule's short statement
   */
  public String ruleText(Locale locale) {
    return RULES.text(locale, "rule." + name());
  }

  /**
   * The rule in a few words. The figures (the cap, the share, the term, the windows) are the
   * program's policy's and are in each refusal's message, never here.
   *
   * @return the rule's short statement
   */
  public String ruleText() {
    return ruleText;
  }

  private static Map<Integer, RejectionCode> byValue() {
    Map<Integer, RejectionCode> byValue = new HashMap<>();
    for (RejectionCode code : values()) {
      if (byValue.put(code.value, code) != null) {
        throw new IllegalStateException("two rejection codes have the value " + code.value);
      }
    }
    return Map.copyOf(byValue);
  }
}
