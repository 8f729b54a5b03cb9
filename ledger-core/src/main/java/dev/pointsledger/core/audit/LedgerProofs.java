package dev.pointsledger.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.audit.merkle.ConsistencyProof;
import dev.pointsledger.core.audit.merkle.InclusionProof;
import dev.pointsledger.core.audit.merkle.MerkleTree;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Merkle proofs over a store's journal, for the program office to hand out: that an entry (a
 * vendor's approved claim) is in a signed tree head, and that a later signed head extends an
 * earlier one. Leaf {@code i} is the stored hash of entry {@code i + 1} ({@link
 * dev.pointsledger.core.audit.merkle}). A proof is checked with {@link
 * dev.pointsledger.core.audit.merkle.MerkleProofs} alone, by anyone, with no store. Making one
 * reads the stored hashes of the entries up to the tree's size (32 bytes each in memory).
 */
public final class LedgerProofs {
  private static final int PAGE = 10_000;

  private LedgerProofs() {}

  /**
   * The tree of the first {@code size} entries' stored hashes.
   *
   * @param store the store
   * @param size the tree's size, at most the number of stored entries
   * @return the tree
   * @throws IllegalArgumentException if the journal has fewer entries, or a gap before
   *     {@code size}
   */
  public static MerkleTree tree(LedgerStore store, long size) {
    requireNonNull(store, "store");
    checkArgument(size >= 0 && size <= Integer.MAX_VALUE, "tree size %s out of range", size);
    List<EntryHash> hashes = new ArrayList<>((int) Math.min(size, 1 << 20));
    long next = 1;
    while (next <= size) {
      List<RawEntry> page = store.rawEntries(next, (int) Math.min(PAGE, size - next + 1));
      checkArgument(!page.isEmpty(), "the journal has no entry %s", next);
      for (RawEntry e : page) {
        checkArgument(e.sequence() == next, "the journal has no entry %s", next);
        hashes.add(EntryHash.of(e.hash()));
        next++;
      }
    }
    return MerkleTree.ofEntryHashes(hashes);
  }

  /**
   * That an entry is in the tree of the first {@code treeSize} entries.
   *
   * @param store the store
   * @param sequence the entry's sequence number
   * @param treeSize the tree's size (a signed checkpoint's sequence), at least {@code sequence}
   * @return the proof; its leaf index is {@code sequence - 1}
   */
  public static InclusionProof inclusion(LedgerStore store, long sequence, long treeSize) {
    checkArgument(sequence >= 1 && sequence <= treeSize, "entry %s is not in a tree of %s",
        sequence, treeSize);
    return tree(store, treeSize).inclusionProof(sequence - 1, treeSize);
  }

  /**
   * That the tree of the first {@code second} entries extends the tree of the first {@code
   * first}.
   *
   * @param store the store
   * @param first the earlier checkpoint's sequence
   * @param second the later checkpoint's sequence
   * @return the proof
   */
  public static ConsistencyProof consistency(LedgerStore store, long first, long second) {
    return tree(store, second).consistencyProof(first, second);
  }

  /**
   * The leaf hash of an entry: what {@link
   * dev.pointsledger.core.audit.merkle.MerkleProofs#verifyInclusion} takes for it.
   *
   * @param entryHash the entry's hash
   * @return {@code SHA-256(0x00 || entry hash)}
   */
  public static EntryHash leafOf(EntryHash entryHash) {
    return MerkleTree.leafHash(entryHash.toBytes());
  }
}
