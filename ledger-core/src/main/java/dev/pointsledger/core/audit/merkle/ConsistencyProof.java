package dev.pointsledger.core.audit.merkle;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.journal.EntryHash;
import java.util.List;

/**
 * That a tree of {@code secondSize} leaves extends the tree of its first {@code firstSize}: the
 * proof of RFC 6962 section 2.1.2, verified by {@link MerkleProofs#verifyConsistency}.
 *
 * @param firstSize the earlier tree's size
 * @param secondSize the later tree's size
 * @param path the proof's hashes
 */
public record ConsistencyProof(long firstSize, long secondSize, List<EntryHash> path) {
  /**
   * Checks the numbers and copies the path.
   *
   * @param firstSize the earlier tree's size
   * @param secondSize the later tree's size
   * @param path the proof's hashes
   */
  public ConsistencyProof {
    checkArgument(firstSize >= 0 && secondSize >= 0, "negative size");
    path = ImmutableList.copyOf(path);
  }
}
