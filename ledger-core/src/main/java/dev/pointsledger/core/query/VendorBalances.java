package dev.pointsledger.core.query;

import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;

/**
 * Where a vendor's claims stand, in points (1 point pays NTD 1 under the 2022 policy).
 *
 * @param program the program
 * @param vendor the vendor
 * @param asOf the sequence number the figures are as of
 * @param pending points of its claims under review
 * @param payable points of its approved claims not yet paid
 * @param paid points of its claims paid out
 */
public record VendorBalances(
    ProgramId program, VendorId vendor, long asOf, long pending, long payable, long paid) {}
