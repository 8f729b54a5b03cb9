package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start: two commands, the first on one line running the demo, the second the
 * whole test suite exactly as {@code .ci/run} runs it; and the abridged output it shows is the
 * demo's real output, line for line.
 */
class ReadmeQuickStartTest {
  private static final String SHOWN_FOLDER = "/home/you/points-ledger/points-ledger-demo";

  @TempDir Path dir;

  private static String section(String readme, String heading) {
    String rest = readme.substring(readme.indexOf(heading));
    return rest.substring(0, rest.indexOf("\n## ", heading.length()));
  }

  private static String block(String text, String fence) {
    String rest = text.substring(text.indexOf(fence) + fence.length());
    return rest.substring(0, rest.indexOf("```"));
  }

  @Test
  void theQuickStart_isTwoCommands_theDemoAndTheWholeTestSuite() throws Exception {
    String quickStart = section(readme(), "## Quick start");
    List<String> commands = block(quickStart, "```sh\n").strip().lines().toList();
    assertEquals(2, commands.size(), () -> String.join("\n", commands));
    assertTrue(commands.get(0).startsWith("mvn "), commands.get(0));
    assertTrue(
        commands.get(0).endsWith(" && java -jar ledger-examples/target/points-ledger.jar demo"),
        commands.get(0));
    assertTrue(
        commands.get(1).equals("mvn verify") || commands.get(1).startsWith("mvn verify "),
        () -> "the second command runs the whole test suite, as .ci/run does: " + commands.get(1));
    String testCommand = commands.get(1).replaceAll("\\s*#.*$", "");
    assertTrue(
        ciRun().lines().anyMatch(testCommand::equals),
        () -> "the README's test command is the one .ci/run runs: " + testCommand);
  }

  @Test
  void theAbridgedOutput_isTheDemosRealOutput() throws Exception {
    List<String> shown = block(section(readme(), "## Quick start"), "```text\n").lines().toList();
    CliRun run = CliRun.in(dir, "demo", "--lang", "en");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    List<String> real =
        run.out()
            .replace(dir.resolve("points-ledger-demo").toString(), SHOWN_FOLDER)
            .lines()
            .toList();
    assertTrue(shown.size() > 20);
    for (String line : shown) {
      if (!line.equals("...")) {
        assertTrue(
            real.contains(line), () -> "the README shows a line the demo does not print: " + line);
      }
    }
  }

  private static String ciRun() throws Exception {
    return Files.readString(Path.of("../.ci/run"), StandardCharsets.UTF_8);
  }

  private static String readme() throws Exception {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }
}
