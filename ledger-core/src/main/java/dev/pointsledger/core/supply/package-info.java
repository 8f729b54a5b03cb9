/**
 * The program's supply side: vendors, their solutions and the solutions' review. Here are the
 * value types and the one place each supply rule is decided: {@link
 * dev.pointsledger.core.supply.VendorEligibility} (R-V1), {@link
 * dev.pointsledger.core.supply.SolutionCategory} (R-V2) and {@link
 * dev.pointsledger.core.supply.ReviewLifecycle} (R-V6). The records that hold a vendor's and a
 * solution's state live in {@code dev.pointsledger.core.state}; the commands that change them in
 * {@code dev.pointsledger.core.command}.
 */
package dev.pointsledger.core.supply;
