package dev.pointsledger.core.error;

/**
 * Every reason the ledger refuses a command, each naming the rule it enforces.
 *
 * <p>Rule ids {@code R-...} are those of {@code shared/program-rules.md}; {@code LEDGER} marks a
 * rule of the ledger itself (double entry, idempotency, well-formed input), {@code POLICY} an
 * assumption the program's policy makes where the briefing is silent.
 */
public enum RejectionCode {
  // --- ledger: well-formed input and idempotency -------------------------------------------
  /** An amount (points, price) is zero or negative where it must be positive. */
  NON_POSITIVE_AMOUNT("LEDGER", "amounts must be positive whole points"),
  /** An amount or a running total would overflow a signed 64-bit integer. */
  AMOUNT_OVERFLOW("LEDGER", "amounts must stay within 64-bit range"),
  /** Two dates of one command are in the wrong order (an end before a start). */
  DATES_OUT_OF_ORDER("LEDGER", "a command's dates must be in order"),
  /** A date of the command lies after the ledger's business date (today in Asia/Taipei). */
  DATE_IN_FUTURE("LEDGER", "a command cannot record what has not happened yet"),
  /** The command id was used before by a command with different contents. */
  DUPLICATE_ID_DIFFERENT_CONTENT("LEDGER", "a command id names one command only"),
  /** A command lists the same item twice (a claim twice in one settlement). */
  DUPLICATE_ITEM("LEDGER", "an item may appear once in a command"),
  /** No program with that id is defined in this ledger. */
  UNKNOWN_PROGRAM("LEDGER", "commands must name a defined program"),
  /** A program with that id is already defined with a different policy. */
  PROGRAM_ALREADY_DEFINED("LEDGER", "a program's policy never changes"),
  /** No account with that id has ever been posted to. */
  UNKNOWN_ACCOUNT("LEDGER", "queries must name an existing account"),
  /** The manufacturer has never been granted points in the program. */
  UNKNOWN_MANUFACTURER("LEDGER", "points are spent by manufacturers that were granted them"),
  /** No contract with that id exists in the program. */
  UNKNOWN_CONTRACT("LEDGER", "commands must name an existing contract"),
  /** No claim with that id exists in the program. */
  UNKNOWN_CLAIM("LEDGER", "commands must name an existing claim"),
  /** No entry with that id exists. */
  UNKNOWN_ENTRY("LEDGER", "a reversal must name an existing entry"),
  /** A contract id is already in use in the program. */
  CONTRACT_ALREADY_EXISTS("LEDGER", "a contract id names one contract"),
  /** A claim id is already in use in the program. */
  CLAIM_ALREADY_EXISTS("LEDGER", "a claim id names one claim"),
  /** A date of the command (or today) lies outside the supported dates, 1900-01-01 .. 9999-12-31. */
  DATE_OUT_OF_RANGE("LEDGER", "dates lie within 1900-01-01 .. 9999-12-31"),
  /** A price or market price above the policy's highest price, or a term above 1,200 months. */
  AMOUNT_ABOVE_LIMIT("POLICY", "prices are at most the policy's maxPrice, terms 1,200 months"),
  /** A sequence number for an as-of query lies beyond the ledger's last entry. */
  SEQUENCE_OUT_OF_RANGE("LEDGER", "as-of queries name an existing entry sequence number"),

  // --- demand side: manufacturers and grants -----------------------------------------------
  /** Paid-in capital above the limit and more regular employees than the limit. */
  INELIGIBLE_MANUFACTURER_SIZE("R-D1", "paid-in capital <= NTD 100,000,000 or employees <= 200"),
  /** Neither a factory registration certificate nor a registered exemption. */
  INELIGIBLE_NO_FACTORY_REGISTRATION("R-D1", "a factory registration or a registered exemption"),
  /** The manufacturer used points of the previous year's program. */
  INELIGIBLE_PRIOR_YEAR_USE("R-D3", "no use of the previous year's digital points"),
  /** The application date lies outside the program's application window. */
  APPLICATION_WINDOW_CLOSED("R-D4", "applications are accepted within the window"),
  /** The application names no document (registration step 2 not done). */
  MISSING_APPLICATION_DOCUMENTS("R-D5", "an application carries its documents"),
  /** The grant would take the manufacturer past the program's cap. */
  CAP_EXCEEDED("R-D2", "at most 200,000 points per manufacturer in a program"),

