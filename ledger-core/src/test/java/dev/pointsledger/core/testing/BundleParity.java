package dev.pointsledger.core.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that a module's resource bundles say the same things in English and Traditional Chinese:
 * for every bundle base name found under {@code src/main/resources} (each {@code .properties}
 * file, its {@code _zh_TW} suffix taken off), both the root (English) file and the {@code _zh_TW}
 * file exist, hold the same keys, and each key's message has the same placeholders (argument
 * indices and format types, with the number, date and time styles) in both. It also refuses a
 * file that is not UTF-8, a pattern {@link MessageFormat} cannot parse, and an apostrophe that
 * {@code MessageFormat} would swallow (write {@code ''}; a quote is allowed only to write a brace,
 * as in {@code '{'}).
 *
 * <p>One line in any module's tests runs it on that module's bundles:
 *
 * <pre>{@code
 * @Test
 * void bundles_sayTheSameInBothLanguages() {
 *   BundleParity.assertModuleBundles();
 * }
 * }</pre>
 */
public final class BundleParity {
  /** The suffix of a Traditional Chinese bundle file, before {@code .properties}. */
  public static final String ZH_TW_SUFFIX = "_zh_TW";

  private static final String PROPERTIES = ".properties";

  private BundleParity() {}

  /**
   * Fails when the bundles under the module's {@code src/main/resources} (Surefire runs in the
   * module's directory) differ between the two languages, or when there is none.
   */
  public static void assertModuleBundles() {
    assertBundles(Path.of("src", "main", "resources"));
  }

  /**
   * Fails when the bundles under a directory differ between the two languages, or when there is
   * none.
   *
   * @param resources the directory holding the bundles, e.g. {@code src/main/resources}
   */
  public static void assertBundles(Path resources) {
    assertTrue(
        Files.isDirectory(resources), () -> "no resource directory " + resources.toAbsolutePath());
    Set<String> bundles = baseNames(resources);
    assertTrue(!bundles.isEmpty(), () -> "no resource bundle under " + resources.toAbsolutePath());
    List<String> problems = problems(resources);
    if (!problems.isEmpty()) {
      fail(
          "resource bundles differ between English and zh-TW:\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * The base names of the bundles under a directory ({@code dev.pointsledger.core.error.Messages}).
   *
   * @param resources the directory holding the bundles
   * @return the base names, sorted
   */
  public static Set<String> baseNames(Path resources) {
    Set<String> names = new TreeSet<>();
    for (Path file : propertiesFiles(resources)) {
      names.add(baseName(resources, file));
    }
    return names;
  }

  /**
   * Every difference between the two languages under a directory, one sentence each.
   *
   * @param resources the directory holding the bundles
   * @return the problems found, empty when the bundles agree
   */
  public static List<String> problems(Path resources) {
    List<String> problems = new ArrayList<>();
    for (String base : baseNames(resources)) {
      Path relative = Path.of(base.replace('.', '/'));
      Path root = resources.resolve(relative + PROPERTIES);
      Path zh = resources.resolve(relative + ZH_TW_SUFFIX + PROPERTIES);
      if (!Files.exists(root)) {
        problems.add(base + ": no English (root) bundle " + resources.relativize(root));
        continue;
      }
      if (!Files.exists(zh)) {
        problems.add(base + ": no zh-TW bundle " + resources.relativize(zh));
        continue;
      }
      Map<String, String> english = read(root, problems);
      Map<String, String> chinese = read(zh, problems);
      if (english == null || chinese == null) {
        continue;
      }
      compare(base, english, chinese, problems);
    }
    return problems;
  }

  private static void compare(
      String base, Map<String, String> english, Map<String, String> chinese, List<String> out) {
    for (String key : english.keySet()) {
      if (!chinese.containsKey(key)) {
        out.add(base + ": key " + key + " is in English but not in zh-TW");
      }
    }
    for (String key : chinese.keySet()) {
      if (!english.containsKey(key)) {
        out.add(base + ": key " + key + " is in zh-TW but not in English");
      }
    }
    for (Map.Entry<String, String> e : english.entrySet()) {
      String key = e.getKey();
      if (!chinese.containsKey(key)) {
        continue;
      }
      Set<String> en = placeholders(base, key, "English", e.getValue(), out);
      Set<String> zh = placeholders(base, key, "zh-TW", chinese.get(key), out);
      if (en != null && zh != null && !en.equals(zh)) {
        out.add(
            base
                + ": key "
                + key
                + " has placeholders "
                + en
                + " in English but "
                + zh
                + " in zh-TW");
      }
    }
  }

  /**
   * The placeholders of a message pattern, each as {@code index[,type[,style]]} (the choice
   * format's style, which holds language, left out), or null when the pattern is malformed.
   */
  static Set<String> placeholders(
      String base, String key, String language, String pattern, List<String> out) {
    try {
      new MessageFormat(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      out.add(where(base, key, language) + " is not a MessageFormat pattern: " + e.getMessage());
      return null;
    }
    Set<String> found = new TreeSet<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        int end = pattern.indexOf('\'', i + 1);
        String quoted = end < 0 ? pattern.substring(i + 1) : pattern.substring(i + 1, end);
        if (!quoted.startsWith("{") && !quoted.startsWith("}")) {
          out.add(
              where(base, key, language)
                  + " has an apostrophe MessageFormat would swallow at index "
                  + i
                  + ": write ''");
        }
        i = end < 0 ? pattern.length() : end + 1;
      } else if (c == '{') {
        int depth = 1;
        int j = i + 1;
        while (j < pattern.length() && depth > 0) {
          char d = pattern.charAt(j);
          if (d == '{') {
            depth++;
          } else if (d == '}') {
            depth--;
          }
          j++;
        }
        found.add(placeholder(pattern.substring(i + 1, j - 1)));
        i = j;
      } else {
        i++;
      }
    }
    return found;
  }

  private static String where(String base, String key, String language) {
    return base + ": key " + key + " (" + language + ")";
  }

  private static String placeholder(String body) {
    String[] parts = body.split(",", 3);
    StringBuilder shape = new StringBuilder(parts[0].trim());
    if (parts.length > 1) {
      String type = parts[1].trim().toLowerCase(Locale.ROOT);
      shape.append(',').append(type);
      if (parts.length > 2 && !"choice".equals(type)) {
        shape.append(',').append(parts[2].trim());
      }
    }
    return shape.toString();
  }

  private static Map<String, String> read(Path file, List<String> out) {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            Files.newInputStream(file),
            UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      properties.load(reader);
    } catch (CharacterCodingException e) {
      out.add(file + " is not UTF-8: " + e);
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, String> messages = new TreeMap<>();
    properties.forEach((k, v) -> messages.put((String) k, (String) v));
    return messages;
  }

  private static List<Path> propertiesFiles(Path resources) {
    if (!Files.isDirectory(resources)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(resources)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(PROPERTIES))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String baseName(Path resources, Path file) {
    String relative =
        resources.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    String name = relative.substring(0, relative.length() - PROPERTIES.length());
    if (name.endsWith(ZH_TW_SUFFIX)) {
      name = name.substring(0, name.length() - ZH_TW_SUFFIX.length());
    }
    return name.replace('/', '.');
  }
}
