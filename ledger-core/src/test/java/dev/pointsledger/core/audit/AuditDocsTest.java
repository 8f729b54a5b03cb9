package dev.pointsledger.core.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/audit.md explains every check, and docs/model.md's invariants name every one. */
class AuditDocsTest {
  private static String doc(String name) throws IOException {
    return Files.readString(Path.of("..", "docs", name));
  }

  @Test
  void everyInvariant_isExplainedInAuditMd_andListedInModelMd() throws IOException {
    String audit = doc("audit.md");
    String model = doc("model.md");
    for (Invariant i : Invariant.values()) {
      assertTrue(audit.contains("| `" + i.name() + "` |"), () -> "audit.md: " + i);
      assertTrue(model.contains("(`" + i.name() + "`)"), () -> "model.md: " + i);
    }
  }
}
