/**
 * Programs and their policies: every figure of a year's subsidy program (the cap, the points
 * share of a price, the minimum term, the windows, the eligibility limits) as a setting, so that a
 * later year's program is a new {@link dev.pointsledger.core.program.ProgramPolicy}, not new code.
 * {@link dev.pointsledger.core.program.ProgramPresets} ships the 2022 Industrial Pavilion program.
 *
 * <p>Also here: the manufacturer's eligibility profile and the one place that checks it
 * ({@link dev.pointsledger.core.program.ManufacturerEligibility}, R-D1 and R-D3).
 */
package dev.pointsledger.core.program;
