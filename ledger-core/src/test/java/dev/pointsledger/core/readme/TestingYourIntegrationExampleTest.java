package dev.pointsledger.core.readme;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.testing.TestLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your integration" example: it compiles and passes here, and the README
 * holds exactly the lines between the markers below.
 */
class TestingYourIntegrationExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of(
          "src/test/java/dev/pointsledger/core/readme/TestingYourIntegrationExampleTest.java");

  @Test
  void theExample_buysWithHalfThePrice_andIsRefusedOnePointMore() {
    // testing example begins
    TestLedger t = TestLedger.ready2022(); // 2022 program, V1's solution listed, M1 granted the cap
    t.run(t.purchase("C1", M1, "S-" + V1, 100_000, 50_000));
    assertEquals(150_000, t.balances(M1).available());
    t.today(LocalDate.of(2022, 9, 1)); // the clock is yours to move
    t.refused(t.purchase("C2", M1, "S-" + V1, 90_000, 45_001), RejectionCode.MORE_THAN_HALF_OF_PRICE);
    // testing example ends
  }

  @Test
  void theReadme_holdsTheExampleVerbatim() throws IOException {
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    int begin = source.indexOf("    // testing example begins");
    int end = source.indexOf("    // testing example ends");
    String example =
        source.subList(begin + 1, end).stream()
            .map(line -> line.substring(4))
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    assertTrue(
        readme.contains("```java\n" + example + "\n```"),
        () -> "README.md does not hold the example:\n" + example);
  }
}
