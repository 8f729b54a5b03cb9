package dev.pointsledger.core.audit;

import java.nio.charset.StandardCharsets;

/**
 * The sequence number of every entry id read, by a 64-bit fingerprint of the id, in an
 * open-addressing table of two {@code long} arrays kept at most three quarters full: 16 to 32
 * bytes per entry (32 MB for a million entries, 48 MB while the table doubles), the only part of
 * the verifier's memory that grows with the journal rather than with its parties and accounts.
 * Two ids with the same fingerprint are told apart by
 * reading the earlier entry again ({@link LedgerVerifier}), so uniqueness is exact.
 */
final class IdIndex {
  private static final long EMPTY = 0;

  private long[] keys = new long[1 << 12];
  private long[] values = new long[1 << 12];
  private int size;

  /**
   * Remembers an id's sequence number unless its fingerprint is known.
   *
   * @return 0 if the fingerprint was new, else the sequence number stored with it
   */
  long putIfAbsent(String id, long sequence) {
    long key = fingerprint(id);
    int mask = keys.length - 1;
    for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        keys[i] = key;
        values[i] = sequence;
        if (++size * 4 > keys.length * 3) {
          grow();
        }
        return 0;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /**
   * The sequence number stored for an id's fingerprint.
   *
   * @return it, or 0 if none
   */
  long get(String id) {
    long key = fingerprint(id);
    int mask = keys.length - 1;
    for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        return 0;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = (int) mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** FNV-1a over the UTF-8 bytes, then a finaliser; never {@link #EMPTY}. */
  static long fingerprint(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h = mix(h);
    return h == EMPTY ? 1 : h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
