package dev.pointsledger.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The verifier streams: a journal of 1,000,001 entries (200,000 manufacturers, contracts and
 * claims, 600,000 accounts) verifies clean in a JVM of its own with a heap of 256 MB. {@code
 * -Dledger.verifier.manufacturers=N} changes the size (the default is the million).
 */
class VerifierMemoryTest {
  private static final long MANUFACTURERS =
      Long.getLong("ledger.verifier.manufacturers", 200_000L);

  @Test
  void aMillionEntries_verifyInAHeapOf256Megabytes() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    Process p = new ProcessBuilder(List.of(
            java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
            MillionEntries.class.getName(), Long.toString(MANUFACTURERS)))
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the verification did not finish");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("entries " + (1 + 5 * MANUFACTURERS) + ", clean true"), out);
  }
}
