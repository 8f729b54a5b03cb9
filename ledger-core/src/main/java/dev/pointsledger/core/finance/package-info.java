/**
 * Finance: the reconciliation of a program over a range of business dates, streamed from the
 * journal ({@link dev.pointsledger.core.finance.Reconciliation}), with every figure traceable to
 * the entries behind it ({@link dev.pointsledger.core.finance.Movement}).
 *
 * <p>Sub-packages: {@code payout} reads the office's payout files and matches them against approved
 * claims; {@code export} writes reports and the journal as CSV, JSON and JSON Lines; {@code xlsx}
 * writes them as an Excel workbook (it needs the optional fastexcel library). See {@code
 * docs/finance.md}.
 */
package dev.pointsledger.core.finance;
