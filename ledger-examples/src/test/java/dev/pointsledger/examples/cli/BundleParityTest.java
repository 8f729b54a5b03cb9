package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.testing.BundleParity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text the command line prints exists in both languages, with the same placeholders. */
class BundleParityTest {
  private static final Path HELP = Path.of("src/main/help/dev/pointsledger/examples/cli");
  private static final Pattern PICOCLI = Pattern.compile("\\$\\{[A-Z-]+}|%n");

  @Test
  void messages_sayTheSameInBothLanguages() {
    BundleParity.assertModuleBundles();
  }

  @Test
  void theUsageHelp_sayTheSameInBothLanguages() throws IOException {
    Properties english = load(HELP.resolve("Help.properties"));
    Properties chinese = load(HELP.resolve("Help_zh_TW.properties"));
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
    TreeMap<String, String> expected = new TreeMap<>();
    TreeMap<String, String> actual = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      expected.put(key, tokens(english.getProperty(key)));
      actual.put(key, tokens(chinese.getProperty(key)));
    }
    assertEquals(expected, actual, "picocli placeholders and line breaks per key");
  }

  private static String tokens(String text) {
    StringBuilder found = new StringBuilder();
    Matcher m = PICOCLI.matcher(text);
    while (m.find()) {
      found.append(m.group()).append(' ');
    }
    return found.toString();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
