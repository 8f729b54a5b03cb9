package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.supply.ReviewStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Moves a solution one step through its review (R-V6): to qualification review, a request to
 * supplement (with a deadline), technical review, approval (by a panel of reviewers), listing
 * (the announcement), rejection or withdrawal. Moves the lifecycle does not allow are refused.
 *
 * @param id the command's id
 * @param program the program
 * @param solution the solution
 * @param to the status to move to
 * @param actor who makes the move
 * @param note why, or the review's opinion
 * @param supplementDeadline the deadline, for {@link ReviewStatus#SUPPLEMENT_REQUESTED} only
 * @param reviewers the technical review's panel, for {@link ReviewStatus#APPROVED} only
 */
public record ReviewSolution(
    EntryId id,
    ProgramId program,
    SolutionId solution,
    ReviewStatus to,
    String actor,
    String note,
    Optional<LocalDate> supplementDeadline,
    List<String> reviewers)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public ReviewSolution {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(solution, "solution");
    requireNonNull(to, "to");
    Texts.check(actor, "actor");
    Texts.check(note, "note");
    requireNonNull(supplementDeadline, "supplementDeadline");
    reviewers = ImmutableList.copyOf(reviewers);
    reviewers.forEach(r -> Texts.check(r, "reviewer name"));
  }

  /**
   * A move that needs no deadline and no panel.
   *
   * @param id the command's id
   * @param program the program
   * @param solution the solution
   * @param to the status to move to
   * @param actor who makes the move
   * @param note why
   * @return the command
   */
  public static ReviewSolution move(
      EntryId id,
      ProgramId program,
      SolutionId solution,
      ReviewStatus to,
      String actor,
      String note) {
    return new ReviewSolution(id, program, solution, to, actor, note, Optional.empty(), List.of());
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(solution.value())
        .add(to.tag())
        .add(actor)
        .add(note)
        .add(supplementDeadline.orElse(null))
        .add(reviewers.size());
    for (String reviewer : reviewers) {
      d.add(reviewer);
    }
  }
}
