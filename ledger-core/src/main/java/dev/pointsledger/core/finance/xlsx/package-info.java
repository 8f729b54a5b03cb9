/**
 * Finance's reports as an Excel workbook ({@code .xlsx}), written with fastexcel: one sheet per
 * table, translated headings, amounts as numbers, Chinese text intact in Excel and LibreOffice.
 *
 * <p>fastexcel ({@code org.dhatim:fastexcel}) is an <b>optional</b> dependency of ledger-core: an
 * application that calls this package adds it to its own build; every other package of the core
 * runs without it.
 */
package dev.pointsledger.core.finance.xlsx;
