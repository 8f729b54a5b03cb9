package dev.pointsledger.examples.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadRunTest {
  @Test
  void aShortRun_measuresEveryFigureAndAuditsClean() throws Exception {
    String url = System.getenv("LEDGER_TEST_JDBC_URL");
    assumeTrue(url != null && !url.isBlank(), "LEDGER_TEST_JDBC_URL is not set");
    LoadSettings settings =
        new LoadSettings(
            4, 50, Duration.ofSeconds(3), Duration.ofSeconds(1), LoadMix.REALISTIC, 400, true, 1,
            true);
    String schema = "load_test_" + Long.toString(System.nanoTime(), 36);
    List<String> progress = new ArrayList<>();
    LoadReport report = new LoadRun(url, schema, settings, progress::add).run();
    report.lines().forEach(System.out::println);
    System.out.println(report.json());
    JsonNode json = new ObjectMapper().readTree(report.json());
    assertTrue(json.get("commandsPerSecond").asDouble() > 0);
    assertTrue(json.get("verifyClean").asBoolean());
    assertEquals(0, json.get("failedCalls").asLong());
    assertTrue(json.get("walFlushes").asLong() > 0);
    assertTrue(json.get("bytesPerEntry").asDouble() > 100);
    assertTrue(report.clean());
  }
}
