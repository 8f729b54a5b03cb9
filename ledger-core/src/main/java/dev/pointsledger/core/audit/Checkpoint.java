package dev.pointsledger.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.journal.EntryHash;

/**
 * A point of the chain an auditor trusts: the sequence number and hash of an entry, kept
 * somewhere the ledger cannot change (a signed report, another system). Verifying from a
 * checkpoint checks only the entries after it.
 *
 * @param sequence the entry's sequence number, 0 for the start
 * @param hash the entry's hash, {@link EntryHash#GENESIS} for the start
 */
public record Checkpoint(long sequence, EntryHash hash) {
  /** The start of every journal. */
  public static final Checkpoint START = new Checkpoint(0, EntryHash.GENESIS);

  /**
   * Checks the parts.
   *
   * @param sequence the entry's sequence number, 0 for the start
   * @param hash the entry's hash, {@link EntryHash#GENESIS} for the start
   */
  public Checkpoint {
    checkArgument(sequence >= 0, "sequence must not be negative");
    requireNonNull(hash, "hash");
  }
}
