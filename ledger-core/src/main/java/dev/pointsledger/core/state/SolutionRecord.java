package dev.pointsledger.core.state;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.ReviewStep;
import dev.pointsledger.core.supply.SolutionCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's cloud solution: what it is, its price, and its review history with the listing it
 * led to.
 *
 * @param program the program
 * @param id the solution's id
 * @param vendor the vendor that sells it
 * @param name its name, for reports
 * @param category one of the ten categories (R-V2)
 * @param price the vendor's price in NTD, at most the market price (R-V3)
 * @param marketPrice the market price in NTD
 * @param minimumTermMonths the shortest service it is sold for, at least the policy's (R-V4)
 * @param status where its review stands (R-V6)
 * @param supplementDeadline the deadline of an open request to supplement documents
 * @param listedOn the day it was announced, once listed
 * @param listedUntil the last day its listing is valid, once listed (R-V5)
 * @param carriedOverFrom the previous year's program it was carried over from, if it was (R-V5)
 * @param history every review step, oldest first
 */
public record SolutionRecord(
    ProgramId program,
    SolutionId id,
    VendorId vendor,
    String name,
    SolutionCategory category,
    long price,
    long marketPrice,
    int minimumTermMonths,
    ReviewStatus status,
    Optional<LocalDate> supplementDeadline,
    Optional<LocalDate> listedOn,
    Optional<LocalDate> listedUntil,
    Optional<ProgramId> carriedOverFrom,
    List<ReviewStep> history)
    implements LedgerRecord {

  /**
   * Checks the parts and that a listing has both its dates.
   *
   * @param program the program
   * @param id the solution's id
   * @param vendor the vendor that sells it
   * @param name its name, for reports
   * @param category one of the ten categories (R-V2)
   * @param price the vendor's price in NTD, at most the market price (R-V3)
   * @param marketPrice the market price in NTD
   * @param minimumTermMonths the shortest service it is sold for, at least the policy's (R-V4)
   * @param status where its review stands (R-V6)
   * @param supplementDeadline the deadline of an open request to supplement documents
   * @param listedOn the day it was announced, once listed
   * @param listedUntil the last day its listing is valid, once listed (R-V5)
   * @param carriedOverFrom the previous year's program it was carried over from, if it was (R-V5)
   * @param history every review step, oldest first
   */
  public SolutionRecord {
    requireNonNull(program, "program");
    requireNonNull(id, "id");
    requireNonNull(vendor, "vendor");
    requireNonNull(name, "name");
    requireNonNull(category, "category");
    requireNonNull(status, "status");
    requireNonNull(supplementDeadline, "supplementDeadline");
    requireNonNull(listedOn, "listedOn");
    requireNonNull(listedUntil, "listedUntil");
    requireNonNull(carriedOverFrom, "carriedOverFrom");
    history = ImmutableList.copyOf(history);
    checkArgument(listedOn.isPresent() == listedUntil.isPresent(), "a listing has two dates");
  }

  @Override
  public RecordKey key() {
    return RecordKey.solution(program, id);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(id.value())
        .add(vendor.value())
        .add(name)
        .add(category.tag())
        .add(price)
        .add(marketPrice)
        .add(minimumTermMonths)
        .add(status.tag())
        .add(supplementDeadline.orElse(null))
        .add(listedOn.orElse(null))
        .add(listedUntil.orElse(null))
        .add(carriedOverFrom.map(ProgramId::value).orElse(null))
        .add(history.size());
    for (ReviewStep step : history) {
      d.add(step.status().tag())
          .add(step.actor())
          .add(step.on())
          .add(step.note())
          .add(step.entry().value());
    }
  }

  /**
   * The status as of a day: a request to supplement whose deadline has passed counts as
   * rejected (R-V6) even before anyone records the rejection.
   *
   * @param day the business day
   * @return the effective status
   */
  public ReviewStatus statusOn(LocalDate day) {
    if (status == ReviewStatus.SUPPLEMENT_REQUESTED
        && supplementDeadline.map(day::isAfter).orElse(false)) {
      return ReviewStatus.REJECTED;
    }
    return status;
  }

  /**
   * Whether the solution may be bought with points on a day: listed, and the day within its
   * listing (R-V5).
   *
   * @param day the business day
   * @return true if it is purchasable then
   */
  public boolean listedOn(LocalDate day) {
    return status == ReviewStatus.LISTED
        && !day.isBefore(listedOn.orElseThrow())
        && !day.isAfter(listedUntil.orElseThrow());
  }

  /**
   * The solution after one more review step that is not a listing.
   *
   * @param step the step
   * @param deadline the supplement deadline, for {@link ReviewStatus#SUPPLEMENT_REQUESTED}
   * @return the new version
   */
  public SolutionRecord after(ReviewStep step, Optional<LocalDate> deadline) {
    return next(step, deadline, listedOn, listedUntil);
  }

  /**
   * The solution once listed.
   *
   * @param step the listing step
   * @param from the announcement day
   * @param until the listing's last day
   * @return the new version
   */
  public SolutionRecord listed(ReviewStep step, LocalDate from, LocalDate until) {
    return next(step, Optional.empty(), Optional.of(from), Optional.of(until));
  }

  private SolutionRecord next(
      ReviewStep step,
      Optional<LocalDate> deadline,
      Optional<LocalDate> from,
      Optional<LocalDate> until) {
    return new SolutionRecord(
        program,
        id,
        vendor,
        name,
        category,
        price,
        marketPrice,
        minimumTermMonths,
        step.status(),
        deadline,
        from,
        until,
        carriedOverFrom,
        ImmutableList.<ReviewStep>builder().addAll(history).add(step).build());
  }
}
