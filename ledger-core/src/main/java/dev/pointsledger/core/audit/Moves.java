package dev.pointsledger.core.audit;

import dev.pointsledger.core.account.AccountId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an entry moves, or what its references allow it to move: the net amount per account, in
 * two small parallel arrays searched linearly (an entry posts to a handful of accounts), so the
 * replay needs no {@code HashMap} and no boxed amount per entry. Two moves are equal when they
 * hold the same accounts with the same net amounts, in any order, as two maps would be.
 */
final class Moves {
  private AccountId[] accounts;
  private long[] amounts;
  private int size;

  Moves(int capacity) {
    accounts = new AccountId[Math.max(capacity, 2)];
    amounts = new long[accounts.length];
  }

  /** The moves of {@code amount} from one account to another (one net move if they are one). */
  static Moves pair(AccountId from, AccountId to, long amount) {
    Moves m = new Moves(4);
    m.put(from, -amount);
    m.merge(to, amount);
    return m;
  }

  private int indexOf(AccountId a) {
    for (int i = 0; i < size; i++) {
      if (accounts[i].equals(a)) {
        return i;
      }
    }
    return -1;
  }

  /** Adds an amount to an account's net move. */
  void merge(AccountId a, long amount) {
    int i = indexOf(a);
    if (i >= 0) {
      amounts[i] += amount;
    } else {
      append(a, amount);
    }
  }

  /** Sets an account's net move. */
  void put(AccountId a, long amount) {
    int i = indexOf(a);
    if (i >= 0) {
      amounts[i] = amount;
    } else {
      append(a, amount);
    }
  }

  /** Sets every move of another. */
  void putAll(Moves other) {
    for (int i = 0; i < other.size; i++) {
      put(other.accounts[i], other.amounts[i]);
    }
  }

  private void append(AccountId a, long amount) {
    if (size == accounts.length) {
      accounts = Arrays.copyOf(accounts, size * 2);
      amounts = Arrays.copyOf(amounts, size * 2);
    }
    accounts[size] = a;
    amounts[size] = amount;
    size++;
  }

  /** An account's net move, 0 if it has none. */
  long get(AccountId a) {
    int i = indexOf(a);
    return i >= 0 ? amounts[i] : 0;
  }

  /** Whether an account has a move (even one netting to 0). */
  boolean contains(AccountId a) {
    return indexOf(a) >= 0;
  }

  /**
   * Removes an account's move.
   *
   * @return whether it had one
   */
  boolean remove(AccountId a) {
    int i = indexOf(a);
    if (i < 0) {
      return false;
    }
    size--;
    accounts[i] = accounts[size];
    amounts[i] = amounts[size];
    accounts[size] = null;
    return true;
  }

  /** Whether every net move is non-zero. */
  boolean allNonZero() {
    for (int i = 0; i < size; i++) {
      if (amounts[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether both hold the same accounts with the same net amounts. */
  boolean sameAs(Moves other) {
    if (size != other.size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      int j = other.indexOf(accounts[i]);
      if (j < 0 || other.amounts[j] != amounts[i]) {
        return false;
      }
    }
    return true;
  }

  /** The moves in account order, for a finding: {@code account +n, account -n}. */
  String describe() {
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    order.sort((x, y) -> accounts[x].compareTo(accounts[y]));
    List<String> parts = new ArrayList<>(size);
    for (int i : order) {
      parts.add(accounts[i] + " " + (amounts[i] > 0 ? "+" : "") + amounts[i]);
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }
}
