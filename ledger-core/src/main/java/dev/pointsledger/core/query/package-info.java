/**
 * Read models over any store: balances per account and per owner, a contract with its split,
 * claims for finance, an account's history with running balances; every query answers as of now
 * or as of an entry sequence number, and refuses unknown programs, accounts, contracts, claims
 * and sequence numbers with a {@link dev.pointsledger.core.error.RejectionCode}.
 */
package dev.pointsledger.core.query;
