/**
 * The read side: one {@link dev.pointsledger.core.query.LedgerView} per sequence number, over any
 * store. A view answers balances per account and per owner, a contract with its split, claims for
 * finance, solutions and vendors, an account's history with running balances and finance's totals
 * by category and vendor, all as of the same entry; it refuses unknown programs, accounts,
 * contracts, claims and sequence numbers with a {@link dev.pointsledger.core.error.RejectionCode}.
 */
package dev.pointsledger.core.query;