  // --- using points ------------------------------------------------------------------------
  /** Points asked for exceed floor(price / 2). */
  MORE_THAN_HALF_OF_PRICE("R-P1", "points pay at most half of the price"),
  /** Points asked for exceed the manufacturer's unused (available) points. */
  INSUFFICIENT_POINTS("R-P1", "points spent never exceed the manufacturer's unused points"),
  /** The price is above the solution's market price. */
  PRICE_ABOVE_MARKET("R-V3", "a price must not exceed the market price"),
  /** The contract's service lasts less than the minimum term. */
  TERM_TOO_SHORT("R-V4", "a solution's service lasts at least 3 months"),
  /** The service starts more days before the purchase than the policy allows (0 in 2022). */
  SERVICE_STARTS_BEFORE_PURCHASE("POLICY", "a contract's service starts on or after its purchase"),
  /** The service starts before the program's first day. */
  SERVICE_STARTS_BEFORE_PROGRAM("POLICY", "a contract's service starts within the program"),
  /** The service starts before the solution's listing was announced. */
  SERVICE_STARTS_BEFORE_LISTING("R-V5", "a listing is valid from its announcement"),
  /** A purchase dated after the program's end, or before its start. */
  OUTSIDE_PROGRAM_PERIOD("POLICY", "points are reserved while the program runs"),
  /** The contract is cancelled, closed or reversed. */
  CONTRACT_NOT_ACTIVE("POLICY", "only an active contract can be cancelled or claimed"),
  /** The contract's service has ended; it can no longer be cancelled. */
  CONTRACT_ALREADY_ENDED("POLICY", "a contract is cancelled before it ends"),
  /** The contract has a claim under review. */
  CLAIM_PENDING("R-P3", "one claim at a time per contract"),

  // --- claims ------------------------------------------------------------------------------
  /** The claim was filed on or before the contract's last day of service. */
  CONTRACT_NOT_ENDED("R-P3", "claims are filed after the contract period ends"),
  /** The claim was filed by a vendor other than the contract's. */
  NOT_CONTRACT_VENDOR("R-P3", "only the contract's vendor may claim"),
  /** The claim asks for more points than are reserved on the contract. */
  CLAIM_EXCEEDS_RESERVED("R-P3", "a claim is for at most what is reserved"),
  /** The claim carries no document reference. */
  MISSING_CLAIM_DOCUMENTS("R-P4", "a claim carries references to its documents"),
  /** The claim is not waiting for review (already approved, rejected or settled). */
  CLAIM_NOT_PENDING("R-P3", "only a pending claim can be approved or rejected"),
  /** A settlement names a claim that is not approved (or already settled). */
  CLAIM_NOT_APPROVED("R-P3", "only approved claims are paid"),
  /** A settlement names a claim of another vendor. */
  NOT_CLAIM_VENDOR("R-P3", "a payout pays one vendor's claims"),

