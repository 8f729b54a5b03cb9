package dev.pointsledger.examples.load;

import dev.pointsledger.core.sample.ActivityClock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Keeps every client on the same business day: the clients share one ledger and one clock (so
 * that group commit may put their calls in one transaction, which it does only for calls of one
 * ledger), and the clock moves to the next day only when every client has submitted all of its
 * commands of the day. A client that is done (out of time or of work) no longer holds the day
 * back. Days are counted within rounds of the year ({@link ClientWorkload}): all clients finish a
 * round before any starts the next one.
 */
final class DayGate {
  private static final long DONE = Long.MAX_VALUE;

  private final ActivityClock clock;
  private final long[] wanted;
  /** Today; before the first day, {@link Long#MIN_VALUE}, which a client that has not entered yet also holds. */
  private long current = Long.MIN_VALUE;

  DayGate(ActivityClock clock, int clients) {
    this.clock = clock;
    this.wanted = new long[clients];
    Arrays.fill(wanted, Long.MIN_VALUE);
  }

  /** A day of a round as one ordered number. */
  static long key(int round, LocalDate day) {
    return round * 10_000_000L + day.toEpochDay();
  }

  /**
   * Waits until the clock shows a client's next day.
   *
   * @param client the client
   * @param round the round of its next call
   * @param day the day of its next call
   * @throws InterruptedException if interrupted while waiting
   */
  synchronized void enter(int client, int round, LocalDate day) throws InterruptedException {
    long key = key(round, day);
    wanted[client] = key;
    advanceIfAllWait();
    while (current < key) {
      wait();
    }
    if (current > key) {
      throw new IllegalStateException("the day of client " + client + " has passed");
    }
  }

  /**
   * A client submits nothing more.
   *
   * @param client the client
   */
  synchronized void done(int client) {
    wanted[client] = DONE;
    advanceIfAllWait();
  }

  /** Moves the clock to the earliest day a client waits for, once no client is on today. */
  private void advanceIfAllWait() {
    long next = Arrays.stream(wanted).min().orElse(DONE);
    if (next == DONE || next <= current) {
      return;
    }
    for (long w : wanted) {
      if (w == current) {
        return;
      }
    }
    current = next;
    clock.setDay(LocalDate.ofEpochDay(Math.floorMod(next, 10_000_000L)));
    notifyAll();
  }
}
