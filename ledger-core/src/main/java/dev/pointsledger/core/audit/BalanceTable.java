package dev.pointsledger.core.audit;

/**
 * Every account's balance by its {@link Fingerprint}, in one open-addressing {@code long} array
 * kept at most three quarters full: about 25 to 50 bytes per account, no object per account.
 */
final class BalanceTable {
  private long[] slots = new long[3 * 1024];
  private boolean[] used = new boolean[1024];
  private int size;

  /**
   * Adds to an account's balance.
   *
   * @return the balance after
   * @throws ArithmeticException if it overflows 64 bits (nothing is added then)
   */
  long add(Fingerprint f, long delta) {
    int i = find(f.hi(), f.lo());
    if (!used[i]) {
      used[i] = true;
      slots[3 * i] = f.hi();
      slots[3 * i + 1] = f.lo();
      slots[3 * i + 2] = delta;
      if (++size * 4 > used.length * 3) {
        grow();
      }
      return delta;
    }
    long after = Math.addExact(slots[3 * i + 2], delta);
    slots[3 * i + 2] = after;
    return after;
  }

  /** An account's balance, 0 if it has no posting. */
  long get(Fingerprint f) {
    int i = find(f.hi(), f.lo());
    return used[i] ? slots[3 * i + 2] : 0;
  }

  private int find(long hi, long lo) {
    int mask = used.length - 1;
    int i = (int) (hi ^ lo) & mask;
    while (used[i] && (slots[3 * i] != hi || slots[3 * i + 1] != lo)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = slots;
    boolean[] oldUsed = used;
    slots = new long[old.length * 2];
    used = new boolean[oldUsed.length * 2];
    for (int j = 0; j < oldUsed.length; j++) {
      if (oldUsed[j]) {
        int i = find(old[3 * j], old[3 * j + 1]);
        used[i] = true;
        System.arraycopy(old, 3 * j, slots, 3 * i, 3);
      }
    }
  }
}
