package dev.pointsledger.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What a manufacturer declares when it applies for points; the ledger checks it against the
 * program's policy (R-D1, R-D3) and keeps it on the grant entry as evidence.
 *
 * @param paidInCapital paid-in capital in NTD (實收資本額), not negative
 * @param regularEmployees regular employees (經常僱用員工數), not negative
 * @param factoryRegistration factory registration certificate, exemption, or neither
 * @param declaredPriorYearUse whether the manufacturer declares it used the previous year's points;
 *     the ledger also answers this itself when the previous program is in it
 */
public record ManufacturerProfile(
    long paidInCapital,
    int regularEmployees,
    FactoryRegistration factoryRegistration,
    boolean declaredPriorYearUse) {

  /**
   * Checks the figures.
   *
   * @param paidInCapital paid-in capital in NTD (實收資本額), not negative
   * @param regularEmployees regular employees (經常僱用員工數), not negative
   * @param factoryRegistration factory registration certificate, exemption, or neither
   * @param declaredPriorYearUse whether the manufacturer declares it used the previous year's
   *     points; the ledger also answers this itself when the previous program is in it
   * @throws IllegalArgumentException if a figure is negative
   * @throws NullPointerException if the registration is missing
   */
  public ManufacturerProfile {
    checkArgument(paidInCapital >= 0, "paidInCapital must not be negative: %s", paidInCapital);
    checkArgument(regularEmployees >= 0, "regularEmployees must not be negative");
    requireNonNull(factoryRegistration, "factoryRegistration");
  }

  /**
   * A typical eligible small manufacturer: NTD 5,000,000 paid in, 30 employees, registered
   * factory, no prior-year use.
   *
   * @return the profile
   */
  public static ManufacturerProfile typicalSmallFactory() {
    return new ManufacturerProfile(5_000_000L, 30, FactoryRegistration.REGISTERED, false);
  }
}
