package dev.pointsledger.core.memory;

import java.util.Arrays;

/**
 * An account's running balances, each stamped with the sequence number of the entry that made
 * it, read back as of a sequence number by binary search. Unboxed; not thread-safe: the store
 * guards it.
 */
final class BalanceHistory {
  private long[] sequences = new long[2];
  private long[] balances = new long[2];
  private int size;

  void add(long sequence, long amount) {
    if (size == sequences.length) {
      sequences = Arrays.copyOf(sequences, size * 2);
      balances = Arrays.copyOf(balances, size * 2);
    }
    balances[size] = Math.addExact(latest(), amount);
    sequences[size] = sequence;
    size++;
  }

  /**
   * Forgets every balance stamped after a sequence number (a batch that failed midway).
   *
   * @return true if no balance is left
   */
  boolean dropAfter(long sequence) {
    size = countUpTo(sequence);
    return size == 0;
  }

  long latest() {
    return size == 0 ? 0L : balances[size - 1];
  }

  long sequenceAt(int index) {
    return sequences[index];
  }

  long balanceAt(int index) {
    return balances[index];
  }

  /** The number of balances stamped at or before a sequence number. */
  int countUpTo(long asOf) {
    int i = Arrays.binarySearch(sequences, 0, size, asOf);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The balance as of a sequence number, 0 before the first posting. */
  long asOf(long asOf) {
    int n = countUpTo(asOf);
    return n == 0 ? 0L : balances[n - 1];
  }
}
