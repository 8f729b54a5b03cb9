package dev.pointsledger.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The replay's shadows by the {@link Fingerprint} of their record key, in an open-addressing table
 * kept at most three quarters full: two {@code long}s and a reference per slot (24 to 48 bytes per
 * shadow), with no {@code HashMap} node and no key object kept per shadow.
 *
 * @param <V> the shadow
 */
final class FingerprintTable<V> {
  private long[] keys = new long[2 * 1024];
  private Object[] values = new Object[1024];
  private int size;

  /** The shadow of a key, or null. */
  @SuppressWarnings("unchecked")
  V get(Fingerprint f) {
    return (V) values[find(f.hi(), f.lo())];
  }

  /** Whether a key has a shadow. */
  boolean containsKey(Fingerprint f) {
    return values[find(f.hi(), f.lo())] != null;
  }

  /** Sets the shadow of a key (never null). */
  void put(Fingerprint f, V value) {
    int i = find(f.hi(), f.lo());
    if (values[i] == null) {
      keys[2 * i] = f.hi();
      keys[2 * i + 1] = f.lo();
      values[i] = value;
      if (++size * 4 > values.length * 3) {
        grow();
      }
    } else {
      values[i] = value;
    }
  }

  /** The shadow of a key, made and kept if it has none. */
  V computeIfAbsent(Fingerprint f, Function<Fingerprint, V> make) {
    V v = get(f);
    if (v == null) {
      v = make.apply(f);
      put(f, v);
    }
    return v;
  }

  /** Every shadow, in no particular order (a new list). */
  @SuppressWarnings("unchecked")
  List<V> values() {
    List<V> all = new ArrayList<>(size);
    for (Object v : values) {
      if (v != null) {
        all.add((V) v);
      }
    }
    return all;
  }

  private int find(long hi, long lo) {
    int mask = values.length - 1;
    int i = (int) (hi ^ lo) & mask;
    while (values[i] != null && (keys[2 * i] != hi || keys[2 * i + 1] != lo)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    for (int j = 0; j < oldValues.length; j++) {
      if (oldValues[j] != null) {
        int i = find(oldKeys[2 * j], oldKeys[2 * j + 1]);
        keys[2 * i] = oldKeys[2 * j];
        keys[2 * i + 1] = oldKeys[2 * j + 1];
        values[i] = oldValues[j];
      }
    }
  }
}
