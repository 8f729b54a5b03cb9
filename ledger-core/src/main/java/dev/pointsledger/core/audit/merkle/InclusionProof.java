package dev.pointsledger.core.audit.merkle;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.journal.EntryHash;
import java.util.List;

/**
 * That a leaf is in a tree: the audit path of RFC 6962 section 2.1.1, verified by {@link
 * MerkleProofs#verifyInclusion}.
 *
 * @param leafIndex the leaf's index, from 0 (for the journal: the entry's sequence number minus 1)
 * @param treeSize the tree's size
 * @param path the sibling hashes from the leaf up
 */
public record InclusionProof(long leafIndex, long treeSize, List<EntryHash> path) {
  /**
   * Checks the numbers and copies the path.
   *
   * @param leafIndex the leaf's index, from 0 (for the journal: the entry's sequence number minus
   *     1)
   * @param treeSize the tree's size
   * @param path the sibling hashes from the leaf up
   */
  public InclusionProof {
    checkArgument(leafIndex >= 0 && treeSize >= 0, "negative index or size");
    path = ImmutableList.copyOf(path);
  }
}
