package dev.pointsledger.core.audit.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.journal.EntryHash;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Every proof of a random tree verifies, and no changed one does. */
class MerkleProperties {

  private static MerkleTree tree(int size, long seed) {
    List<EntryHash> leaves = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      leaves.add(MerkleTree.leafHash(new byte[] {(byte) seed, (byte) (seed >> 8), (byte) i,
          (byte) (i >> 8)}));
    }
    return MerkleTree.ofLeafHashes(leaves);
  }

  @Property(tries = 300)
  void everyInclusionProof_verifies_andAnyChangeFails(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 0, max = 299) int index,
      @ForAll long seed) {
    Assume.that(index < size);
    MerkleTree tree = tree(size, seed);
    InclusionProof proof = tree.inclusionProof(index, size);
    EntryHash leaf = leafOf(tree, index);
    EntryHash root = tree.root();
    assertTrue(MerkleProofs.verifyInclusion(leaf, proof, root));
    for (InclusionProof wrong : Corruptions.of(proof)) {
      assertFalse(MerkleProofs.verifyInclusion(leaf, wrong, root), wrong.toString());
    }
    assertFalse(MerkleProofs.verifyInclusion(Corruptions.flip(leaf), proof, root));
    assertFalse(MerkleProofs.verifyInclusion(leaf, proof, Corruptions.flip(root)));
  }

  @Property(tries = 300)
  void everyConsistencyProof_verifies_andAnyChangeFails(
      @ForAll @IntRange(min = 1, max = 300) int first,
      @ForAll @IntRange(min = 1, max = 300) int second,
      @ForAll long seed) {
    Assume.that(first < second);
    MerkleTree tree = tree(second, seed);
    ConsistencyProof proof = tree.consistencyProof(first, second);
    EntryHash r1 = tree.root(first);
    EntryHash r2 = tree.root(second);
    assertTrue(MerkleProofs.verifyConsistency(r1, r2, proof));
    for (ConsistencyProof wrong : Corruptions.of(proof)) {
      assertFalse(MerkleProofs.verifyConsistency(r1, r2, wrong), wrong.toString());
    }
    assertFalse(MerkleProofs.verifyConsistency(Corruptions.flip(r1), r2, proof));
    assertFalse(MerkleProofs.verifyConsistency(r1, Corruptions.flip(r2), proof));
  }

  @Property(tries = 100)
  void accumulator_agreesWithTheTree(
      @ForAll @IntRange(min = 0, max = 600) int size, @ForAll long seed) {
    MerkleTree tree = tree(size, seed);
    MerkleAccumulator acc = new MerkleAccumulator();
    for (int i = 0; i < size; i++) {
      acc.add(leafOf(tree, i));
    }
    assertEquals(tree.root(), acc.root());
    assertEquals(size, acc.size());
  }

  private static EntryHash leafOf(MerkleTree tree, int index) {
    return tree.leaf(index);
  }
}
