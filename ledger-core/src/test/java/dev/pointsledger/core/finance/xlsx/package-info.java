/** Tests that read the workbooks back with fastexcel's reader. */
package dev.pointsledger.core.finance.xlsx;
