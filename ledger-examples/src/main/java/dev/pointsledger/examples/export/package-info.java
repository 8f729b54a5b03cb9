/**
 * The journal written out for other tools: JSON Lines (one entry per line, every field the hash
 * covers, so that an auditor's own program can recompute the chain) and CSV (one posting per row,
 * for a spreadsheet), read from any store a page at a time.
 */
package dev.pointsledger.examples.export;
