/**
 * What an auditor runs: {@link dev.pointsledger.core.audit.ChainVerifier} checks the hash chain
 * from the start or from a {@link dev.pointsledger.core.audit.Checkpoint}, and
 * {@link dev.pointsledger.core.audit.LedgerAudit} replays the whole journal and checks every
 * invariant against what the store says: zero-sum entries, bounded balances never negative at any
 * point, balances equal to the sum of their postings, grants within the cap, contracts split
 * within the points share, claims within what was reserved. Works on any store.
 */
package dev.pointsledger.core.audit;
