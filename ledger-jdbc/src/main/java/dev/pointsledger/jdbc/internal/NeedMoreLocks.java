package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.store.Footprint;

/**
 * A unit of work found, while deciding, a footprint name it did not lock (a fact it depends on
 * appeared after its locks were planned), or held a name shared that it turned out to need
 * exclusively. It is rolled back and tried again with the name locked from the start, so locks
 * are still only ever taken in ascending order.
 */
final class NeedMoreLocks extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Footprint names;

  NeedMoreLocks(Footprint names) {
    super("footprint names not locked: " + names, null, false, false);
    this.names = names;
  }

  /** The names to lock as well: exclusively, and shared. */
  Footprint names() {
    return names;
  }
}
