package dev.pointsledger.core.readme;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.testing.TestLedger;
import dev.pointsledger.core.text.DateStyle;
import dev.pointsledger.core.text.LocaleFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's lines in both languages are what the library prints. */
class ReadmeLanguagesTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadme_showsWhatTheLibraryPrints_inBothLanguages() throws IOException {
    TestLedger t = TestLedger.ready2022();
    Rejection r =
        t.refused(
            t.purchase("C2", M1, "S-" + V1, 90_000, 45_001), RejectionCode.MORE_THAN_HALF_OF_PRICE);
    LocalDate day = LocalDate.of(2022, 8, 31);
    List<String> lines =
        List.of(
            "r.message(Locale.TAIWAN);  // " + r.message(Locale.TAIWAN),
            "r.message(Locale.ENGLISH); // " + r.message(Locale.ENGLISH),
            "zh.ntd(1_000_000);         // " + LocaleFormat.of(Locale.TAIWAN).ntd(1_000_000),
            "zh.date(day);              // "
                + LocaleFormat.of(Locale.TAIWAN, DateStyle.MINGUO_LONG).date(day),
            "zhShort.date(day);         // "
                + LocaleFormat.of(Locale.TAIWAN, DateStyle.MINGUO_SHORT).date(day),
            "SolutionCategory.FLOOR_MACHINES.displayName(Locale.TAIWAN); // "
                + SolutionCategory.FLOOR_MACHINES.displayName(Locale.TAIWAN),
            "SolutionCategory.FLOOR_MACHINES.displayName(Locale.ENGLISH); // "
                + SolutionCategory.FLOOR_MACHINES.displayName(Locale.ENGLISH));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    for (String line : lines) {
      assertTrue(readme.contains("\n" + line + "\n"), () -> "README.md lacks the line:\n" + line);
    }
  }
}
