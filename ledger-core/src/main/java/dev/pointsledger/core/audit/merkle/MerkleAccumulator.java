package dev.pointsledger.core.audit.merkle;

import dev.pointsledger.core.journal.EntryHash;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree head of a stream of leaves in memory logarithmic in their number: the roots of the
 * perfect subtrees the leaves so far make (one per bit set in the count, largest first), folded
 * from the right when a head is wanted. {@link #root()} equals {@link MerkleTree#root()} of the
 * same leaves. Not thread-safe.
 */
public final class MerkleAccumulator {
  private final List<EntryHash> subtrees = new ArrayList<>(64);
  private long size;

  /** Starts with no leaf. */
  public MerkleAccumulator() {}

  /**
   * Adds the next leaf.
   *
   * @param leafHash the leaf's hash
   */
  public void add(EntryHash leafHash) {
    subtrees.add(leafHash);
    for (long s = size; (s & 1) == 1; s >>= 1) {
      EntryHash right = subtrees.remove(subtrees.size() - 1);
      EntryHash left = subtrees.remove(subtrees.size() - 1);
      subtrees.add(MerkleTree.nodeHash(left, right));
    }
    size++;
  }

  /**
   * Adds an entry's hash as the next leaf ({@link MerkleTree#leafHash} of its 32 bytes).
   *
   * @param entryHash the entry's hash
   */
  public void addEntryHash(byte[] entryHash) {
    add(MerkleTree.leafHash(entryHash));
  }

  /**
   * How many leaves were added.
   *
   * @return the tree size
   */
  public long size() {
    return size;
  }

  /**
   * The tree head of the leaves added so far.
   *
   * @return the root hash
   */
  public EntryHash root() {
    if (subtrees.isEmpty()) {
      return MerkleTree.emptyRoot();
    }
    EntryHash acc = subtrees.get(subtrees.size() - 1);
    for (int i = subtrees.size() - 2; i >= 0; i--) {
      acc = MerkleTree.nodeHash(subtrees.get(i), acc);
    }
    return acc;
  }
}
