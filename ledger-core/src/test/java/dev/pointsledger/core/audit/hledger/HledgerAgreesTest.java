package dev.pointsledger.core.audit.hledger;

import static dev.pointsledger.core.StoreOf.storeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.sample.ActivityGenerator;
import dev.pointsledger.core.store.LedgerStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real hledger (Debian package {@code hledger}, which .ci/run installs) reads the export of a
 * generated ledger of thousands of entries, finds every balance assertion true ({@code hledger
 * check}) and reports, account by account, the balances the library reports ({@code hledger
 * bal}). The test fails when hledger is not installed; only {@code -Dledger.hledger.skip=true}
 * skips it, for a machine without it.
 */
class HledgerAgreesTest {
  private static final int MANUFACTURERS = 500;

  private static Ledger ledger;

  @TempDir Path dir;

  @BeforeAll
  static void generate() {
    if (Boolean.getBoolean("ledger.hledger.skip")) {
      Assumptions.abort("skipped by -Dledger.hledger.skip=true");
    }
    ActivityGenerator activity = ActivityGenerator.of(MANUFACTURERS, 3);
    ActivityClock clock = ActivityClock.at(activity.summary().firstDay());
    ledger = Ledger.inMemory(clock);
    for (ActivityBatch batch : activity.batches(1_000)) {
      clock.setDay(batch.day());
      ledger.submitAll(batch.commands());
    }
  }

  private record Result(int exit, String out) {}

  private static Result hledger(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("hledger");
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError(
          "hledger is not installed (apt-get install hledger; .ci/run does it); "
              + "-Dledger.hledger.skip=true skips this test on a machine without it",
          e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "hledger did not finish");
    return new Result(p.exitValue(), out);
  }

  private Path export() throws IOException {
    StringBuilder text = new StringBuilder();
    long written = HledgerExport.write(storeOf(ledger), text);
    assertEquals(storeOf(ledger).headSequence(), written);
    Path file = dir.resolve("ledger.journal");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Every account of the journal, by its name in the export. */
  private static Map<String, AccountId> accounts(LedgerStore store) {
    Map<String, AccountId> byName = new HashMap<>();
    for (JournalEntry e : store.entries(1, (int) store.headSequence())) {
      for (Posting p : e.postings()) {
        byName.put(HledgerExport.accountName(p.account()), p.account());
      }
    }
    return byName;
  }

  @Test
  void hledger_findsEveryAssertionTrue_andTheLibrarysBalances() throws Exception {
    LedgerStore store = storeOf(ledger);
    assertTrue(store.headSequence() > 2_000, () -> store.headSequence() + " entries");
    Path file = export();
    Result check = hledger("-f", file.toString(), "check");
    assertEquals(0, check.exit(), check.out());

    Result bal = hledger("-f", file.toString(), "bal", "-N", "-E", "--flat", "-O", "csv");
    assertEquals(0, bal.exit(), bal.out());
    Map<String, Long> theirs = new TreeMap<>();
    String[] lines = bal.out().split("\n");
    assertEquals("\"account\",\"balance\"", lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\",\"");
      String name = cells[0].substring(1);
      String amount = cells[1].substring(0, cells[1].length() - 1).replace(" PTS", "");
      theirs.put(name, Long.parseLong(amount));
    }
    Map<String, AccountId> accounts = accounts(store);
    assertEquals(new TreeMap<>(accounts).keySet(), theirs.keySet());
    long head = store.headSequence();
    for (Map.Entry<String, AccountId> a : accounts.entrySet()) {
      assertEquals(
          store.balance(a.getValue(), head), theirs.get(a.getKey()), () -> a.getKey());
    }
  }

  @Test
  void hledger_refusesTheExportWhenOneAmountIsChanged() throws Exception {
    Path file = export();
    String text = Files.readString(file);
    int at = text.indexOf(" PTS = ");
    int start = text.lastIndexOf("  ", at) + 2;
    String changed = text.substring(0, start) + "1" + text.substring(start);
    assertNotEquals(text, changed);
    Path bad = dir.resolve("changed.journal");
    Files.writeString(bad, changed);
    Result check = hledger("-f", bad.toString(), "check");
    assertNotEquals(0, check.exit(), check.out());
  }

  @Test
  void segments_keepSafeCharacters_andEncodeTheRest() {
    assertEquals("M-1_a.b", HledgerExport.segment("M-1_a.b"));
    assertEquals("a%20b%3Ac%3Bd%25", HledgerExport.segment("a b:c;d%"));
    assertEquals("%E5%8F%B0", HledgerExport.segment("台"));
  }
}
