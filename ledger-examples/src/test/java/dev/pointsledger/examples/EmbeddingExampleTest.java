package dev.pointsledger.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README quotes {@link EmbeddingExample} whole, and the example runs. */
class EmbeddingExampleTest {
  private static final Path SOURCE =
      Path.of("src/main/java/dev/pointsledger/examples/EmbeddingExample.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void theReadme_quotesTheExampleVerbatim() throws Exception {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("```java\n" + source + "```\n"),
        "README.md must quote " + SOURCE + " whole, in a ```java block");
  }

  @Test
  void theExample_grantsThePoints_andTheAuditIsClean() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("available=200000"), out);
    assertTrue(out.contains("verifier: clean"), out);
  }
}
