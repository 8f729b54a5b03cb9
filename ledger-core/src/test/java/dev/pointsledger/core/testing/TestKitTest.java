package dev.pointsledger.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.supply.ReviewStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The test kit does what its javadoc promises an embedder. */
class TestKitTest {
  @Test
  void theReadyScenario_hasAListedSolution_andAManufacturerGrantedTheCap() {
    TestLedger t = TestLedger.ready2022();

    assertEquals(TestLedger.MAY_2, t.today());
    assertEquals(
        ReviewStatus.LISTED,
        t.ledger()
            .now()
            .solution(TestLedger.P2022, SolutionId.of(TestLedger.SOLUTION))
            .statusOn(t.today()));
    t.assertPoints(TestLedger.MANUFACTURER, TestLedger.GRANTED, 0);
    assertTrue(t.ledger().verify().clean());
  }

  @Test
  void lastYearsProgram_isThePreviousProgramOfThe2022Preset() {
    TestLedger t = TestLedger.withLastYear();

    ProgramId previous =
        t.ledger().now().program(TestLedger.P2022).policy().previousProgram().orElseThrow();
    assertEquals(TestLedger.program2021().id(), previous);
    assertEquals(TestLedger.P2021, previous);
  }

  @Test
  void theClock_movesToADay_andByDays_showingNoonInTaipei() {
    MutableClock clock = MutableClock.at(LocalDate.of(2022, 8, 31));
    clock.advanceDays(1);

    assertEquals(LocalDate.of(2022, 9, 1), clock.today());
    assertEquals("2022-09-01T04:00:00Z", clock.instant().toString());
  }

  @Test
  void theKitAnEmbedderUses_needsNothingTheCoreDoesNotExport() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.pointsledger.core.rules..", "dev.pointsledger.core.memory..", "dev.pointsledger.jdbc..")
        .because("an embedder may run TestLedger with the library on the module path")
        .check(
            new ClassFileImporter()
                .importClasses(
                    TestLedger.class,
                    MutableClock.class,
                    LedgerAssertions.class,
                    Fixtures.class,
                    CivilCode.class));
  }
}
