package dev.pointsledger.core.audit.merkle;

import dev.pointsledger.core.journal.EntryHash;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes to a proof that transparency-dev/merkle's tests make ({@code corruptInclusionProof},
 * {@code corruptConsistencyProof}): other indices and sizes, hashes added before or after,
 * removed, one bit flipped in each.
 */
final class Corruptions {
  private static final EntryHash SOME =
      EntryHash.fromHex("abacaba000000000000000000000000000000000000000000060061e00123456");

  private Corruptions() {}

  static List<InclusionProof> of(InclusionProof p) {
    long i = p.leafIndex();
    long n = p.treeSize();
    List<EntryHash> path = p.path();
    List<InclusionProof> all = new ArrayList<>();
    if (i > 0) {
      all.add(new InclusionProof(i - 1, n, path));
    }
    all.add(new InclusionProof(i + 1, n, path));
    all.add(new InclusionProof(i ^ 2, n, path));
    all.add(new InclusionProof(i, n * 2, path));
    all.add(new InclusionProof(i, n / 2, path));
    for (List<EntryHash> q : paths(path)) {
      all.add(new InclusionProof(i, n, q));
    }
    return all;
  }

  static List<ConsistencyProof> of(ConsistencyProof p) {
    long m = p.firstSize();
    long n = p.secondSize();
    List<EntryHash> path = p.path();
    List<ConsistencyProof> all = new ArrayList<>();
    all.add(new ConsistencyProof(m - 1, n, path));
    all.add(new ConsistencyProof(m + 1, n, path));
    all.add(new ConsistencyProof(m ^ 2, n, path));
    all.add(new ConsistencyProof(m, n * 2, path));
    all.add(new ConsistencyProof(m, n / 2, path));
    all.add(new ConsistencyProof(m, n, List.of()));
    for (List<EntryHash> q : paths(path)) {
      all.add(new ConsistencyProof(m, n, q));
    }
    return all;
  }

  /** The path with a hash appended, prepended, the last removed, and each one bit flipped. */
  private static List<List<EntryHash>> paths(List<EntryHash> path) {
    List<List<EntryHash>> all = new ArrayList<>();
    List<EntryHash> longer = new ArrayList<>(path);
    longer.add(SOME);
    all.add(longer);
    List<EntryHash> earlier = new ArrayList<>();
    earlier.add(SOME);
    earlier.addAll(path);
    all.add(earlier);
    if (!path.isEmpty()) {
      List<EntryHash> earlierFirst = new ArrayList<>();
      earlierFirst.add(path.get(0));
      earlierFirst.addAll(path);
      all.add(earlierFirst);
      all.add(path.subList(0, path.size() - 1));
    }
    for (int k = 0; k < path.size(); k++) {
      List<EntryHash> flipped = new ArrayList<>(path);
      flipped.set(k, flip(path.get(k)));
      all.add(flipped);
    }
    return all;
  }

  static EntryHash flip(EntryHash h) {
    byte[] b = h.toBytes();
    b[0] ^= 16;
    return EntryHash.of(b);
  }
}
