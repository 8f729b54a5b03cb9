package dev.pointsledger.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.RegistryForms;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of one year's program. Dates are calendar dates in Asia/Taipei and windows are
 * inclusive at both ends.
 *
 * @param grantCap the most points one manufacturer may be granted in the program (R-D2), at most
 *     {@link #MAX_GRANT_CAP}
 * @param pointsSharePercent the largest share of a price points may pay, in percent (R-P1);
 *     points cover {@code floor(price * share / 100)}
 * @param minimumTermMonths the shortest service a solution may be sold for, in months (R-V4)
 * @param programStart the first day points can be granted or reserved
 * @param programEnd the last day points can be reserved; unused points lapse after it
 * @param grantApplicationsFrom the first day a manufacturer may apply for points (R-D4)
 * @param grantApplicationsUntil the last day a manufacturer may apply for points (R-D4)
 * @param solutionApplicationsUntil the last day a vendor may submit a solution (R-V5)
 * @param listingValidUntil the last day a listed solution is valid (R-V5)
 * @param maxManufacturerPaidInCapital the largest paid-in capital of an eligible manufacturer,
 *     in NTD (R-D1, either this or the employee limit)
 * @param maxManufacturerEmployees the most regular employees of an eligible manufacturer (R-D1)
 * @param minVendorPaidInCapital the smallest paid-in capital of an eligible vendor, in NTD (R-V1)
 * @param vendorBusinessItems the registered business items of which a vendor needs one (R-V1),
 *     kept sorted so that messages naming them read the same from every store
 * @param minReviewers the fewest reviewers of a technical review meeting (R-V6)
 * @param maxReviewers the most reviewers of a technical review meeting (R-V6)
 * @param previousProgram the previous year's program, whose users are excluded (R-D3), if any
 * @param serviceBackdatingDays how many days before the day of purchase a contract's service may
 *     start (an open point: 0 in 2022, the service starts on or after the purchase), at most
 *     {@link #MAX_SERVICE_BACKDATING_DAYS}
 * @param maxPrice the highest price (and market price) in NTD a solution may be listed at or a
 *     contract bought for, in 1 .. {@link #MAX_PRICE}; it bounds every amount, so no total a query
 *     or report computes can overflow (see {@link #MAX_PRICE})
 * @param requireValidBusinessNumbers whether every vendor and manufacturer id must be a valid
 *     Unified Business Number (統一編號, checked by {@link
 *     dev.pointsledger.core.id.UnifiedBusinessNumbers}); an invalid one is refused {@code
 *     INVALID_BUSINESS_NUMBER} when the vendor registers or the manufacturer is granted points.
 *     The 2022 preset requires them
 */
public record ProgramPolicy(
    long grantCap,
    int pointsSharePercent,
    int minimumTermMonths,
    LocalDate programStart,
    LocalDate programEnd,
    LocalDate grantApplicationsFrom,
    LocalDate grantApplicationsUntil,
    LocalDate solutionApplicationsUntil,
    LocalDate listingValidUntil,
    long maxManufacturerPaidInCapital,
    int maxManufacturerEmployees,
    long minVendorPaidInCapital,
    Set<String> vendorBusinessItems,
    int minReviewers,
    int maxReviewers,
    Optional<ProgramId> previousProgram,
    int serviceBackdatingDays,
    long maxPrice,
    boolean requireValidBusinessNumbers) {

  /**
   * The largest grant cap a policy may set: 10^12 points (NTD 1,000,000,000,000 per
   * manufacturer). It keeps every balance within 64 bits without the ledger ever reading the
   * program's pool: the pool holds minus the points outstanding, at most the cap times the number
   * of manufacturers, which stays below {@link Long#MAX_VALUE} for up to 9,223,372 manufacturers
   * granted this cap (and for 4.6 * 10^13 manufacturers at the 2022 cap of 200,000).
   */
  public static final long MAX_GRANT_CAP = 1_000_000_000_000L;

  /**
   * The highest {@link #maxPrice()} a policy may set: NTD 4,000,000,000. Every amount a query or
   * report adds up (a contract's price, points and own part, a claim's points, a per-contract
   * balance) is at most its contract's price, and it adds up at most one such amount per record
   * or account it reads; a store hands back
   * records in a {@link java.util.List}, which holds fewer than 2^31 elements. So every total is
   * below 4 * 10^9 * 2^31 = 8.6 * 10^18, within {@link Long#MAX_VALUE} (9.2 * 10^18): totals are
   * exact and never overflow.
   */
  public static final long MAX_PRICE = 4_000_000_000L;

  /** The longest term of months a policy or a solution may set: 1,200 months (100 years). */
  public static final int MAX_TERM_MONTHS = 1_200;

  /** The most days a policy may let a service start before its purchase: 3,660 (ten years). */
  public static final int MAX_SERVICE_BACKDATING_DAYS = 3_660;

  /**
   * Checks that every setting is present and consistent.
   *
   * @param grantCap the most points one manufacturer may be granted in the program (R-D2), at most
   *     {@link #MAX_GRANT_CAP}
   * @param pointsSharePercent the largest share of a price points may pay, in percent (R-P1);
   *     points cover {@code floor(price * share / 100)}
   * @param minimumTermMonths the shortest service a solution may be sold for, in months (R-V4)
   * @param programStart the first day points can be granted or reserved
   * @param programEnd the last day points can be reserved; unused points lapse after it
   * @param grantApplicationsFrom the first day a manufacturer may apply for points (R-D4)
   * @param grantApplicationsUntil the last day a manufacturer may apply for points (R-D4)
   * @param solutionApplicationsUntil the last day a vendor may submit a solution (R-V5)
   * @param listingValidUntil the last day a listed solution is valid (R-V5)
   * @param maxManufacturerPaidInCapital the largest paid-in capital of an eligible manufacturer, in
   *     NTD (R-D1, either this or the employee limit)
   * @param maxManufacturerEmployees the most regular employees of an eligible manufacturer (R-D1)
   * @param minVendorPaidInCapital the smallest paid-in capital of an eligible vendor, in NTD (R-V1)
   * @param vendorBusinessItems the registered business items of which a vendor needs one (R-V1),
   *     kept sorted so that messages naming them read the same from every store
   * @param minReviewers the fewest reviewers of a technical review meeting (R-V6)
   * @param maxReviewers the most reviewers of a technical review meeting (R-V6)
   * @param previousProgram the previous year's program, whose users are excluded (R-D3), if any
   * @param serviceBackdatingDays how many days before the day of purchase a contract's service may
   *     start (an open point: 0 in 2022, the service starts on or after the purchase), at most
   *     {@link #MAX_SERVICE_BACKDATING_DAYS}
   * @param maxPrice the highest price (and market price) in NTD a solution may be listed at or a
   *     contract bought for, in 1 .. {@link #MAX_PRICE}; it bounds every amount, so no total a
   *     query or report computes can overflow (see {@link #MAX_PRICE})
   * @param requireValidBusinessNumbers whether every vendor and manufacturer id must be a valid
   *     Unified Business Number
   * @throws NullPointerException if a setting is missing
   * @throws IllegalArgumentException if a figure is out of range or dates are out of order
   */
  public ProgramPolicy {
    checkArgument(
        grantCap > 0 && grantCap <= MAX_GRANT_CAP,
        "grantCap must be in 1..%s: %s",
        MAX_GRANT_CAP,
        grantCap);
    checkArgument(
        pointsSharePercent > 0 && pointsSharePercent <= 100,
        "pointsSharePercent must be in 1..100: %s",
        pointsSharePercent);
    checkArgument(
        minimumTermMonths >= 0 && minimumTermMonths <= MAX_TERM_MONTHS,
        "minimumTermMonths must be in 0..%s: %s",
        MAX_TERM_MONTHS,
        minimumTermMonths);
    checkSupported(programStart, "programStart");
    checkSupported(programEnd, "programEnd");
    checkSupported(grantApplicationsFrom, "grantApplicationsFrom");
    checkSupported(grantApplicationsUntil, "grantApplicationsUntil");
    checkSupported(solutionApplicationsUntil, "solutionApplicationsUntil");
    checkSupported(listingValidUntil, "listingValidUntil");
    checkArgument(!programEnd.isBefore(programStart), "programEnd is before programStart");
    checkArgument(
        !grantApplicationsUntil.isBefore(grantApplicationsFrom),
        "grantApplicationsUntil is before grantApplicationsFrom");
    checkArgument(
        !solutionApplicationsUntil.isBefore(programStart),
        "solutionApplicationsUntil is before programStart");
    checkArgument(
        !listingValidUntil.isBefore(programStart), "listingValidUntil is before programStart");
    checkArgument(maxManufacturerPaidInCapital >= 0, "maxManufacturerPaidInCapital must be >= 0");
    checkArgument(maxManufacturerEmployees >= 0, "maxManufacturerEmployees must be >= 0");
    checkArgument(minVendorPaidInCapital >= 0, "minVendorPaidInCapital must be >= 0");
    vendorBusinessItems = ImmutableSortedSet.copyOf(vendorBusinessItems);
    vendorBusinessItems.forEach(
        item ->
            checkArgument(
                RegistryForms.isBusinessItemCode(Texts.check(item, "vendor business item")),
                "a vendor business item is a business item code, a capital letter and six digits"
                    + " such as I301010: %s",
                item));
    checkArgument(
        minReviewers >= 1 && maxReviewers >= minReviewers,
        "reviewers must be 1 <= min <= max: %s..%s",
        minReviewers,
        maxReviewers);
    requireNonNull(previousProgram, "previousProgram");
    checkArgument(
        serviceBackdatingDays >= 0 && serviceBackdatingDays <= MAX_SERVICE_BACKDATING_DAYS,
        "serviceBackdatingDays must be in 0..%s: %s",
        MAX_SERVICE_BACKDATING_DAYS,
        serviceBackdatingDays);
    checkArgument(
        maxPrice > 0 && maxPrice <= MAX_PRICE,
        "maxPrice must be in 1..%s: %s",
        MAX_PRICE,
        maxPrice);
  }

  private static void checkSupported(LocalDate day, String name) {
    requireNonNull(day, name);
    checkArgument(
        SupportedDates.contains(day),
        "%s must lie within %s .. %s: %s",
        name,
        SupportedDates.FIRST,
        SupportedDates.LAST,
        day);
  }

  /**
   * The most points that may pay for a purchase at this price: {@code floor(price * share /
   * 100)}, computed without overflow for every non-negative price (R-P1).
   *
   * @param price the purchase price in NTD, not negative
   * @return the largest points share of that price
   * @throws IllegalArgumentException if the price is negative
   */
  public long maxPointsFor(long price) {
    checkArgument(price >= 0, "price must not be negative: %s", price);
    return price / 100 * pointsSharePercent + price % 100 * pointsSharePercent / 100;
  }

  /**
   * The last day of service of the shortest allowed contract starting on a day (R-V4): the longer
   * of the policy's minimum term and the solution's, counted as the Civil Code counts a period of
   * months (article 121): it ends on the day before the same day of the last month, and when that
   * month has no such day, on that month's last day. Three months from 2022-06-01 end 2022-08-31,
   * from 2022-08-31 end 2022-11-30, from 2022-11-30 end 2023-02-28.
   *
   * @param start the first day of service, a {@linkplain SupportedDates supported} date
   * @param solutionTermMonths the solution's own minimum term in months, at most {@link
   *     #MAX_TERM_MONTHS}
   * @return the earliest allowed last day of service
   * @throws IllegalArgumentException if the start is not a supported date or the term is above
   *     {@link #MAX_TERM_MONTHS}
   */
  public LocalDate earliestEndFor(LocalDate start, int solutionTermMonths) {
    checkSupported(start, "start");
    checkArgument(
        solutionTermMonths <= MAX_TERM_MONTHS,
        "solutionTermMonths must be at most %s: %s",
        MAX_TERM_MONTHS,
        solutionTermMonths);
    return endOfMonths(start, Math.max(minimumTermMonths, solutionTermMonths));
  }

  /** Civil Code article 121: the day before the same day {@code months} later, or that month's last day. */
  private static LocalDate endOfMonths(LocalDate start, int months) {
    LocalDate sameDay = start.plusMonths(months);
    return sameDay.getDayOfMonth() == start.getDayOfMonth() ? sameDay.minusDays(1) : sameDay;
  }

  /**
   * Adds every setting to a digest, in the order of the components; the business items sorted,
   * each preceded by their count; an absent previous program as a null string; the flag {@code
   * requireValidBusinessNumbers} as one byte, last.
   *
   * @param d the digest
   */
  public void describeTo(CanonicalDigest d) {
    d.add(grantCap)
        .add(pointsSharePercent)
        .add(minimumTermMonths)
        .add(programStart)
        .add(programEnd)
        .add(grantApplicationsFrom)
        .add(grantApplicationsUntil)
        .add(solutionApplicationsUntil)
        .add(listingValidUntil)
        .add(maxManufacturerPaidInCapital)
        .add(maxManufacturerEmployees)
        .add(minVendorPaidInCapital)
        .add(vendorBusinessItems.size());
    for (String item : ImmutableSortedSet.copyOf(vendorBusinessItems)) {
      d.add(item);
    }
    d.add(minReviewers).add(maxReviewers).add(previousProgram.map(ProgramId::value).orElse(null));
    d.add(serviceBackdatingDays).add(maxPrice).add(requireValidBusinessNumbers);
  }

  /**
   * A builder starting from this policy, to derive a later year's program.
   *
   * @return a builder holding every setting of this policy
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A builder starting from the 2022 Industrial Pavilion policy.
   *
   * @return a builder holding the 2022 settings
   */
  public static Builder builder() {
    return ProgramPresets.industrialPavilion2022Policy().toBuilder();
  }

  /**
   * Changes settings one at a time: every setting has a setter named after it, and the settings
   * checked as a pair also have a setter for the pair ({@link #programPeriod}, {@link
   * #grantApplicationWindow}, {@link #reviewPanel}, {@link #vendorQualification}); {@link #build()}
   * validates them together. A builder starts from a complete policy ({@link ProgramPolicy#builder()}
   * from the 2022 preset, {@link ProgramPolicy#toBuilder()} from any), so no setting is ever unset.
   */
  public static final class Builder {
    private long grantCap;
    private int pointsSharePercent;
    private int minimumTermMonths;
    private LocalDate programStart;
    private LocalDate programEnd;
    private LocalDate grantApplicationsFrom;
    private LocalDate grantApplicationsUntil;
    private LocalDate solutionApplicationsUntil;
    private LocalDate listingValidUntil;
    private long maxManufacturerPaidInCapital;
    private int maxManufacturerEmployees;
    private long minVendorPaidInCapital;
    private Set<String> vendorBusinessItems;
    private int minReviewers;
    private int maxReviewers;
    private Optional<ProgramId> previousProgram;
    private int serviceBackdatingDays;
    private long maxPrice;
    private boolean requireValidBusinessNumbers;

    private Builder(ProgramPolicy p) {
      grantCap = p.grantCap;
      pointsSharePercent = p.pointsSharePercent;
      minimumTermMonths = p.minimumTermMonths;
      programStart = p.programStart;
      programEnd = p.programEnd;
      grantApplicationsFrom = p.grantApplicationsFrom;
      grantApplicationsUntil = p.grantApplicationsUntil;
      solutionApplicationsUntil = p.solutionApplicationsUntil;
      listingValidUntil = p.listingValidUntil;
      maxManufacturerPaidInCapital = p.maxManufacturerPaidInCapital;
      maxManufacturerEmployees = p.maxManufacturerEmployees;
      minVendorPaidInCapital = p.minVendorPaidInCapital;
      vendorBusinessItems = p.vendorBusinessItems;
      minReviewers = p.minReviewers;
      maxReviewers = p.maxReviewers;
      previousProgram = p.previousProgram;
      serviceBackdatingDays = p.serviceBackdatingDays;
      maxPrice = p.maxPrice;
      requireValidBusinessNumbers = p.requireValidBusinessNumbers;
    }

    /**
     * Sets the grant cap per manufacturer (R-D2).
     *
     * @param value points
     * @return this builder
     */
    public Builder grantCap(long value) {
      grantCap = value;
      return this;
    }

    /**
     * Sets the largest share of a price points may pay (R-P1).
     *
     * @param value percent, 1..100
     * @return this builder
     */
    public Builder pointsSharePercent(int value) {
      pointsSharePercent = value;
      return this;
    }

    /**
     * Sets the minimum term of a contract (R-V4).
     *
     * @param value months
     * @return this builder
     */
    public Builder minimumTermMonths(int value) {
      minimumTermMonths = value;
      return this;
    }

    /**
     * Sets the program's period: points are granted and reserved within it, lapse after it.
     *
     * @param start first day
     * @param end last day
     * @return this builder
     */
    public Builder programPeriod(LocalDate start, LocalDate end) {
      programStart = start;
      programEnd = end;
      return this;
    }

    /**
     * Sets the window for manufacturers' applications (R-D4).
     *
     * @param from first day
     * @param until last day
     * @return this builder
     */
    public Builder grantApplicationWindow(LocalDate from, LocalDate until) {
      grantApplicationsFrom = from;
      grantApplicationsUntil = until;
      return this;
    }

    /**
     * Sets the last day for vendors' solution applications (R-V5).
     *
     * @param until last day
     * @return this builder
     */
    public Builder solutionApplicationsUntil(LocalDate until) {
      solutionApplicationsUntil = until;
      return this;
    }

    /**
     * Sets the last day a listing is valid (R-V5).
     *
     * @param until last day
     * @return this builder
     */
    public Builder listingValidUntil(LocalDate until) {
      listingValidUntil = until;
      return this;
    }

    /**
     * Sets the program's first day; see {@link #programPeriod}.
     *
     * @param value first day
     * @return this builder
     */
    public Builder programStart(LocalDate value) {
      programStart = value;
      return this;
    }

    /**
     * Sets the program's last day: unused points lapse after it.
     *
     * @param value last day
     * @return this builder
     */
    public Builder programEnd(LocalDate value) {
      programEnd = value;
      return this;
    }

    /**
     * Sets the first day of manufacturers' applications (R-D4).
     *
     * @param value first day
     * @return this builder
     */
    public Builder grantApplicationsFrom(LocalDate value) {
      grantApplicationsFrom = value;
      return this;
    }

    /**
     * Sets the last day of manufacturers' applications (R-D4).
     *
     * @param value last day
     * @return this builder
     */
    public Builder grantApplicationsUntil(LocalDate value) {
      grantApplicationsUntil = value;
      return this;
    }

    /**
     * Sets the highest paid-in capital of an eligible manufacturer (R-D1); a manufacturer within
     * this or {@link #maxManufacturerEmployees} is eligible.
     *
     * @param value NTD
     * @return this builder
     */
    public Builder maxManufacturerPaidInCapital(long value) {
      maxManufacturerPaidInCapital = value;
      return this;
    }

    /**
     * Sets the most regular employees of an eligible manufacturer (R-D1); a manufacturer within
     * this or {@link #maxManufacturerPaidInCapital} is eligible.
     *
     * @param value regular employees
     * @return this builder
     */
    public Builder maxManufacturerEmployees(int value) {
      maxManufacturerEmployees = value;
      return this;
    }

    /**
     * Sets the lowest paid-in capital of an eligible vendor (R-V1).
     *
     * @param value NTD
     * @return this builder
     */
    public Builder minVendorPaidInCapital(long value) {
      minVendorPaidInCapital = value;
      return this;
    }

    /**
     * Sets the registered business items of which an eligible vendor has at least one (R-V1).
     *
     * @param value the business items
     * @return this builder
     */
    public Builder vendorBusinessItems(Set<String> value) {
      vendorBusinessItems = value;
      return this;
    }

    /**
     * Sets the fewest reviewers of a technical review meeting (R-V6).
     *
     * @param value reviewers
     * @return this builder
     */
    public Builder minReviewers(int value) {
      minReviewers = value;
      return this;
    }

    /**
     * Sets the most reviewers of a technical review meeting (R-V6).
     *
     * @param value reviewers
     * @return this builder
     */
    public Builder maxReviewers(int value) {
      maxReviewers = value;
      return this;
    }

    /**
     * Names the previous year's program whose users are excluded (R-D3).
     *
     * @param value the program
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder previousProgram(ProgramId value) {
      previousProgram = Optional.of(value);
      return this;
    }

    /**
     * Says there is no previous year's program to exclude users of (R-D3 then rests on the
     * manufacturer's declaration alone).
     *
     * @return this builder
     */
    public Builder noPreviousProgram() {
      previousProgram = Optional.empty();
      return this;
    }

    /**
     * Sets the vendor's qualification (R-V1).
     *
     * @param minPaidInCapital NTD
     * @param businessItems registered business items of which one is required
     * @return this builder
     */
    public Builder vendorQualification(long minPaidInCapital, Set<String> businessItems) {
      minVendorPaidInCapital = minPaidInCapital;
      vendorBusinessItems = businessItems;
      return this;
    }

    /**
     * Sets the size of a technical review meeting (R-V6).
     *
     * @param min fewest reviewers
     * @param max most reviewers
     * @return this builder
     */
    public Builder reviewPanel(int min, int max) {
      minReviewers = min;
      maxReviewers = max;
      return this;
    }

    /**
     * Names the previous year's program whose users are excluded (R-D3).
     *
     * @param value the program, or empty for none
     * @return this builder
     */
    public Builder previousProgram(Optional<ProgramId> value) {
      previousProgram = value;
      return this;
    }

    /**
     * Sets how many days before the day of purchase a contract's service may start (an open
     * point; 0 means on or after the purchase).
     *
     * @param value days, 0 .. {@link ProgramPolicy#MAX_SERVICE_BACKDATING_DAYS}
     * @return this builder
     */
    public Builder serviceBackdatingDays(int value) {
      serviceBackdatingDays = value;
      return this;
    }

    /**
     * Sets the highest price (and market price) a solution is listed at or a contract bought for.
     *
     * @param value NTD, 1 .. {@link ProgramPolicy#MAX_PRICE}
     * @return this builder
     */
    public Builder maxPrice(long value) {
      maxPrice = value;
      return this;
    }

    /**
     * Sets whether every vendor and manufacturer id must be a valid Unified Business Number
     * (統一編號); the 2022 preset requires them.
     *
     * @param value true to refuse an invalid one {@code INVALID_BUSINESS_NUMBER}
     * @return this builder
     */
    public Builder requireValidBusinessNumbers(boolean value) {
      requireValidBusinessNumbers = value;
      return this;
    }

    /**
     * Validates the settings together.
     *
     * @return the policy
     * @throws IllegalArgumentException if a figure is out of range or dates are out of order
     */
    public ProgramPolicy build() {
      return new ProgramPolicy(
          grantCap,
          pointsSharePercent,
          minimumTermMonths,
          programStart,
          programEnd,
          grantApplicationsFrom,
          grantApplicationsUntil,
          solutionApplicationsUntil,
          listingValidUntil,
          maxManufacturerPaidInCapital,
          maxManufacturerEmployees,
          minVendorPaidInCapital,
          vendorBusinessItems,
          minReviewers,
          maxReviewers,
          previousProgram,
          serviceBackdatingDays,
          maxPrice,
          requireValidBusinessNumbers);
    }
  }
}
