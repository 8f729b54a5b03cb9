package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.examples.load.LoadReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load report's lines come from the command line's bundles, in the reader's language. */
class LoadReportTextTest {
  private static LoadReport report(boolean verified) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("clients", 4);
    f.put("batchSize", 1000);
    f.put("mix", "realistic");
    f.put("manufacturers", 300000);
    f.put("groupCommit", true);
    f.put("durationSeconds", 30);
    f.put("warmUpSeconds", 10);
    f.put("server", "PostgreSQL 15.19");
    f.put("cores", 2);
    f.put("java", "17.0.15");
    f.put("commandsPerSecond", 8583.4);
    f.put("callsPerSecond", 8.6);
    f.put("commands", 257502L);
    f.put("measuredSeconds", 30.0);
    f.put("applied", 257000L);
    f.put("replayed", 0L);
    f.put("refused", 502L);
    f.put("refusedByCode", Map.of("CAP_EXCEEDED", 502L));
    f.put("failedCalls", 0L);
    f.put("latencyP50Ms", 210.5);
    f.put("latencyP99Ms", 480.25);
    f.put("latencyP999Ms", 612.0);
    f.put("latencyMaxMs", 700.125);
    f.put("walFlushes", 1200L);
    f.put("commandsSubmitted", 345000L);
    f.put("walFlushesPerCommand", 0.0035);
    f.put("entries", 345000L);
    f.put("bytes", 450000000L);
    f.put("bytesPerEntry", 1304.3);
    f.put("tableBytes", Map.of("entries", 1L));
    f.put(
        "timeline",
        List.of(
            Map.of("atSeconds", 10.0, "entries", 80000L, "commandsPerSecond", 8012.7),
            Map.of("atSeconds", 20.0, "entries", 162000L, "commandsPerSecond", 8200.0)));
    f.put("verified", verified);
    f.put("verifyClean", true);
    f.put("verifyFindings", 0L);
    f.put("verifyEntries", 345000L);
    f.put("verifySeconds", 12.5);
    return new LoadReport(f);
  }

  @Test
  void theReport_readsInEnglish_withTheFiguresFormatted() {
    List<String> lines = report(true).lines(CliText.of(Locale.ENGLISH)::get);
    assertEquals(8, lines.size());
    assertEquals(
        "timeline (seconds: journal length, commands/s since the point before): "
            + "10 s: 80,000 entries, 8,013/s; 20 s: 162,000 entries, 8,200/s",
        lines.get(6));
    assertTrue(lines.get(0).startsWith("load: 4 clients, 1,000 commands per call"), lines.get(0));
    assertTrue(lines.get(2).startsWith("throughput: 8,583 commands/s"), lines.get(2));
    assertTrue(lines.get(3).contains("p99.9 612.000 ms"), lines.get(3));
    assertTrue(lines.get(7).contains("clean, 345,000 entries read in 12.5 s"), lines.get(6));
  }

  @Test
  void theReport_readsInTraditionalChinese() {
    List<String> lines = report(false).lines(CliText.of(Locale.TAIWAN)::get);
    assertEquals(8, lines.size());
    assertTrue(lines.get(6).startsWith("時間軸"), lines.get(6));
    assertTrue(lines.get(0).startsWith("負載：4 個用戶端"), lines.get(0));
    assertTrue(lines.get(2).startsWith("處理量：每秒 8,583 道指令"), lines.get(2));
    assertEquals("驗證：未執行（--no-verify）", lines.get(7));
    for (String line : lines) {
      assertFalse(line.matches(".*\\{\\d.*"), () -> "a placeholder left over: " + line);
    }
  }
}
