/**
 * The ledger's state records, kept in step with the journal: a manufacturer's grants, a
 * contract with its split, a claim with its documents. Records are never updated in place:
 * every change is a new version stamped with the sequence number of the entry that made it, so
 * every record can be read as of any entry. The journal stays the source of truth; the audit
 * package replays it and checks every record and balance against it.
 */
package dev.pointsledger.core.state;
