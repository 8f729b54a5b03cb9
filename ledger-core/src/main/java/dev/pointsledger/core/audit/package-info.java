/**
 * What an auditor runs. {@link dev.pointsledger.core.audit.LedgerVerifier} reads a store's journal
 * as stored and checks every invariant of docs/audit.md, streaming, without trusting the code that
 * wrote it; its {@link dev.pointsledger.core.audit.VerificationReport} renders as text and JSON.
 * The program office signs {@link dev.pointsledger.core.audit.SignedCheckpoint}s (Ed25519, keys
 * from {@link dev.pointsledger.core.audit.OfficeKeys}) over the journal's head and Merkle tree
 * head, and the verifier proves the ledger extends each one; {@link
 * dev.pointsledger.core.audit.LedgerProofs} makes inclusion and consistency proofs that {@link
 * dev.pointsledger.core.audit.merkle.MerkleProofs} checks with no store. Works on any store.
 */
package dev.pointsledger.core.audit;
