package dev.pointsledger.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.CommandType;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ManufacturerBalances;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityGeneratorTest {
  private static final int MANUFACTURERS = 2_000;

  /** What applying a generator's batches to an in-memory ledger did. */
  private record Run(
      Map<RejectionCode, Long> refusals,
      long applied,
      long replayed,
      String head,
      VerificationReport report,
      List<ManufacturerBalances> manufacturers,
      long granted) {}

  private static Run apply(ActivityGenerator activity, int batchSize) {
    ActivityClock clock = ActivityClock.at(activity.summary().firstDay());
    Map<RejectionCode, Long> refusals = new EnumMap<>(RejectionCode.class);
    long applied = 0;
    long replayed = 0;
    Set<ManufacturerId> granted = new HashSet<>();
    try (Ledger ledger = Ledger.inMemory(clock)) {
      for (ActivityBatch batch : activity.batches(batchSize)) {
        clock.setDay(batch.day());
        for (CommandOutcome outcome : ledger.submitAll(batch.commands())) {
          if (outcome instanceof CommandOutcome.Refused refused) {
            refusals.merge(refused.rejection().code(), 1L, Long::sum);
          } else if (((CommandOutcome.Applied) outcome).replayed()) {
            replayed++;
          } else {
            applied++;
            if (outcome.command() instanceof GrantPoints grant) {
              granted.add(grant.manufacturer());
            }
          }
        }
      }
      var program = ProgramPresets.INDUSTRIAL_PAVILION_2022;
      List<ManufacturerBalances> balances = new ArrayList<>();
      long total = 0;
      for (ManufacturerId m : granted) {
        ManufacturerBalances b = ledger.now().manufacturer(program, m);
        balances.add(b);
        total += b.granted();
      }
      return new Run(
          refusals,
          applied,
          replayed,
          ledger.verify().headHash().hex(),
          ledger.verify(),
          balances,
          total);
    }
  }

  @Test
  void everyCommand_isApplied_butTheRefusalsItMakesOnPurpose() {
    ActivityGenerator activity = ActivityGenerator.of(MANUFACTURERS, 7);
    ActivitySummary summary = activity.summary();

    Run run = apply(activity, 1_000);

    assertEquals(summary.expectedRefusals(), run.refusals());
    assertEquals(summary.applied(), run.applied());
    assertEquals(0, run.replayed());
    assertTrue(run.report().clean(), run.report()::toText);
    assertEquals(summary.pointsGranted(), run.granted());
  }

  @Test
  void everyUnusedPoint_hasLapsedAfterTheProgramsEnd() {
    Run run = apply(ActivityGenerator.of(MANUFACTURERS, 7), 1_000);

    for (ManufacturerBalances b : run.manufacturers()) {
      assertEquals(0, b.available(), () -> "unused points left: " + b);
    }
    assertTrue(run.manufacturers().stream().anyMatch(b -> b.lapsed() > 0));
    assertTrue(run.manufacturers().stream().anyMatch(b -> b.redeemed() > 0));
  }

  @Test
  void theActivity_coversTheWholeLifecycle_andEveryDeliberateRefusal() {
    ActivitySummary s = ActivityGenerator.of(MANUFACTURERS, 7).summary();

    for (CommandType type : CommandType.values()) {
      if (type != CommandType.REVERSE_ENTRY && type != CommandType.CARRY_OVER_SOLUTION) {
        assertTrue(s.commandsOf(type) > 0, () -> "no " + type);
      }
    }
    assertEquals(
        Set.of(
            RejectionCode.INELIGIBLE_VENDOR_CAPITAL,
            RejectionCode.INELIGIBLE_MANUFACTURER_SIZE,
            RejectionCode.CAP_EXCEEDED,
            RejectionCode.MORE_THAN_HALF_OF_PRICE,
            RejectionCode.CONTRACT_NOT_ENDED),
        s.expectedRefusals().keySet());
    assertTrue(s.categories().size() >= 8, () -> "categories " + s.categories());
    assertTrue(s.oddPrices() > 0);
    assertEquals(
        MANUFACTURERS,
        s.commandsOf(CommandType.GRANT_POINTS)
            - s.expectedRefusals().get(RejectionCode.CAP_EXCEEDED));
    assertEquals(LocalDate.of(2022, 3, 23), s.firstDay());
    assertTrue(s.lastDay().isAfter(LocalDate.of(2023, 1, 1)), "claims go on after the end");
  }

  @Test
  void theSameSeed_givesTheSameCommands_andTheSameChain() {
    List<Command> first = commands(ActivityGenerator.of(300, 42), 100);
    List<Command> again = commands(ActivityGenerator.of(300, 42), 100);
    List<Command> other = commands(ActivityGenerator.of(300, 43), 100);

    assertEquals(first, again);
    assertNotEquals(first, other);
    assertEquals(
        apply(ActivityGenerator.of(300, 42), 100).head(),
        apply(ActivityGenerator.of(300, 42), 250).head());
    assertNotEquals(
        apply(ActivityGenerator.of(300, 42), 100).head(),
        apply(ActivityGenerator.of(300, 43), 100).head());
  }

  @Test
  void batches_holdOneDayEach_inDayOrder_andAtMostTheirSize() {
    ActivityGenerator activity = ActivityGenerator.of(500, 7);
    LocalDate previous = LocalDate.MIN;
    long commands = 0;
    Set<LocalDate> days = new HashSet<>();
    for (ActivityBatch batch : activity.batches(64)) {
      assertFalse(batch.day().isBefore(previous));
      assertTrue(batch.commands().size() >= 1 && batch.commands().size() <= 64);
      previous = batch.day();
      days.add(batch.day());
      commands += batch.commands().size();
    }
    assertEquals(activity.summary().commands(), commands);
    assertEquals(activity.summary().days(), days.size());
    assertThrows(IllegalArgumentException.class, () -> activity.batches(0));
    assertThrows(IllegalArgumentException.class, () -> ActivityGenerator.of(0, 7));
  }

  @Test
  void everyBusinessId_isAValidUnifiedBusinessNumber_andDistinct() {
    Set<String> ids = new HashSet<>();
    int parties = 0;
    for (Command c : commands(ActivityGenerator.of(MANUFACTURERS, 7), 1_000)) {
      String id =
          c instanceof GrantPoints g
              ? g.manufacturer().value()
              : c instanceof RegisterVendor r ? r.vendor().value() : null;
      if (id != null && !(c instanceof GrantPoints g && g.id().value().startsWith("grant-more"))) {
        parties++;
        ids.add(id);
        assertTrue(passesTheChecksum(id), id);
      }
    }
    assertEquals(parties, ids.size());
  }

  @Test
  void oddPrices_payAtMostTheFloorOfHalfInPoints() {
    long odd = 0;
    for (Command c : commands(ActivityGenerator.of(MANUFACTURERS, 7), 1_000)) {
      if (c instanceof PurchaseSolution p
          && p.price() % 2 == 1
          && !p.id().value().endsWith("-over")) {
        odd++;
        assertTrue(p.points() <= p.price() / 2, p::toString);
      }
    }
    assertTrue(odd > 0);
  }

  @Test
  void theCheckDigit_followsTheMinistryOfFinanceRule() {
    assertTrue(BusinessNumbers.isValid("04595257"));
    assertFalse(BusinessNumbers.isValid("04595258"));
    assertTrue(BusinessNumbers.isValid("10458575"), "7th digit 7: the sum passes");
    assertTrue(BusinessNumbers.isValid("10458574"), "7th digit 7: the sum plus one passes");
    assertFalse(BusinessNumbers.isValid("1045857"));
    assertFalse(BusinessNumbers.isValid("1045857a"));
    assertEquals(
        "04595252", BusinessNumbers.withCheckDigit(459525), "the smallest digit that passes");
  }

  /** The checksum, computed here independently of the generator's helper. */
  private static boolean passesTheChecksum(String id) {
    int[] weights = {1, 2, 1, 2, 1, 2, 4, 1};
    if (!id.matches("[0-9]{8}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int p = Character.digit(id.charAt(i), 10) * weights[i];
      sum += p / 10 + p % 10;
    }
    return sum % 5 == 0 || (id.charAt(6) == '7' && (sum + 1) % 5 == 0);
  }

  private static List<Command> commands(ActivityGenerator activity, int size) {
    List<Command> all = new ArrayList<>();
    activity.batches(size).forEach(b -> all.addAll(b.commands()));
    return all;
  }
}
