package dev.pointsledger.examples.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pointsledger.core.sample.ActivityClock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DayGateTest {
  private static final LocalDate D1 = LocalDate.of(2022, 5, 2);
  private static final LocalDate D2 = LocalDate.of(2022, 5, 3);

  private static CompletableFuture<Void> enter(DayGate gate, int client, int round, LocalDate d) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            gate.enter(client, round, d);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void theClockMovesOn_onlyWhenNoClientIsLeftOnToday() throws Exception {
    ActivityClock clock = ActivityClock.at(LocalDate.of(2022, 1, 1));
    DayGate gate = new DayGate(clock, 2);
    CompletableFuture<Void> first = enter(gate, 0, 0, D1);
    assertThrows(TimeoutException.class, () -> first.get(200, TimeUnit.MILLISECONDS));
    enter(gate, 1, 0, D1).get(5, TimeUnit.SECONDS);
    first.get(5, TimeUnit.SECONDS);
    assertEquals(D1, clock.today());

    CompletableFuture<Void> secondDay = enter(gate, 1, 0, D2);
    assertThrows(TimeoutException.class, () -> secondDay.get(200, TimeUnit.MILLISECONDS));
    assertEquals(D1, clock.today(), "client 0 may still submit commands of the first day");
    gate.enter(0, 0, D1);
    assertFalse(secondDay.isDone());
    gate.done(0);
    secondDay.get(5, TimeUnit.SECONDS);
    assertEquals(D2, clock.today());
  }

  @Test
  void aLaterRound_comesAfterEveryDayOfTheRoundBefore() throws Exception {
    ActivityClock clock = ActivityClock.at(LocalDate.of(2022, 1, 1));
    DayGate gate = new DayGate(clock, 2);
    CompletableFuture<Void> nextRound = enter(gate, 0, 1, D1);
    enter(gate, 1, 0, D2).get(5, TimeUnit.SECONDS);
    assertEquals(D2, clock.today());
    assertFalse(nextRound.isDone());
    gate.done(1);
    nextRound.get(5, TimeUnit.SECONDS);
    assertEquals(D1, clock.today(), "round 1 starts the year again");
  }

  @Test
  void aClientWhoseDayHasPassed_isABug() throws Exception {
    DayGate gate = new DayGate(ActivityClock.at(D1), 1);
    gate.enter(0, 0, D2);
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> enter(gate, 0, 0, D1).get(5, TimeUnit.SECONDS));
    assertEquals(IllegalStateException.class, e.getCause().getClass());
  }
}
