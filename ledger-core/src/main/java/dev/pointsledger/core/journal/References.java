package dev.pointsledger.core.journal;

/**
 * The keys of an entry's references: what the entry is about, beyond its postings. Values are
 * ids or free text; document references are numbered {@code document.1}, {@code document.2}, ...
 */
public final class References {
  /** The manufacturer concerned. */
  public static final String MANUFACTURER = "manufacturer";
  /** The day a manufacturer applied (R-D4). */
  public static final String APPLIED_ON = "appliedOn";
  /** A manufacturer's declared paid-in capital in NTD, kept on its grant as evidence (R-D1). */
  public static final String PAID_IN_CAPITAL = "paidInCapital";
  /** A manufacturer's declared regular employees, kept on its grant as evidence (R-D1). */
  public static final String EMPLOYEES = "employees";
  /** A manufacturer's declared factory registration, kept on its grant as evidence (R-D1). */
  public static final String FACTORY_REGISTRATION = "factoryRegistration";
  /** Whether a manufacturer declared prior-year use, kept on its grant as evidence (R-D3). */
  public static final String DECLARED_PRIOR_YEAR_USE = "declaredPriorYearUse";
  /** The vendor concerned. */
  public static final String VENDOR = "vendor";
  /** The contract concerned. */
  public static final String CONTRACT = "contract";
  /** The claim concerned. */
  public static final String CLAIM = "claim";
  /** The prefix of the numbered claims a settlement pays ({@code settles.1}, ...). */
  public static final String SETTLES_PREFIX = "settles.";
  /** The payout's reference (a bank transfer id). */
  public static final String PAYOUT = "payout";
  /** The entry a reversal reverses. */
  public static final String REVERSES = "reverses";
  /** Why: a reversal's or rejection's reason. */
  public static final String REASON = "reason";
  /** The solution concerned. */
  public static final String SOLUTION = "solution";
  /** The solution's category (R-V2). */
  public static final String CATEGORY = "category";
  /** The status a review step moved to (R-V6). */
  public static final String STATUS = "status";
  /** Who made a registry decision. */
  public static final String ACTOR = "actor";
  /** The supplement deadline of a review step. */
  public static final String DEADLINE = "deadline";
  /** The prefix of the numbered reviewers of a technical review ({@code reviewer.1}, ...). */
  public static final String REVIEWER_PREFIX = "reviewer.";
  /** The program a carried-over solution comes from. */
  public static final String FROM_PROGRAM = "fromProgram";
  /** The prefix of numbered document references ({@code kind:number}). */
  public static final String DOCUMENT_PREFIX = "document.";

  private References() {}

  /**
   * The key of the n-th document reference.
   *
   * @param n 1-based position
   * @return the key, such as {@code document.1}
   */
  public static String document(int n) {
    return DOCUMENT_PREFIX + n;
  }

  /**
   * The key of the n-th claim a settlement pays.
   *
   * @param n 1-based position
   * @return the key, such as {@code settles.1}
   */
  public static String settles(int n) {
    return SETTLES_PREFIX + n;
  }
}
