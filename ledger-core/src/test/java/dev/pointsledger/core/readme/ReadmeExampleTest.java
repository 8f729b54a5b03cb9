package dev.pointsledger.core.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.rules.LedgerRules;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, verbatim between the markers, so it keeps compiling. */
class ReadmeExampleTest {
  @Test
  void readmeExample_grantsAndSpendsHalfThePrice() {
    Clock clock = Clock.fixed(Instant.parse("2022-05-02T04:00:00Z"), LedgerRules.TAIPEI);
    Ledger setup = Ledger.inMemory(clock);
    setup.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(setup, "V1"); // registers vendor V1 and lists its solution S-V1
    long available = example(setup);
    assertEquals(140_000, available);
  }

  private static long example(Ledger ledger) {
    // README example begins
    var program = ProgramPresets.INDUSTRIAL_PAVILION_2022;
    var factory = ManufacturerId.of("12345678");
    ledger.execute(GrantPoints.builder().id(EntryId.of("grant-1")).program(program)
        .manufacturer(factory).points(200_000).applicationDate(LocalDate.of(2022, 5, 2))
        .profile(ManufacturerProfile.typicalSmallFactory())
        .document(new DocumentRef("factory-registration", "99-123456")).build());
    ledger.execute(PurchaseSolution.builder().id(EntryId.of("buy-1")).program(program)
        .contract(ContractId.of("C-1")).manufacturer(factory).solution(SolutionId.of("S-V1"))
        .price(120_001).points(60_000).service(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31))
        .build());
    long available = ledger.now().manufacturer(program, factory).available(); // 140,000
    // README example ends
    return available;
  }
}
