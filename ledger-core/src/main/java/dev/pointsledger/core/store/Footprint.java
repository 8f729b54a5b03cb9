package dev.pointsledger.core.store;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The names of what a command must hold while it is decided and appended. Names look like {@code
 * manufacturer|program|id}.
 *
 * <p>{@link #locks()} are held exclusively: the manufacturer, contract, claim and vendor whose
 * bounded balances or records the command reads and writes. {@link #shared()} are held shared:
 * records the command only reads but whose change must be ordered with it (a purchase reads its
 * solution's listing; a withdrawal of the solution holds it exclusively, so the two are appended
 * in the order they were decided). A name in both sets is held exclusively.
 *
 * <p>A store that runs commands concurrently must hold a lock on each name (in an order it fixes,
 * to exclude deadlock) before it reads the state; a store that runs one command at a time may
 * ignore the footprint. The program's pool and credits to payables are never in a footprint: they
 * have no bound to check, so they need not be serialised.
 *
 * @param locks the names held exclusively, sorted
 * @param shared the names held shared, sorted, none of them in {@code locks}
 */
public record Footprint(Set<String> locks, Set<String> shared) {
  /**
   * Copies the names into sorted, immutable sets; a name in both is held exclusively.
   *
   * @param locks the names held exclusively, sorted
   * @param shared the names held shared, sorted, none of them in {@code locks}
   */
  public Footprint {
    locks = ImmutableSortedSet.copyOf(locks);
    shared = ImmutableSortedSet.copyOf(Sets.difference(ImmutableSortedSet.copyOf(shared), locks));
  }

  /**
   * A footprint of exclusive names only.
   *
   * @param locks the names held exclusively
   */
  public Footprint(Set<String> locks) {
    this(locks, Set.of());
  }
}
