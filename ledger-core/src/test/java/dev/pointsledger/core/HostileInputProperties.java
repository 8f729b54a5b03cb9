package dev.pointsledger.core;

import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.testing.HostileInputs;
import dev.pointsledger.core.testing.HostileInputs.Raw;
import dev.pointsledger.core.testing.LedgerInvariants;
import dev.pointsledger.core.testing.MutableClock;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Every input gets a typed answer: commands of every type with random and hostile values may be
 * refused at construction ({@code IllegalArgumentException}, {@code NullPointerException}), and
 * once built, {@code submit}, {@code execute} and {@code submitAll} on a ledger with a realistic
 * state only return outcomes or throw {@code LedgerRejectedException}; a refused command leaves the
 * ledger exactly as it was; the queries and reports read afterwards answer; every invariant holds.
 * The PostgreSQL store runs the same property in ledger-jdbc and must give the same answers.
 */
class HostileInputProperties {

  @Provide
  Arbitrary<List<Raw>> batches() {
    return HostileInputs.batches(6);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return HostileInputs.days();
  }

  @Property(tries = 500)
  void anyCommand_isAnsweredWithAnOutcomeOrARejection_andARefusalWritesNothing(
      @ForAll("days") LocalDate day,
      @ForAll("batches") List<Raw> raws,
      @ForAll @IntRange(min = 0, max = 2) int path) {
    MutableClock clock = MutableClock.at(day);
    Ledger ledger = HostileInputs.realisticLedger(new InMemoryLedgerStore(), clock);
    clock.setDay(day);

    List<Object> answers = HostileInputs.send(ledger, raws, path, true);

    LedgerInvariants.assertAll(ledger);
    for (Object answer : answers) {
      Statistics.label("answers").collect(kind(answer));
    }
    Statistics.label("answers")
        .coverage(
            coverage -> {
              coverage.check("applied").count(n -> n >= 100);
              coverage.check("invalid: IllegalArgumentException").count(n -> n >= 50);
              coverage.check("invalid: NullPointerException").count(n -> n >= 10);
              coverage.check("refused DATE_OUT_OF_RANGE").count(n -> n >= 1);
              coverage.check("refused AMOUNT_ABOVE_LIMIT").count(n -> n >= 1);
            });
  }

  private static String kind(Object answer) {
    if (answer instanceof String s) {
      return s;
    }
    if (answer instanceof dev.pointsledger.core.command.CommandOutcome.Refused r) {
      return "refused " + r.rejection().code();
    }
    if (answer instanceof dev.pointsledger.core.error.Rejection r) {
      return "refused " + r.code();
    }
    if (answer instanceof dev.pointsledger.core.command.CommandOutcome.Applied a) {
      return a.replayed() ? "replayed" : "applied";
    }
    if (answer instanceof dev.pointsledger.core.journal.JournalEntry) {
      return "applied";
    }
    return "read " + answer.getClass().getSimpleName();
  }
}