  // --- supply side: vendors and solutions --------------------------------------------------
  /** None of the vendor's registered business items is one the program requires. */
  INELIGIBLE_VENDOR_BUSINESS_ITEM("R-V1", "one of I301010, I301020, I301030 registered"),
  /** The vendor's paid-in capital is below the minimum. */
  INELIGIBLE_VENDOR_CAPITAL("R-V1", "paid-in capital >= NTD 1,000,000"),
  /** The vendor is PRC-invested. */
  INELIGIBLE_VENDOR_PRC_INVESTED("R-V1", "not PRC-invested"),
  /** The vendor is a Taiwan branch of a foreign company. */
  INELIGIBLE_VENDOR_FOREIGN_BRANCH("R-V1", "not a Taiwan branch of a foreign company"),
  /** The vendor has no proven sales of the solution. */
  INELIGIBLE_VENDOR_NO_PROVEN_SALES("R-V1", "proven sales of the solution"),
  /** The vendor has a violation or suspension in government programs. */
  INELIGIBLE_VENDOR_VIOLATION("R-V1", "no violation or suspension in government programs"),
  /** The vendor owes tax. */
  INELIGIBLE_VENDOR_UNPAID_TAX("R-V1", "no unpaid tax"),
  /** The vendor has breached the law. */
  INELIGIBLE_VENDOR_LAW_BREACH("R-V1", "no breach of law"),
  /** The vendor is already registered in the program. */
  VENDOR_ALREADY_REGISTERED("LEDGER", "a vendor registers once per program"),
  /** The vendor is not registered in the program. */
  UNKNOWN_VENDOR("LEDGER", "solutions belong to registered vendors"),
  /** No solution with that id exists in the program. */
  UNKNOWN_SOLUTION("LEDGER", "commands must name an existing solution"),
  /** A solution id is already in use in the program. */
  SOLUTION_ALREADY_EXISTS("LEDGER", "a solution id names one solution"),
  /** The solution was submitted after the application deadline. */
  SOLUTION_APPLICATION_CLOSED("R-V5", "solutions are submitted until 2022-08-20"),
  /** The review may not move from the solution's status to the one asked for. */
  ILLEGAL_REVIEW_TRANSITION("R-V6", "reviews follow submitted, qualification, technical, approved,"
      + " listed"),
  /** A request to supplement documents names no deadline in the future. */
  SUPPLEMENT_DEADLINE_REQUIRED("R-V6", "a request to supplement names a deadline"),
  /** The supplement came after its deadline: the solution counts as rejected. */
  SUPPLEMENT_DEADLINE_PASSED("R-V6", "a lapsed supplement deadline means rejected"),
  /** A technical review's approval names too few or too many reviewers. */
  REVIEW_PANEL_SIZE("R-V6", "technical review by a meeting of 2-3 reviewers"),
  /** The solution is not listed (not yet announced, rejected or withdrawn). */
  SOLUTION_NOT_LISTED("R-V5", "only a listed solution is bought with points"),
  /** The day lies outside the solution's listing, from its announcement to its end. */
  OUTSIDE_LISTING_PERIOD("R-V5", "a listing is valid from its announcement to 2022-12-31"),
  /** The contract's price is above the solution's listed price. */
  PRICE_ABOVE_LISTED("R-V3", "a purchase is at most the listed price"),
  /** A carry-over names a program other than the previous year's, or an unlisted solution. */
  CARRY_OVER_NOT_ALLOWED("R-V5", "only the previous year's listed solutions carry over"),

  // --- program end and corrections ---------------------------------------------------------
  /** Points lapse only after the program's end. */
  PROGRAM_NOT_ENDED("POLICY", "unused points lapse at the program's end"),
  /** The manufacturer has no unused points to lapse. */
  NOTHING_TO_LAPSE("POLICY", "a lapse moves unused points"),
  /** The entry's type cannot be reversed (use its counter-command instead). */
  ENTRY_NOT_REVERSIBLE("LEDGER", "only grants, reservations, settlements and lapses reverse"),
  /** The entry has already been reversed. */
  ALREADY_REVERSED("LEDGER", "an entry is reversed at most once"),
  /** Reversing the entry would take a bounded account below zero. */
  REVERSAL_NOT_COVERED("LEDGER", "a reversal never takes a balance below zero");

  private final String rule;
  private final String ruleText;

  RejectionCode(String rule, String ruleText) {
    this.rule = rule;
    this.ruleText = ruleText;
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
   * The rule in a few words.
   *
   * @return the rule's short statement
   */
  public String ruleText() {
    return ruleText;
  }
}
