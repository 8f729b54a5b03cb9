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
import java.util.ArrayList;
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
   * @param id the command's id
   * @param program the program
   * @param solution the solution
   * @param to the status to move to
   * @param actor who makes the move
   * @param note why, or the review's opinion
   * @param supplementDeadline the deadline, for {@link ReviewStatus#SUPPLEMENT_REQUESTED} only
   * @param reviewers the technical review's panel, for {@link ReviewStatus#APPROVED} only
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

  /**
   * A builder with a named setter for every field, so that two amounts cannot be swapped
   * unnoticed.
   *
   * @return a builder with no field set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReviewSolution}. Every setter refuses null with a {@link
   * NullPointerException};
   * every field but {@code supplementDeadline}, {@code reviewers} must be set before
   * {@link #build()}. What the rules check (amounts, dates, eligibility) is left to the
   * rules, which refuse with a code.
   */
  public static final class Builder extends SolutionCommandBuilder<Builder> {
    private ReviewStatus to;
    private String actor;
    private String note;
    private Optional<LocalDate> supplementDeadline = Optional.empty();
    private final List<String> reviewers = new ArrayList<>();

    private Builder() {
      super("ReviewSolution");
    }

    /**
     * Sets the status to move to.
     *
     * @param to the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder to(ReviewStatus to) {
      this.to = given(to, "to");
      return this;
    }

    /**
     * Sets who makes the move.
     *
     * @param actor the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder actor(String actor) {
      this.actor = given(actor, "actor");
      return this;
    }

    /**
     * Sets why, or the review's opinion.
     *
     * @param note the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder note(String note) {
      this.note = given(note, "note");
      return this;
    }

    /**
     * Sets the deadline of a request to supplement; only for {@link
     * ReviewStatus#SUPPLEMENT_REQUESTED}.
     *
     * @param supplementDeadline the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder supplementDeadline(LocalDate supplementDeadline) {
      this.supplementDeadline =
          Optional.of(given(supplementDeadline, "supplementDeadline"));
      return this;
    }

    /**
     * Sets the technical review's panel; only for {@link ReviewStatus#APPROVED}, replacing any
     * set before.
     *
     * @param reviewers the values
     * @return this builder
     * @throws NullPointerException if the list or one of its values is null
     */
    public Builder reviewers(List<String> reviewers) {
      return replaceAll(this.reviewers, reviewers, "reviewers", "reviewer");
    }

    /**
     * Adds one of the technical review's panel; only for {@link ReviewStatus#APPROVED}.
     *
     * @param reviewer the value
     * @return this builder
     * @throws NullPointerException if the value is null
     */
    public Builder reviewer(String reviewer) {
      return add(this.reviewers, reviewer, "reviewer");
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws NullPointerException naming the first required field that was not set
     * @throws IllegalArgumentException if a text is too long, holds a control character or a
     *     lone surrogate
     */
    public ReviewSolution build() {
      return new ReviewSolution(
          builtId(),
          builtProgram(),
          builtSolution(),
          set(to, "to"),
          set(actor, "actor"),
          set(note, "note"),
          supplementDeadline,
          reviewers);
    }
  }
}
