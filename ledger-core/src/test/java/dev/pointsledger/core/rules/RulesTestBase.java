package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.P2022;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ContractView;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerAssertions;
import dev.pointsledger.core.testing.MutableClock;
import java.time.LocalDate;

/**
 * A fresh in-memory ledger for each test, on 2022-05-02, with the 2022 program (or the one a test
 * class names) in which vendors V1 and V2 have registered and listed a solution each ({@link
 * Fixtures#listSolutions}); and the few verbs the rule tests are written in.
 */
abstract class RulesTestBase {
  /** The ledger's clock, at noon in Taipei. */
  final MutableClock clock = MutableClock.at(Fixtures.MAY_2);

  /** The ledger under test. */
  final Ledger ledger = Ledger.inMemory(clock);

  RulesTestBase() {
    ledger.defineProgram(program());
    Fixtures.listSolutions(ledger, "V1", "V2");
  }

  /**
   * The program the tests run in, under the 2022 program's id; called by the constructor, so an
   * override must not read instance fields.
   */
  Program program() {
    return ProgramPresets.industrialPavilion2022();
  }

  /** Defines another program in the ledger. */
  void define(Program program) {
    ledger.defineProgram(program);
  }

  /** Runs commands that must be accepted; returns the last one's entry. */
  JournalEntry accepted(Command... commands) {
    JournalEntry last = null;
    for (Command c : commands) {
      last = ledger.execute(c);
    }
    return last;
  }

  /** Runs a command that must be refused with a code and leave the ledger as it was. */
  Rejection refused(Command command, RejectionCode code) {
    return LedgerAssertions.assertRefused(ledger, command, code);
  }

  /**
   * M1 (granted enough points) buys C1 of V1 with 30,000 points; the day after its service ends, V1
   * claims 10,000 of them as CL1, pending.
   */
  void c1UnderAPendingClaim() {
    accepted(Fixtures.reserve("r1", "C1", "M1", "V1", 60_000, 30_000));
    today(Fixtures.SERVICE_END.plusDays(1));
    accepted(Fixtures.claim("k1", "CL1", "C1", "V1", 10_000));
  }

  /** Moves the ledger's business day. */
  void today(LocalDate day) {
    clock.setDay(day);
  }

  /** A manufacturer's balances in the 2022 program. */
  ManufacturerBalances balances(String manufacturer) {
    return ledger.now().manufacturer(P2022, Fixtures.m(manufacturer));
  }

  /** Asserts where a manufacturer's points are: unused and reserved on contracts. */
  void assertPoints(String manufacturer, long available, long reserved) {
    ManufacturerBalances b = balances(manufacturer);
    assertEquals(available, b.available(), () -> manufacturer + " available, in " + b);
    assertEquals(reserved, b.reserved(), () -> manufacturer + " reserved, in " + b);
  }

  /** A contract of the 2022 program. */
  ContractView contract(String contract) {
    return ledger.now().contract(P2022, Fixtures.c(contract));
  }
}
