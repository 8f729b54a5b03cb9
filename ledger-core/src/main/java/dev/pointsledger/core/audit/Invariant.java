package dev.pointsledger.core.audit;

import dev.pointsledger.core.text.Displayable;
import java.util.Locale;

/**
 * What the verifier checks, one constant per invariant of docs/model.md and docs/audit.md. The
 * names are part of the report's JSON form and never change.
 */
public enum Invariant implements Displayable {
  /** Every stored row can be read: a known entry type, a defined account type, a readable date,
   * readable references and record bodies, hashes of 32 bytes. */
  ROW_READABLE,
  /** Sequence numbers run 1, 2, 3, ... without a gap or a repeat. */
  SEQUENCE_CONTIGUOUS,
  /** No two entries share an id. */
  ID_UNIQUE,
  /** Each entry's previous hash is the hash of the entry before, and its hash is the hash of its
   * stored content (postings, references, record versions). */
  HASH_CHAIN,
  /** Every entry names a program defined by an earlier entry, and all its postings and records are
   * in that program. */
  PROGRAM_DEFINED,
  /** A point entry has two or more postings to distinct accounts summing to zero; a registry entry
   * none. */
  ENTRY_BALANCED,
  /** An entry has the postings its type allows (a grant moves points from the pool to the
   * manufacturer it names, a settlement from a vendor's payable to its paid, ...), and a reversal
   * is the exact opposite of a reversible entry, once. */
  POSTING_SHAPE,
  /** No bounded account (all but the pool) is ever below zero. */
  BALANCE_NEVER_NEGATIVE,
  /** Every state record version equals the record rebuilt from the entries, and each record's
   * latest version agrees with the journal at the end. */
  RECORD_MATCHES_JOURNAL,
  /** A manufacturer is never granted more than its program's cap. */
  GRANT_WITHIN_CAP,
  /** A contract's points are at most floor(price x share) and points + own part = price. */
  CONTRACT_SPLIT,
  /** A claim is filed after its contract's service ended, by the contract's vendor. */
  CLAIM_AFTER_END_BY_VENDOR,
  /** Per contract, approved + pending claims never exceed the points reserved. */
  CLAIMS_WITHIN_RESERVED,
  /** Only approved claims are settled, and a vendor is never paid more than it was approved. */
  SETTLED_WITHIN_APPROVED,
  /** A program is defined once and its policy never changes afterwards. */
  POLICY_UNCHANGED,
  /** Per program: issued = available + reserved + claimed + payable + paid + lapsed, and the
   * pool's balance is minus the points issued. */
  FINANCE_TIE_OUT,
  /** What the store answers to queries (its head, its state records) agrees with its journal. */
  STORE_VIEW_MATCHES,
  /** The ledger extends every signed checkpoint given: each signature is the office's, and the
   * entry and tree head at each checkpoint are the signed ones. */
  CHECKPOINT_EXTENDED
;

  /**
   * What the invariant checks, in the reader's language, for the report's table.
   *
   * @param locale the reader's locale
   * @return a short description
   */
  @Override
  public String displayName(Locale locale) {
    return VerificationReport.TEXTS.name(this, locale);
  }
}
