package dev.pointsledger.core.supply;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;
import java.util.Set;

/**
 * What a vendor declares when it registers; checked against the policy by {@link
 * VendorEligibility} (R-V1).
 *
 * @param businessItems its registered business items, such as {@code I301010}
 * @param paidInCapital paid-in capital in NTD, not negative
 * @param prcInvested whether it is invested from the PRC (陸資)
 * @param foreignBranch whether it is a Taiwan branch of a foreign company
 * @param provenSales whether it has proven sales of the solution
 * @param governmentViolation whether it has a violation or suspension in government programs
 * @param unpaidTax whether it owes tax
 * @param lawBreach whether it has breached the law
 */
public record VendorProfile(
    Set<String> businessItems,
    long paidInCapital,
    boolean prcInvested,
    boolean foreignBranch,
    boolean provenSales,
    boolean governmentViolation,
    boolean unpaidTax,
    boolean lawBreach) {

  /**
   * Copies the items, sorted, and checks them and the capital.
   *
   * @param businessItems its registered business items, such as {@code I301010}
   * @param paidInCapital paid-in capital in NTD, not negative
   * @param prcInvested whether it is invested from the PRC (陸資)
   * @param foreignBranch whether it is a Taiwan branch of a foreign company
   * @param provenSales whether it has proven sales of the solution
   * @param governmentViolation whether it has a violation or suspension in government programs
   * @param unpaidTax whether it owes tax
   * @param lawBreach whether it has breached the law
   * @throws NullPointerException if the items or one of them is missing
   * @throws IllegalArgumentException if an item is not valid free text ({@link Texts}) or the
   *     capital is negative
   */
  public VendorProfile {
    businessItems = ImmutableSortedSet.copyOf(businessItems);
    businessItems.forEach(item -> Texts.check(item, "business item"));
    checkArgument(paidInCapital >= 0, "paidInCapital must not be negative: %s", paidInCapital);
  }

  /**
   * Adds the profile to a digest: the number of business items, each item (sorted), the paid-in
   * capital, then the six flags in the order of the components.
   *
   * @param d the digest
   */
  public void describeTo(CanonicalDigest d) {
    d.add(businessItems.size());
    for (String item : businessItems) {
      d.add(item);
    }
    d.add(paidInCapital)
        .add(prcInvested)
        .add(foreignBranch)
        .add(provenSales)
        .add(governmentViolation)
        .add(unpaidTax)
        .add(lawBreach);
  }

  /**
   * A vendor that meets every criterion of 2022: software services (I301010), NTD 5,000,000 paid
   * in, proven sales, a clean record.
   *
   * @return the profile
   */
  public static VendorProfile qualifiedSoftwareHouse() {
    return new VendorProfile(Set.of("I301010"), 5_000_000L, false, false, true, false, false, false);
  }
}
