package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.program.ManufacturerProfile;
import java.time.LocalDate;

/**
 * Grants points from the program's pool to an eligible manufacturer (R-D1..R-D4). Several grants
 * may be made to one manufacturer; together they never pass the cap (R-D2).
 *
 * @param id the command's id
 * @param program the program
 * @param manufacturer the manufacturer
 * @param points the points to grant
 * @param applicationDate the day the manufacturer applied (R-D4)
 * @param profile what the manufacturer declared (R-D1, R-D3)
 */
public record GrantPoints(
    EntryId id,
    ProgramId program,
    ManufacturerId manufacturer,
    long points,
    LocalDate applicationDate,
    ManufacturerProfile profile)
    implements Command {

  /** Checks every field is present. */
  public GrantPoints {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(applicationDate, "applicationDate");
    requireNonNull(profile, "profile");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(manufacturer.value())
        .add(points)
        .add(applicationDate)
        .add(profile.paidInCapital())
        .add(profile.regularEmployees())
        .add(profile.factoryRegistration().name())
        .add(profile.declaredPriorYearUse());
  }
}
