package dev.pointsledger.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rejection code is named by at least one test of ledger-core besides this one, so that a new
 * rule cannot arrive without an example of its refusal; and has a row in the README's error-code
 * table with its number and its rule id linked to the rule's docs, so that a new code cannot arrive
 * undocumented.
 */
class RejectionCodeCoverageTest {
  /** Surefire runs in the module's directory. */
  private static final Path TESTS = Path.of("src", "test", "java");

  @Test
  void everyRejectionCode_isAssertedBySomeTest() throws IOException {
    assertTrue(Files.isDirectory(TESTS), TESTS.toAbsolutePath()::toString);
    String tests;
    try (Stream<Path> files = Files.walk(TESTS)) {
      tests =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("RejectionCodeCoverageTest.java"))
              .map(RejectionCodeCoverageTest::read)
              .collect(Collectors.joining("\n"));
    }
    List<RejectionCode> untested =
        Arrays.stream(RejectionCode.values())
            .filter(code -> !Pattern.compile("\\b" + code.name() + "\\b").matcher(tests).find())
            .toList();
    assertEquals(List.of(), untested, "rejection codes no test names");
  }

  /** The README, one directory up from the module. */
  private static final Path README = Path.of("..", "README.md");

  @Test
  void everyRejectionCode_hasAReadmeRow_withItsValueAndRuleId() throws IOException {
    String readme = Files.readString(README);
    List<RejectionCode> undocumented =
        Arrays.stream(RejectionCode.values())
            .filter(code -> !readme.contains(readmeRow(code)))
            .toList();
    assertEquals(
        List.of(), undocumented, "rejection codes without a README row, value and rule id");
  }

  /** The start of a code's row: its name, its number and its rule, linked to the rule's docs. */
  private static String readmeRow(RejectionCode code) {
    return "| `" + code.name() + "` | " + code.value() + " | [" + code.rule() + "]("
        + code.docsLink() + ") |";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
