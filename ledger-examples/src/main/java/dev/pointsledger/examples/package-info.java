/**
 * The runnable example: {@link dev.pointsledger.examples.PointsLedgerApp} walks one program year
 * from vendor registration to payout and the lapse of unused points, printing every entry and
 * every refusal with the rule it names, then the balances, finance's report and the audit.
 */
package dev.pointsledger.examples;
