package dev.pointsledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pointsledger.jdbc.testing.TestServer;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application without Micrometer: the store opens, writes and reads on a class path that has
 * no Micrometer at all, and nothing asks for it.
 */
class WithoutMicrometerTest {
  @Test
  void aClassPathWithoutMicrometer_opensWritesAndReadsAsBefore() throws Exception {
    String url = TestServer.EMBEDDED.jdbcUrl();
    List<URL> urls = new ArrayList<>();
    int dropped = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("micrometer")) {
        dropped++;
        continue;
      }
      urls.add(new File(entry).toURI().toURL());
    }
    assertFalse(dropped == 0, "Micrometer was on the test class path, to be left out here");
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(
          ClassNotFoundException.class,
          () -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"));
      Class<?> optionsType = loader.loadClass(PostgresStoreOptions.class.getName());
      Object options =
          optionsType
              .getMethod("withSchema", String.class)
              .invoke(optionsType.getMethod("defaults").invoke(null), TestServer.freshSchema());
      Class<?> storeType = loader.loadClass(PostgresLedgerStore.class.getName());
      Class<?> storeSpi = loader.loadClass("dev.pointsledger.core.store.LedgerStore");
      Class<?> ledgerType = loader.loadClass("dev.pointsledger.core.Ledger");
      Class<?> programType = loader.loadClass("dev.pointsledger.core.program.Program");
      Object program =
          loader
              .loadClass("dev.pointsledger.core.program.ProgramPresets")
              .getMethod("industrialPavilion2022")
              .invoke(null);
      // as an application would: its own class loader sees the driver, the store and the core
      Thread.currentThread().setContextClassLoader(loader);
      Class.forName("org.postgresql.Driver", true, loader);
      Object store =
          storeType.getMethod("connect", String.class, optionsType).invoke(null, url, options);
      try {
        Object ledger =
            ledgerType.getMethod("on", storeSpi, Clock.class).invoke(null, store, Clock.systemUTC());
        ledgerType.getMethod("defineProgram", programType).invoke(ledger, program);
        assertEquals(1L, storeType.getMethod("headSequence").invoke(store));
      } finally {
        ((AutoCloseable) store).close();
      }
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }
}
