package dev.pointsledger.jdbc.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md is the whole public API on one page: every public type of every package the two
 * modules export has its line there, under its package's heading, and every type it names exists.
 */
class ApiDocTest {
  private static final Path API_MD = Path.of("..", "docs", "api.md");
  private static final Pattern PACKAGE = Pattern.compile("^### `(dev\\.pointsledger[\\w.]*)`\\s*$");
  private static final Pattern TYPE = Pattern.compile("^- `([A-Z]\\w*)`: \\S.*$");
  private static final Pattern NESTED = Pattern.compile("`([A-Z]\\w*)\\.([A-Z]\\w*)`");

  private static ModuleBoundary modules;
  private static SortedMap<String, SortedSet<String>> documented;
  private static List<String> nestedMentions;

  @BeforeAll
  static void read() throws IOException {
    modules = ModuleBoundary.resolve();
    documented = new TreeMap<>();
    nestedMentions = new ArrayList<>();
    String pkg = null;
    for (String line : Files.readAllLines(API_MD)) {
      if (line.startsWith("## Why")) {
        break;
      }
      Matcher heading = PACKAGE.matcher(line);
      if (heading.matches()) {
        pkg = heading.group(1);
        documented.put(pkg, new TreeSet<>());
        continue;
      }
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        assertTrue(pkg != null, () -> "docs/api.md lists " + line + " before any package heading");
        documented.get(pkg).add(type.group(1));
        Matcher nested = NESTED.matcher(line);
        while (nested.find()) {
          nestedMentions.add(pkg + "." + nested.group(1) + "$" + nested.group(2));
        }
      }
    }
  }

  /** The public top-level types of every exported package of both modules. */
  private static SortedMap<String, SortedSet<String>> exportedApi() {
    SortedMap<String, SortedSet<String>> api = new TreeMap<>();
    for (String module : ModuleBoundary.MODULES) {
      SortedMap<String, SortedSet<String>> types = modules.publicTypes(module);
      for (String pkg : modules.exported(module)) {
        api.put(pkg, types.getOrDefault(pkg, new TreeSet<>()));
      }
    }
    return api;
  }

  @Test
  void everyPackageWithPublicTypes_isExported_orInternalOnPurpose() {
    modules.assertEveryPackageIsExportedOrInternal();
  }

  @Test
  void apiMd_hasASection_forEveryExportedPackage_andForNoOther() {
    assertEquals(
        exportedApi().keySet(),
        documented.keySet(),
        "docs/api.md's package headings (### `package`) against the packages module-info exports");
  }

  @Test
  void everyPublicTypeOfAnExportedPackage_hasItsLineInApiMd() {
    List<String> missing = new ArrayList<>();
    exportedApi()
        .forEach(
            (pkg, types) -> {
              for (String type : types) {
                if (!documented.getOrDefault(pkg, new TreeSet<>()).contains(type)) {
                  missing.add(pkg + "." + type);
                }
              }
            });
    assertTrue(
        missing.isEmpty(),
        () ->
            "public types of exported packages that docs/api.md does not list (add a line"
                + " \"- `Type`: what it is for\" under the package's heading): "
                + missing);
  }

  @Test
  void everyTypeApiMdNames_isAPublicTypeOfItsPackage() {
    SortedMap<String, SortedSet<String>> api = exportedApi();
    List<String> unknown = new ArrayList<>();
    documented.forEach(
        (pkg, types) -> {
          for (String type : types) {
            if (!api.getOrDefault(pkg, new TreeSet<>()).contains(type)) {
              unknown.add(pkg + "." + type);
            }
          }
        });
    for (String nested : nestedMentions) {
      try {
        Class<?> type = modules.load(nested);
        if (!Modifier.isPublic(type.getModifiers())) {
          unknown.add(nested);
        }
      } catch (AssertionError e) {
        unknown.add(nested);
      }
    }
    assertTrue(
        unknown.isEmpty(),
        () -> "docs/api.md names types that are not public types of their package: " + unknown);
  }
}
