package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.state.DocumentRef;
import java.time.LocalDate;
import java.util.List;

/**
 * Grants points from the program's pool to an eligible manufacturer (R-D1..R-D5). The command is
 * the manufacturer's submitted application (R-D5): its basic data ({@code profile}), the
 * references of its documents ({@code documents}, at least one) and the day it was submitted.
 * Several grants may be made to one manufacturer; together they never pass the cap (R-D2).
 *
 * @param id the command's id
 * @param program the program
 * @param manufacturer the manufacturer
 * @param points the points to grant
 * @param applicationDate the day the manufacturer applied (R-D4)
 * @param profile what the manufacturer declared (R-D1, R-D3)
 * @param documents references to the application's documents, such as the factory registration
 *     certificate (R-D5)
 */
public record GrantPoints(
    EntryId id,
    ProgramId program,
    ManufacturerId manufacturer,
    long points,
    LocalDate applicationDate,
    ManufacturerProfile profile,
    List<DocumentRef> documents)
    implements Command {

  /**
   * Checks every field is present.
   *
   * @param id the command's id
   * @param program the program
   * @param manufacturer the manufacturer
   * @param points the points to grant
   * @param applicationDate the day the manufacturer applied (R-D4)
   * @param profile what the manufacturer declared (R-D1, R-D3)
   * @param documents references to the application's documents, such as the factory registration
   *     certificate (R-D5)
   */
  public GrantPoints {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(applicationDate, "applicationDate");
    requireNonNull(profile, "profile");
    documents = ImmutableList.copyOf(documents);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(manufacturer.value())
        .add(points)
        .add(applicationDate)
        .add(profile.paidInCapital())
        .add(profile.regularEmployees())
        .add(profile.factoryRegistration().tag())
        .add(profile.declaredPriorYearUse());
    Documents.describeTo(d, documents);
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
   * Builds a {@link GrantPoints}. Every setter refuses null with a {@link
   * NullPointerException};
   * every field but {@code documents} must be set before
   * {@link #build()}. What the rules check (amounts, dates, eligibility) is left to the
   * rules, which refuse with a code.
   */
  public static final class Builder extends DocumentedCommandBuilder<Builder> {
    private ManufacturerId manufacturer;
    private Long points;
    private LocalDate applicationDate;
    private ManufacturerProfile profile;

    private Builder() {
      super("GrantPoints");
    }

    /**
     * Sets the manufacturer.
     *
     * @param manufacturer the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder manufacturer(ManufacturerId manufacturer) {
      this.manufacturer = given(manufacturer, "manufacturer");
      return this;
    }

    /**
     * Sets the points to grant.
     *
     * @param points the value
     * @return this builder
     */
    public Builder points(long points) {
      this.points = points;
      return this;
    }

    /**
     * Sets the day the manufacturer applied (R-D4).
     *
     * @param applicationDate the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder applicationDate(LocalDate applicationDate) {
      this.applicationDate = given(applicationDate, "applicationDate");
      return this;
    }

    /**
     * Sets what the manufacturer declared (R-D1, R-D3).
     *
     * @param profile the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder profile(ManufacturerProfile profile) {
      this.profile = given(profile, "profile");
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws NullPointerException naming the first required field that was not set
     */
    public GrantPoints build() {
      return new GrantPoints(
          builtId(),
          builtProgram(),
          set(manufacturer, "manufacturer"),
          set(points, "points"),
          set(applicationDate, "applicationDate"),
          set(profile, "profile"),
          builtDocuments());
    }
  }
}
