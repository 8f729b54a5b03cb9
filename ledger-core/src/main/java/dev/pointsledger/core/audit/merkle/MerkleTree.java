package dev.pointsledger.core.audit.merkle;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.journal.EntryHash;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over a list of leaf hashes, as RFC 6962 section 2.1 defines it (MTH, PATH and
 * PROOF), and the two hash functions of the tree. Holds the leaf hashes (32 bytes each) in memory;
 * a tree head over a stream of leaves needs only {@link MerkleAccumulator}.
 */
public final class MerkleTree {
  private static final byte LEAF = 0x00;
  private static final byte NODE = 0x01;
  private static final ThreadLocal<MessageDigest> PER_THREAD =
      ThreadLocal.withInitial(MerkleTree::newSha256);

  private final List<EntryHash> leaves;

  private MerkleTree(List<EntryHash> leaves) {
    this.leaves = leaves;
  }

  /**
   * A tree over leaf hashes.
   *
   * @param leafHashes the leaf hashes, in order ({@link #leafHash})
   * @return the tree
   */
  public static MerkleTree ofLeafHashes(List<EntryHash> leafHashes) {
    return new MerkleTree(ImmutableList.copyOf(leafHashes));
  }

  /**
   * A tree over journal entries' hashes: leaf {@code i} is the entry with sequence {@code i + 1}.
   *
   * @param entryHashes the entry hashes, from the first entry on
   * @return the tree
   */
  public static MerkleTree ofEntryHashes(List<EntryHash> entryHashes) {
    List<EntryHash> leaves = new ArrayList<>(entryHashes.size());
    for (EntryHash h : entryHashes) {
      leaves.add(leafHash(h.toBytes()));
    }
    return new MerkleTree(leaves);
  }

  /**
   * The hash of a leaf: {@code SHA-256(0x00 || data)}.
   *
   * @param data the leaf's data (for the journal, an entry's 32-byte hash)
   * @return the leaf hash
   */
  public static EntryHash leafHash(byte[] data) {
    MessageDigest d = sha256();
    d.update(LEAF);
    d.update(data);
    return EntryHash.of(d.digest());
  }

  /**
   * The hash of an interior node: {@code SHA-256(0x01 || left || right)}.
   *
   * @param left the left child's hash
   * @param right the right child's hash
   * @return the node's hash
   */
  public static EntryHash nodeHash(EntryHash left, EntryHash right) {
    MessageDigest d = sha256();
    d.update(NODE);
    d.update(left.toBytes());
    d.update(right.toBytes());
    return EntryHash.of(d.digest());
  }

  /**
   * The hash of the empty tree: {@code SHA-256()} of no bytes.
   *
   * @return the empty tree's head
   */
  public static EntryHash emptyRoot() {
    return EntryHash.of(sha256().digest());
  }

  /**
   * How many leaves the tree has.
   *
   * @return the tree size
   */
  public long size() {
    return leaves.size();
  }

  /**
   * A leaf's hash.
   *
   * @param index the leaf's index, from 0
   * @return its hash
   */
  public EntryHash leaf(long index) {
    checkArgument(index >= 0 && index < leaves.size(), "no leaf %s", index);
    return leaves.get((int) index);
  }

  /**
   * The tree head of the whole tree, MTH(D[n]).
   *
   * @return the root hash
   */
  public EntryHash root() {
    return leaves.isEmpty() ? emptyRoot() : mth(0, leaves.size());
  }

  /**
   * The tree head of the first {@code size} leaves.
   *
   * @param size the earlier tree's size, at most {@link #size()}
   * @return the root hash of that tree
   */
  public EntryHash root(long size) {
    checkArgument(size >= 0 && size <= leaves.size(), "no tree of size %s here", size);
    return size == 0 ? emptyRoot() : mth(0, (int) size);
  }

  /**
   * The audit path of a leaf in the tree of the first {@code treeSize} leaves, PATH(m, D[n]).
   *
   * @param leafIndex the leaf's index, from 0
   * @param treeSize the tree's size, above {@code leafIndex} and at most {@link #size()}
   * @return the inclusion proof
   */
  public InclusionProof inclusionProof(long leafIndex, long treeSize) {
    checkArgument(treeSize <= leaves.size(), "the tree has %s leaves, not %s", size(), treeSize);
    checkArgument(
        leafIndex >= 0 && leafIndex < treeSize, "no leaf %s in a tree of %s", leafIndex, treeSize);
    List<EntryHash> path = new ArrayList<>();
    path(path, (int) leafIndex, 0, (int) treeSize);
    return new InclusionProof(leafIndex, treeSize, path);
  }

  /**
   * The consistency proof of the tree of the first {@code first} leaves with the tree of the
   * first {@code second}, PROOF(m, D[n]); empty when the sizes are equal or the first is 0.
   *
   * @param first the earlier tree's size
   * @param second the later tree's size, at least {@code first} and at most {@link #size()}
   * @return the consistency proof
   */
  public ConsistencyProof consistencyProof(long first, long second) {
    checkArgument(second <= leaves.size(), "the tree has %s leaves, not %s", size(), second);
    checkArgument(first >= 0 && first <= second, "sizes %s and %s out of order", first, second);
    List<EntryHash> path = new ArrayList<>();
    if (first > 0 && first < second) {
      subproof(path, (int) first, 0, (int) second, true);
    }
    return new ConsistencyProof(first, second, path);
  }

  private void path(List<EntryHash> out, int m, int start, int n) {
    if (n == 1) {
      return;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      path(out, m, start, k);
      out.add(mth(start + k, n - k));
    } else {
      path(out, m - k, start + k, n - k);
      out.add(mth(start, k));
    }
  }

  private void subproof(List<EntryHash> out, int m, int start, int n, boolean whole) {
    if (m == n) {
      if (!whole) {
        out.add(mth(start, n));
      }
      return;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(out, m, start, k, whole);
      out.add(mth(start + k, n - k));
    } else {
      subproof(out, m - k, start + k, n - k, false);
      out.add(mth(start, k));
    }
  }

  /** MTH of the {@code n} leaves from {@code start}. */
  private EntryHash mth(int start, int n) {
    if (n == 1) {
      return leaves.get(start);
    }
    int k = largestPowerOfTwoBelow(n);
    return nodeHash(mth(start, k), mth(start + k, n - k));
  }

  /** The largest power of two smaller than {@code n}, for {@code n >= 2}. */
  static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }

  /**
   * This thread's SHA-256, reset: looking a digest up by name costs more than hashing the 65 bytes
   * of a node, and a verification hashes about two nodes per entry.
   */
  static MessageDigest sha256() {
    MessageDigest d = PER_THREAD.get();
    d.reset();
    return d;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
