package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.supply.VendorProfile;

/**
 * Registers a vendor in a program once its profile passes every criterion of R-V1; the refusal
 * lists every criterion that fails.
 *
 * @param id the command's id
 * @param program the program
 * @param vendor the vendor, by convention its business id (統一編號)
 * @param name the vendor's name
 * @param profile what it declares
 */
public record RegisterVendor(
    EntryId id, ProgramId program, VendorId vendor, String name, VendorProfile profile)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @param id the command's id
   * @param program the program
   * @param vendor the vendor, by convention its business id (統一編號)
   * @param name the vendor's name
   * @param profile what it declares
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public RegisterVendor {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(vendor, "vendor");
    Texts.check(name, "vendor name");
    requireNonNull(profile, "profile");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(vendor.value()).add(name);
    profile.describeTo(d);
  }
}
