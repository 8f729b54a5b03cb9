/**
 * The command line's files for other tools that the core does not write: finance's purchase totals
 * as CSV and JSON, and the formats {@code export} offers for the journal (which the core's {@code
 * finance.export.JournalExport} and {@code audit.hledger.HledgerExport} write).
 */
package dev.pointsledger.examples.export;
