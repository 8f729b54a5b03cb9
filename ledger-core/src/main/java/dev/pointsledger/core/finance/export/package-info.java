/**
 * Exports: every finance report as {@link dev.pointsledger.core.finance.export.Table}s, written as
 * CSV ({@link dev.pointsledger.core.finance.export.CsvExport}, UTF-8 with a byte order mark by
 * default, so Excel shows Chinese text) and JSON ({@link
 * dev.pointsledger.core.finance.export.JsonExport}), and the journal as JSON Lines and CSV ({@link
 * dev.pointsledger.core.finance.export.JournalExport}). Headings, column titles and outcome names
 * come from resource bundles, English and Traditional Chinese ({@link
 * dev.pointsledger.core.finance.export.FinanceText}). The {@code xlsx} package writes the same
 * tables as a workbook.
 */
package dev.pointsledger.core.finance.export;
