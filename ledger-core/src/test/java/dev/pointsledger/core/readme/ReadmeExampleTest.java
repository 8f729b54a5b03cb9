package dev.pointsledger.core.readme;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of the README: the lines between the markers below compile and run here,
 * and the README's embedding example holds them verbatim.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src/test/java/dev/pointsledger/core/readme/ReadmeExampleTest.java");

  @Test
  void theReadme_holdsTheExampleVerbatim() throws IOException {
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    int begin = source.indexOf("    // README example begins");
    int end = source.indexOf("    // README example ends");
    String example =
        source.subList(begin + 1, end).stream()
            .map(line -> line.substring(4))
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    assertTrue(
        readme.contains(example + "\n```"),
        () -> "README.md's embedding example does not hold these lines:\n" + example);
  }

  @Test
  void readmeExample_grantsAndSpendsHalfThePrice() {
    Clock clock = Clock.fixed(Instant.parse("2022-05-02T04:00:00Z"), LedgerRules.TAIPEI);
    Ledger setup = Ledger.inMemory(clock);
    setup.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(setup, V1); // registers vendor 20000106, lists its solution S-20000106
    long available = example(setup);
    assertEquals(140_000, available);
  }

  private static long example(Ledger ledger) {
    // README example begins
    var program = ProgramPresets.INDUSTRIAL_PAVILION_2022;
    var factory = ManufacturerId.of("04595257"); // its Unified Business Number (統一編號)
    ledger.execute(GrantPoints.builder().id(EntryId.of("grant-1")).program(program)
        .manufacturer(factory).points(200_000).applicationDate(LocalDate.of(2022, 5, 2))
        .profile(ManufacturerProfile.typicalSmallFactory())
        .document(new DocumentRef("factory-registration", "99-123456")).build());
    ledger.execute(PurchaseSolution.builder().id(EntryId.of("buy-1")).program(program)
        .contract(ContractId.of("C-1")).manufacturer(factory).solution(SolutionId.of("S-20000106"))
        .price(120_001).points(60_000).service(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31))
        .build());
    long available = ledger.now().manufacturer(program, factory).available(); // 140,000
    // README example ends
    return available;
  }
}
