/**
 * The rules: where every command is checked against the program's policy and the current state
 * and turned into exactly one entry, or refused. {@link dev.pointsledger.core.rules.LedgerRules}
 * implements the store SPI's {@link dev.pointsledger.core.store.CommandProcessor} and runs the
 * steps every command shares; stores call it and never decide anything themselves.
 *
 * <p>Each command's own rules are in its handler, registered in {@code Handlers} by its {@link
 * dev.pointsledger.core.command.CommandType}: {@code GrantHandler} (grants), {@code
 * PurchaseHandler} (purchases and cancellations), {@code ClaimHandlers} (claims, their review and
 * payout), {@code SupplyHandlers} (vendors and solutions), {@code LapseHandler} (the program's
 * end), {@code ReversalHandler} (corrections) and {@code ProgramHandler} (definitions). A handler
 * holds what its command locks beside what it decides. docs/contributing.md says which file a
 * change belongs in.
 *
 * <p>Two sets of criteria live beside the values they judge, because the eligibility previews
 * answer with them without writing anything: {@link
 * dev.pointsledger.core.program.ManufacturerEligibility} (R-D1, R-D3, R-D4) and {@link
 * dev.pointsledger.core.supply.VendorEligibility} (R-V1). The handlers call them; a change of an
 * eligibility criterion goes there, not here.
 *
 * <p>Business dates are the injected clock's instant's dates in Asia/Taipei, whatever the clock's
 * zone.
 */
package dev.pointsledger.core.rules;
