package dev.pointsledger.jdbc.architecture;

import static java.util.stream.Collectors.toCollection;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Both modules of the library as the module system sees them: resolved from their classes and
 * their runtime dependencies (listed by the build in {@code target/module-path.txt}) into a
 * {@link ModuleLayer} of their own, beside the class path the tests run on. Holds the one list of
 * the packages that are internal on purpose; every other package with a public type must be
 * exported, and be listed in docs/api.md.
 */
final class ModuleBoundary {
  /** The library's modules. */
  static final List<String> MODULES = List.of("dev.pointsledger.core", "dev.pointsledger.jdbc");

  /** Packages with public types that no module exports, on purpose, and why. */
  static final Map<String, String> INTERNAL =
      Map.of(
          "dev.pointsledger.core.rules",
          "the rules, reached only through Ledger (the store SPI's CommandProcessor is sealed to"
              + " LedgerRules)",
          "dev.pointsledger.core.memory",
          "the in-memory store, reached through Ledger.inMemory",
          "dev.pointsledger.jdbc.internal",
          "the PostgreSQL store's units of work, locking, SQL and JSON codec");

  private final ModuleLayer layer;

  private ModuleBoundary(ModuleLayer layer) {
    this.layer = layer;
  }

  /**
   * Resolves the two modules and every module on their runtime module path. Every module found is
   * a root, as {@code --add-modules ALL-MODULE-PATH} does: Jdbi is an automatic module, whose own
   * dependencies (geantyref) nothing requires by name.
   */
  static ModuleBoundary resolve() {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Set<String> roots =
        finder.findAll().stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
    return new ModuleBoundary(
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader()));
  }

  /** The classes of both modules and their runtime dependencies, as the build listed them. */
  static List<Path> modulePath() {
    Path list = Path.of("target", "module-path.txt");
    try {
      Stream<Path> dependencies =
          Stream.of(Files.readString(list).trim().split(File.pathSeparator)).map(Path::of);
      return Stream.concat(Stream.of(Path.of("target", "classes")), dependencies)
          .map(Path::toAbsolutePath)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          list.toAbsolutePath() + " is missing: the build's generate-test-resources phase writes it",
          e);
    }
  }

  ModuleLayer layer() {
    return layer;
  }

  /** A module of the layer. */
  Module module(String name) {
    return layer.findModule(name).orElseThrow(() -> new AssertionError("no module " + name));
  }

  /** The class of a module, as the layer loads it. */
  Class<?> load(String className) {
    String module =
        className.startsWith("dev.pointsledger.jdbc") ? MODULES.get(1) : MODULES.get(0);
    try {
      return Class.forName(className, true, layer.findLoader(module));
    } catch (ClassNotFoundException e) {
      throw new AssertionError(className + " is not in module " + module, e);
    }
  }

  /** The packages every module reads, unqualified exported, of one of our modules. */
  SortedSet<String> exported(String module) {
    return module(module).getDescriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(toCollection(TreeSet::new));
  }

  /** The public top-level types of one of our modules, by package. */
  SortedMap<String, SortedSet<String>> publicTypes(String module) {
    ResolvedModule resolved = layer.configuration().findModule(module).orElseThrow();
    SortedMap<String, SortedSet<String>> types = new TreeMap<>();
    try (ModuleReader reader = resolved.reference().open()) {
      List<String> classes =
          reader.list().filter(n -> n.endsWith(".class") && !n.contains("$")).toList();
      for (String entry : classes) {
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, layer.findLoader(module));
        if (Modifier.isPublic(type.getModifiers())) {
          types
              .computeIfAbsent(type.getPackageName(), p -> new TreeSet<>())
              .add(type.getSimpleName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return types;
  }

  /**
   * Every package of one of our modules that has a public type but is neither exported nor in
   * {@link #INTERNAL}: a package someone added without deciding whether it is API.
   */
  SortedSet<String> undecided(String module) {
    SortedSet<String> undecided = new TreeSet<>(publicTypes(module).keySet());
    undecided.removeAll(exported(module));
    undecided.removeAll(INTERNAL.keySet());
    return undecided;
  }

  /**
   * Fails, saying what to do, if a package of one of our modules has a public type but is neither
   * exported nor internal on purpose: a package someone added without deciding whether it is API.
   */
  void assertEveryPackageIsExportedOrInternal() {
    for (String module : MODULES) {
      SortedSet<String> undecided = undecided(module);
      if (!undecided.isEmpty()) {
        throw new AssertionError(
            "module "
                + module
                + " has public types in "
                + undecided
                + ", which its module-info.java neither exports nor ModuleBoundary.INTERNAL lists"
                + " as internal: add `exports <package>;` to "
                + (module.endsWith("jdbc") ? "ledger-jdbc" : "ledger-core")
                + "/src/main/java/module-info.java and a line per public type to docs/api.md,"
                + " or, if the package is not API, add it to ModuleBoundary.INTERNAL with the"
                + " reason");
      }
    }
  }

  /** The module reference of one of our modules, for its descriptor. */
  ModuleReference reference(String module) {
    return layer.configuration().findModule(module).orElseThrow().reference();
  }
}
