package dev.pointsledger.jdbc.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.testing.TestLedger;
import dev.pointsledger.jdbc.testing.TestServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two jars as modules: their classes and runtime dependencies resolve on a module path (so a
 * missing {@code requires}, or a dependency that is no module, fails here), a ledger runs inside
 * the resulting {@link ModuleLayer} in memory and on PostgreSQL (so Jackson and Jdbi get the
 * access they need through exports and opens), the internals stay closed to callers, and no
 * package with public types is left neither exported nor internal on purpose.
 *
 * <p>The tests themselves run on the class path (see the root pom); the code under test here is
 * the layer's, reached by reflection, since its classes are not the class path's.
 */
class ModulePathTest {
  private static ModuleBoundary modules;

  @BeforeAll
  static void resolve() {
    modules = ModuleBoundary.resolve();
  }

  @Test
  void bothJars_resolveAsNamedModules_readingWhatTheyUse() {
    for (String name : ModuleBoundary.MODULES) {
      Module module = modules.module(name);
      assertTrue(module.isNamed());
      assertFalse(module.getDescriptor().isAutomatic(), name + " has no module-info");
    }
    Module jdbc = modules.module("dev.pointsledger.jdbc");
    for (String used :
        List.of(
            "dev.pointsledger.core",
            "java.sql",
            "org.jdbi.v3.core",
            "com.zaxxer.hikari",
            "com.fasterxml.jackson.databind",
            "org.slf4j")) {
      assertTrue(jdbc.canRead(modules.module(used)), "dev.pointsledger.jdbc reads " + used);
    }
  }

  @Test
  void everyPackageWithPublicTypes_isExported_orInternalOnPurpose() {
    modules.assertEveryPackageIsExportedOrInternal();
  }

  @Test
  void theRules_theInMemoryStore_andTheJdbcInternals_areExportedToNoOne() {
    Module core = modules.module("dev.pointsledger.core");
    Module jdbc = modules.module("dev.pointsledger.jdbc");
    for (String internal : ModuleBoundary.INTERNAL.keySet()) {
      Module owner = internal.startsWith("dev.pointsledger.jdbc") ? jdbc : core;
      assertTrue(owner.getPackages().contains(internal), internal + " is in " + owner.getName());
      assertFalse(owner.isExported(internal), internal + " is exported");
      assertFalse(owner.isOpen(internal), internal + " is open");
    }
    assertTrue(core.isExported("dev.pointsledger.core.store"), "the store SPI is exported");
  }

  @Test
  void theRules_cannotBeBuiltFromOutsideTheModule() throws Exception {
    Class<?> rules = modules.load("dev.pointsledger.core.rules.LedgerRules");
    var constructor = rules.getConstructor(Clock.class);
    assertThrows(IllegalAccessException.class, () -> constructor.newInstance(Clock.systemUTC()));
    Class<?> processor = modules.load("dev.pointsledger.core.store.CommandProcessor");
    assertTrue(processor.isSealed());
    assertEquals(List.of(rules), Arrays.asList(processor.getPermittedSubclasses()));
  }

  @Test
  void aLedgerInMemory_runsInsideTheLayer() throws Exception {
    Object ledger = call(modules.load("dev.pointsledger.core.Ledger"), "inMemory", clock());
    runAGrant(ledger);
  }

  @Test
  void theCoresResourceBundles_areFoundInsideTheLayer() throws Exception {
    Class<?> format = modules.load("dev.pointsledger.core.text.LocaleFormat");
    Object zhTw = call(format, "of", Locale.TAIWAN);
    assertEquals("新臺幣1,234元", call(zhTw, "ntd", 1_234L));
    assertEquals("NT$1,234", call(call(format, "of", Locale.US), "ntd", 1_234L));
  }

  @Test
  void aLedgerOnPostgres_runsInsideTheLayer() throws Exception {
    TestServer server = TestServer.EMBEDDED;
    String url = server.jdbcUrl();
    // DriverManager looks drivers up once per JVM, long done here with the class path's driver; a
    // JVM that starts on the module path finds the layer's own, which this registers
    Class.forName("org.postgresql.Driver", true, modules.layer().findLoader("org.postgresql.jdbc"));
    onPostgres(url);
  }

  private static void onPostgres(String url) throws Exception {
    Object builder = call(modules.load("dev.pointsledger.jdbc.PostgresStoreOptions"), "builder");
    Object options = call(call(builder, "schema", TestServer.freshSchema()), "build");
    Object store =
        call(
            modules.load("dev.pointsledger.jdbc.PostgresLedgerStore"),
            "connect",
            url,
            options);
    try {
      runAGrant(call(modules.load("dev.pointsledger.core.Ledger"), "on", store, clock()));
    } finally {
      call(store, "close");
    }
  }

  /**
   * Defines the 2022 program, grants points, reads them back and audits: the rules decide, the
   * store writes and reads its records (as JSON on PostgreSQL), all inside the layer.
   */
  private static void runAGrant(Object ledger) throws Exception {
    Class<?> presets = modules.load("dev.pointsledger.core.program.ProgramPresets");
    call(ledger, "defineProgram", call(presets, "industrialPavilion2022"));
    Object p2022 = presets.getField("INDUSTRIAL_PAVILION_2022").get(null);
    Class<?> manufacturerId = modules.load("dev.pointsledger.core.id.ManufacturerId");
    Object manufacturer = call(manufacturerId, "of", TestLedger.MANUFACTURER);
    Object grant =
        modules
            .load("dev.pointsledger.core.command.GrantPoints")
            .getConstructors()[0]
            .newInstance(
                call(modules.load("dev.pointsledger.core.id.EntryId"), "of", "module-path-grant"),
                p2022,
                manufacturer,
                60_000L,
                TestLedger.MAY_2,
                call(
                    modules.load("dev.pointsledger.core.program.ManufacturerProfile"),
                    "typicalSmallFactory"),
                List.of(
                    modules
                        .load("dev.pointsledger.core.state.DocumentRef")
                        .getConstructor(String.class, String.class)
                        .newInstance("factory-registration", "99-123456")));
    call(ledger, "execute", grant);
    Object balances = call(call(ledger, "now"), "manufacturer", p2022, manufacturer);
    assertEquals(60_000L, call(balances, "available"));
    // the verifier inside the layer: Jackson (its JSON report) resolves on the module path too
    Object report = call(ledger, "verify");
    assertEquals(true, call(report, "clean"));
    assertTrue(((String) call(report, "toJson")).contains("\"clean\" : true"));
  }

  private static Clock clock() {
    LocalDate day = TestLedger.MAY_2;
    return Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneOffset.UTC);
  }

  /**
   * Calls the public method of that name taking these arguments, as declared by a public type
   * (an answer's class may be package private): static when {@code target} is a class.
   */
  private static Object call(Object target, String name, Object... args) throws Exception {
    boolean isStatic = target instanceof Class<?>;
    Class<?> type = isStatic ? (Class<?>) target : target.getClass();
    for (Class<?> owner : publicTypesOf(type)) {
      for (Method m : owner.getMethods()) {
        if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
          try {
            return m.invoke(isStatic ? null : target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
          }
        }
      }
    }
    throw new AssertionError(type + " has no public " + name + " for " + Arrays.toString(args));
  }

  private static List<Class<?>> publicTypesOf(Class<?> type) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      types.add(t);
      types.addAll(Arrays.asList(t.getInterfaces()));
    }
    types.removeIf(t -> !Modifier.isPublic(t.getModifiers()));
    return types;
  }

  private static boolean accepts(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      if (!parameters[i].isPrimitive() && !parameters[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
