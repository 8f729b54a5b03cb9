package dev.pointsledger.core.state;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.LocalDate;

/**
 * A vendor registered in a program after its profile passed R-V1.
 *
 * @param program the program
 * @param vendor the vendor
 * @param name the vendor's name, for reports
 * @param profile what it declared
 * @param registeredOn the business day it registered
 * @param registeredBy the entry that registered it
 */
public record VendorRecord(
    ProgramId program,
    VendorId vendor,
    String name,
    VendorProfile profile,
    LocalDate registeredOn,
    EntryId registeredBy)
    implements LedgerRecord {

  /**
   * Checks the parts are present.
   *
   * @param program the program
   * @param vendor the vendor
   * @param name the vendor's name, for reports
   * @param profile what it declared
   * @param registeredOn the business day it registered
   * @param registeredBy the entry that registered it
   */
  public VendorRecord {
    requireNonNull(program, "program");
    requireNonNull(vendor, "vendor");
    requireNonNull(name, "name");
    requireNonNull(profile, "profile");
    requireNonNull(registeredOn, "registeredOn");
    requireNonNull(registeredBy, "registeredBy");
  }

  @Override
  public RecordKey key() {
    return RecordKey.vendor(program, vendor);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(vendor.value()).add(name);
    profile.describeTo(d);
    d.add(registeredOn).add(registeredBy.value());
  }
}
