package dev.pointsledger.core.audit.merkle;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.journal.EntryHash;
import java.util.List;

/**
 * Verifies Merkle proofs as RFC 9162 sections 2.1.3.2 and 2.1.4.2 describe, with nothing but the
 * proof and the tree heads: no store, no network. Both functions answer false for any proof that
 * does not prove what it claims (wrong hash, index, size or path length); they never throw on a
 * well-typed input.
 */
public final class MerkleProofs {
  private MerkleProofs() {}

  /**
   * Whether a leaf is in a tree with a given head.
   *
   * @param leafHash the leaf's hash ({@link MerkleTree#leafHash}; for an entry, of its hash)
   * @param proof the inclusion proof
   * @param root the tree head of a tree of {@code proof.treeSize()} leaves
   * @return true if the proof proves the leaf is at {@code proof.leafIndex()} in that tree
   */
  public static boolean verifyInclusion(EntryHash leafHash, InclusionProof proof, EntryHash root) {
    requireNonNull(leafHash, "leafHash");
    requireNonNull(root, "root");
    long fn = proof.leafIndex();
    long sn = proof.treeSize() - 1;
    if (fn > sn) {
      return false;
    }
    EntryHash r = leafHash;
    for (EntryHash p : proof.path()) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleTree.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = MerkleTree.nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && r.equals(root);
  }

  /**
   * Whether a later tree head extends an earlier one.
   *
   * @param firstRoot the earlier tree's head, of {@code proof.firstSize()} leaves
   * @param secondRoot the later tree's head, of {@code proof.secondSize()} leaves
   * @param proof the consistency proof
   * @return true if the proof proves the first tree is a prefix of the second
   */
  public static boolean verifyConsistency(
      EntryHash firstRoot, EntryHash secondRoot, ConsistencyProof proof) {
    requireNonNull(firstRoot, "firstRoot");
    requireNonNull(secondRoot, "secondRoot");
    long first = proof.firstSize();
    long second = proof.secondSize();
    List<EntryHash> path = proof.path();
    if (first > second) {
      return false;
    }
    if (first == second) {
      return path.isEmpty() && firstRoot.equals(secondRoot);
    }
    if (first == 0) {
      // every tree extends the empty one, with an empty proof (RFC 9162 defines none for it)
      return path.isEmpty();
    }
    if (path.isEmpty()) {
      return false;
    }
    int next = 0;
    EntryHash start;
    if (Long.bitCount(first) == 1) {
      start = firstRoot;
    } else {
      start = path.get(next++);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    EntryHash fr = start;
    EntryHash sr = start;
    for (; next < path.size(); next++) {
      EntryHash c = path.get(next);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleTree.nodeHash(c, fr);
        sr = MerkleTree.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = MerkleTree.nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
  }
}
