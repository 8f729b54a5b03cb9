package dev.pointsledger.core.supply;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Set;

/**
 * The moves a solution's review may make (R-V6): submitted, qualification review (with requests
 * to supplement documents by a deadline), technical review, approval, listing; rejection from any
 * review step; withdrawal by the vendor at any time before a final decision, or delisting after.
 */
public final class ReviewLifecycle {
  private static final ImmutableSetMultimap<ReviewStatus, ReviewStatus> MOVES =
      ImmutableSetMultimap.<ReviewStatus, ReviewStatus>builder()
          .putAll(ReviewStatus.SUBMITTED, ReviewStatus.QUALIFICATION_REVIEW, ReviewStatus.WITHDRAWN)
          .putAll(
              ReviewStatus.QUALIFICATION_REVIEW,
              ReviewStatus.SUPPLEMENT_REQUESTED,
              ReviewStatus.TECHNICAL_REVIEW,
              ReviewStatus.REJECTED,
              ReviewStatus.WITHDRAWN)
          .putAll(
              ReviewStatus.SUPPLEMENT_REQUESTED,
              ReviewStatus.QUALIFICATION_REVIEW,
              ReviewStatus.REJECTED,
              ReviewStatus.WITHDRAWN)
          .putAll(
              ReviewStatus.TECHNICAL_REVIEW,
              ReviewStatus.APPROVED,
              ReviewStatus.REJECTED,
              ReviewStatus.WITHDRAWN)
          .putAll(ReviewStatus.APPROVED, ReviewStatus.LISTED, ReviewStatus.WITHDRAWN)
          .putAll(ReviewStatus.LISTED, ReviewStatus.WITHDRAWN)
          .build();

  private ReviewLifecycle() {}

  /**
   * Whether a solution may move from one status to another.
   *
   * @param from the current status
   * @param to the status asked for
   * @return true if the move is allowed
   */
  public static boolean allows(ReviewStatus from, ReviewStatus to) {
    return MOVES.containsEntry(from, to);
  }

  /**
   * The statuses a solution may move to next.
   *
   * @param from the current status
   * @return the allowed next statuses, empty for a terminal one
   */
  public static Set<ReviewStatus> next(ReviewStatus from) {
    return MOVES.get(from);
  }
}
