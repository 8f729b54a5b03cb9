package dev.pointsledger.core.store;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * The names of what a command must hold exclusively while it is decided and appended: the
 * manufacturer, contract, claim and vendor whose bounded balances or records it reads and writes.
 * Names look like {@code manufacturer|program|id}. A store that runs commands concurrently must
 * hold a lock on each name (in an order it fixes, to exclude deadlock) before it reads the state;
 * a store that runs one command at a time may ignore the footprint. The program's pool and
 * credits to payables are never in a footprint: they have no bound to check, so they need not be
 * serialised.
 *
 * @param locks the names, sorted
 */
public record Footprint(Set<String> locks) {
  /** Copies the names into a sorted, immutable set. */
  public Footprint {
    locks = ImmutableSortedSet.copyOf(locks);
  }
}
