package dev.pointsledger.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of ledger-core's main code says what it is for, in a package-info.java. */
class PackageInfoTest {
  /** Surefire runs in the module's directory. */
  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void everyPackage_hasAPackageInfo() throws IOException {
    assertTrue(
        Files.isDirectory(MAIN.resolve("dev/pointsledger/core")), MAIN.toAbsolutePath()::toString);
    List<Path> withoutPackageInfo;
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      withoutPackageInfo =
          dirs.filter(Files::isDirectory)
              .filter(PackageInfoTest::holdsJavaSources)
              .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
              .map(MAIN::relativize)
              .toList();
    }
    assertEquals(List.of(), withoutPackageInfo, "packages without a package-info.java");
  }

  private static boolean holdsJavaSources(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      // module-info.java, in the source root, belongs to no package
      return files
          .map(f -> f.getFileName().toString())
          .anyMatch(name -> name.endsWith(".java") && !name.equals("module-info.java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
