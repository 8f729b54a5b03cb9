package dev.pointsledger.core.memory;

import java.util.Arrays;
import java.util.Map;

/**
 * The last few map lookups of the command being applied: the rules look up a balance or a record,
 * and the append looks up the same key again to write to it. In maps of a million keys each
 * lookup is a few cache misses (the table, the node, the key and its strings), so the append asks
 * here first. Only the writer holding the store's write lock uses it, and it is forgotten before
 * and after every command and on a rollback, so it never outlives the maps' state it saw.
 */
final class RecentLookups {
  private static final int SIZE = 8;

  /** What a lookup that found nothing is remembered as. */
  private static final Object ABSENT = new Object();

  private final Object[] maps = new Object[SIZE];
  private final Object[] keys = new Object[SIZE];
  private final Object[] values = new Object[SIZE];
  private int size;

  /**
   * The value of a key in a map, from a recent lookup of the same key in the same map or from the
   * map itself (then remembered, while there is room).
   */
  @SuppressWarnings("unchecked")
  <K, V> V get(Map<K, V> map, K key) {
    for (int i = 0; i < size; i++) {
      Object k = keys[i];
      if (maps[i] == map && (k == key || k.equals(key))) {
        Object v = values[i];
        return v == ABSENT ? null : (V) v;
      }
    }
    V v = map.get(key);
    if (size < SIZE) {
      maps[size] = map;
      keys[size] = key;
      values[size] = v == null ? ABSENT : v;
      size++;
    }
    return v;
  }

  /** Forgets every lookup: the maps are about to change, or a command is done. */
  void forget() {
    Arrays.fill(maps, 0, size, null);
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
  }
}
