package dev.pointsledger.core.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Counts checks and failures per invariant and keeps the first findings, up to a limit. */
final class Findings {
  private final int max;
  private final long[] checked = new long[Invariant.values().length];
  private final long[] failed = new long[Invariant.values().length];
  private final List<Finding> kept = new ArrayList<>();
  private long omitted;

  Findings(int max) {
    this.max = max;
  }

  /** Counts one check of an invariant. */
  void checked(Invariant invariant) {
    checked[invariant.ordinal()]++;
  }

  /**
   * Counts one check and, if it failed, the finding; the detail is written only then.
   *
   * @return {@code ok}
   */
  boolean check(
      boolean ok, Invariant invariant, long sequence, String entryId, Supplier<String> detail) {
    checked[invariant.ordinal()]++;
    if (!ok) {
      fail(invariant, sequence, entryId, detail.get());
    }
    return ok;
  }

  /** Records a failure of a check already counted. */
  void fail(Invariant invariant, long sequence, String entryId, String detail) {
    failed[invariant.ordinal()]++;
    if (kept.size() < max) {
      kept.add(new Finding(invariant, sequence, entryId, detail));
    } else {
      omitted++;
    }
  }

  /** Counts a check that failed. */
  void failChecked(Invariant invariant, long sequence, String entryId, String detail) {
    checked[invariant.ordinal()]++;
    fail(invariant, sequence, entryId, detail);
  }

  Map<Invariant, Long> checkedCounts() {
    return counts(checked);
  }

  Map<Invariant, Long> failedCounts() {
    return counts(failed);
  }

  List<Finding> kept() {
    return kept;
  }

  long omitted() {
    return omitted;
  }

  private static Map<Invariant, Long> counts(long[] values) {
    Map<Invariant, Long> m = new EnumMap<>(Invariant.class);
    for (Invariant i : Invariant.values()) {
      m.put(i, values[i.ordinal()]);
    }
    return m;
  }
}
