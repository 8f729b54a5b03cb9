package dev.pointsledger.core.audit.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.BaseEncoding;
import dev.pointsledger.core.journal.EntryHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RFC 6962 test vectors published with transparency-dev/merkle (the Go library behind
 * Trillian and the Certificate Transparency logs), file {@code proof/verify_test.go} (commit
 * 02194e9afb6c1d95b5381350007963aa70fff472): eight leaves, the tree head of every prefix, and
 * inclusion and consistency proofs between them. The vectors were computed by that library, not
 * by this one; every proof must verify, be what {@link MerkleTree} generates, and fail when any
 * of its parts is changed.
 */
class PublishedVectorsTest {
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  private static final String[] LEAVES = {
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
    "606162636465666768696a6b6c6d6e6f"
  };

  /** roots[i] is the tree head of the first i + 1 leaves. */
  private static final String[] ROOTS = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  private static final String EMPTY_TREE =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  /** The published inclusion proofs: leaf (1-based, as there), tree size, path. */
  private static final Object[][] INCLUSION = {
    {1, 1, new String[] {}},
    {1, 8, new String[] {
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
    {6, 8, new String[] {
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
    {3, 3, new String[] {
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"}},
    {2, 5, new String[] {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}},
  };

  /** The published consistency proofs: size 1, size 2, path. */
  private static final Object[][] CONSISTENCY = {
    {1, 1, new String[] {}},
    {1, 8, new String[] {
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
    {6, 8, new String[] {
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
    {2, 5, new String[] {
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}},
    {6, 7, new String[] {
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
  };

  private static MerkleTree tree() {
    List<EntryHash> leaves = new ArrayList<>();
    for (String leaf : LEAVES) {
      leaves.add(MerkleTree.leafHash(HEX.decode(leaf)));
    }
    return MerkleTree.ofLeafHashes(leaves);
  }

  private static EntryHash h(String hex) {
    return EntryHash.fromHex(hex);
  }

  private static List<EntryHash> path(Object hexes) {
    List<EntryHash> path = new ArrayList<>();
    for (String hex : (String[]) hexes) {
      path.add(h(hex));
    }
    return path;
  }

  @Test
  void treeHeads_areThePublishedRootsOfEveryPrefix() {
    MerkleTree tree = tree();
    for (int size = 1; size <= ROOTS.length; size++) {
      assertEquals(h(ROOTS[size - 1]), tree.root(size), "size " + size);
    }
    assertEquals(h(EMPTY_TREE), tree.root(0));
  }

  @Test
  void accumulator_reachesThePublishedRootsLeafByLeaf() {
    MerkleAccumulator acc = new MerkleAccumulator();
    assertEquals(h(EMPTY_TREE), acc.root());
    for (int i = 0; i < LEAVES.length; i++) {
      acc.add(MerkleTree.leafHash(HEX.decode(LEAVES[i])));
      assertEquals(h(ROOTS[i]), acc.root(), "size " + (i + 1));
    }
  }

  @Test
  void inclusionProofs_verify_areGeneratedAsPublished_andFailWhenChanged() {
    MerkleTree tree = tree();
    for (Object[] v : INCLUSION) {
      int index = (int) v[0] - 1;
      int size = (int) v[1];
      InclusionProof proof = new InclusionProof(index, size, path(v[2]));
      EntryHash leaf = MerkleTree.leafHash(HEX.decode(LEAVES[index]));
      EntryHash root = h(ROOTS[size - 1]);
      assertTrue(MerkleProofs.verifyInclusion(leaf, proof, root), "leaf " + index + " of " + size);
      assertEquals(proof, tree.inclusionProof(index, size));
      for (InclusionProof wrong : Corruptions.of(proof)) {
        assertFalse(MerkleProofs.verifyInclusion(leaf, wrong, root), wrong.toString());
      }
      assertFalse(MerkleProofs.verifyInclusion(leaf, proof, h(EMPTY_TREE)));
      assertFalse(
          MerkleProofs.verifyInclusion(MerkleTree.leafHash(new byte[] {9}), proof, root));
    }
  }

  @Test
  void consistencyProofs_verify_areGeneratedAsPublished_andFailWhenChanged() {
    MerkleTree tree = tree();
    for (Object[] v : CONSISTENCY) {
      int first = (int) v[0];
      int second = (int) v[1];
      ConsistencyProof proof = new ConsistencyProof(first, second, path(v[2]));
      EntryHash r1 = h(ROOTS[first - 1]);
      EntryHash r2 = h(ROOTS[second - 1]);
      assertTrue(MerkleProofs.verifyConsistency(r1, r2, proof), first + " to " + second);
      assertEquals(proof, tree.consistencyProof(first, second));
      if (first == second) {
        continue;
      }
      for (ConsistencyProof wrong : Corruptions.of(proof)) {
        assertFalse(MerkleProofs.verifyConsistency(r1, r2, wrong), wrong.toString());
      }
      assertFalse(MerkleProofs.verifyConsistency(r2, r1, proof), "swapped roots");
      assertFalse(MerkleProofs.verifyConsistency(h(EMPTY_TREE), r2, proof), "wrong first root");
    }
  }

  @Test
  void trivialConsistency_isAsPublished() {
    EntryHash empty = h(EMPTY_TREE);
    EntryHash root1 = h(ROOTS[0]);
    assertTrue(MerkleProofs.verifyConsistency(empty, root1, new ConsistencyProof(0, 1, List.of())));
    assertTrue(MerkleProofs.verifyConsistency(root1, root1, new ConsistencyProof(1, 1, List.of())));
    assertFalse(MerkleProofs.verifyConsistency(root1, h(ROOTS[1]),
        new ConsistencyProof(1, 1, List.of())), "equal sizes, different roots");
    assertFalse(MerkleProofs.verifyConsistency(root1, root1,
        new ConsistencyProof(1, 1, List.of(empty))), "equal sizes, a proof");
    assertFalse(MerkleProofs.verifyConsistency(root1, root1,
        new ConsistencyProof(2, 1, List.of())), "back in time");
    assertFalse(MerkleProofs.verifyConsistency(root1, h(ROOTS[1]),
        new ConsistencyProof(1, 2, List.of())), "an empty proof of growth");
  }

  @Test
  void inclusion_isRefusedOutsideTheTree() {
    EntryHash some = h(ROOTS[3]);
    assertFalse(MerkleProofs.verifyInclusion(some, new InclusionProof(0, 0, List.of()), some));
    assertFalse(MerkleProofs.verifyInclusion(some, new InclusionProof(1, 1, List.of()), some));
    assertFalse(MerkleProofs.verifyInclusion(some, new InclusionProof(2, 1, List.of()), some));
    assertTrue(MerkleProofs.verifyInclusion(some, new InclusionProof(0, 1, List.of()), some));
  }
}
