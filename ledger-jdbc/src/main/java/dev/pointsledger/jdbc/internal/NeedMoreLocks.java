package dev.pointsledger.jdbc.internal;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * A unit of work found, while deciding, a footprint name it did not lock (a fact it depends on
 * appeared after its locks were planned). It is rolled back and tried again with the name locked
 * from the start, so locks are still only ever taken in ascending order.
 */
final class NeedMoreLocks extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Set<String> names;

  NeedMoreLocks(Set<String> names) {
    super("footprint names not locked: " + names, null, false, false);
    this.names = ImmutableSortedSet.copyOf(names);
  }

  Set<String> names() {
    return names;
  }
}
