package dev.pointsledger.core.memory;

import java.util.Arrays;

/**
 * Values stamped with strictly increasing sequence numbers (one version per entry), read back as
 * of a sequence number by binary search. Not thread-safe: the store guards it.
 *
 * @param <T> the values' type
 */
final class GrowableHistory<T> {
  // most records have one or two versions (a manufacturer granted once, a contract made and
  // claimed), and every history is kept for good
  private long[] sequences = new long[2];
  private Object[] values = new Object[2];
  private int size;

  void add(long sequence, T value) {
    if (size == sequences.length) {
      sequences = Arrays.copyOf(sequences, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    sequences[size] = sequence;
    values[size] = value;
    size++;
  }

  /**
   * Forgets every value stamped after a sequence number (a batch that failed midway).
   *
   * @return true if no value is left
   */
  boolean dropAfter(long sequence) {
    int keep = countUpTo(sequence);
    Arrays.fill(values, keep, size, null);
    size = keep;
    return size == 0;
  }

  @SuppressWarnings("unchecked")
  T latest() {
    return size == 0 ? null : (T) values[size - 1];
  }

  /** The number of values stamped at or before a sequence number. */
  int countUpTo(long asOf) {
    int i = Arrays.binarySearch(sequences, 0, size, asOf);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The last value stamped at or before a sequence number, or null. */
  @SuppressWarnings("unchecked")
  T asOf(long asOf) {
    int n = countUpTo(asOf);
    return n == 0 ? null : (T) values[n - 1];
  }
}
