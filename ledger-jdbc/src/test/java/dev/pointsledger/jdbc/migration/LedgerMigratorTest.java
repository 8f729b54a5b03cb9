package dev.pointsledger.jdbc.migration;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerMigratorTest {
  @ParameterizedTest
  @EnumSource(TestServer.class)
  void migrate_appliesEachScriptOnce_andRecordsItsChecksum(TestServer server) throws SQLException {
    String schema = TestServer.freshSchema();
    LedgerMigrator migrator = LedgerMigrator.forSchema(schema);
    assertEquals(migrator.migrations().size(), migrator.migrate(server.dataSource()));
    assertEquals(0, migrator.migrate(server.dataSource()));
    migrator.verify(server.dataSource());
    List<String> recorded = new ArrayList<>();
    try (Connection c = server.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT script, checksum FROM " + schema + ".ledger_schema_history"
                    + " ORDER BY version")) {
      while (rs.next()) {
        recorded.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    assertEquals(
        migrator.migrations().stream().map(m -> m.fileName() + " " + m.checksum()).toList(),
        recorded);
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void storesStartingAtOnce_migrateOnce(TestServer server) throws Exception {
    PostgresStoreOptions options = server.options();
    DataSource dataSource = server.dataSource();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<PostgresLedgerStore>> stores = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        stores.add(
            pool.submit(
                () -> {
                  start.await();
                  return PostgresLedgerStore.create(dataSource, options);
                }));
      }
      start.countDown();
      for (Future<PostgresLedgerStore> f : stores) {
        f.get().close();
      }
    } finally {
      pool.shutdownNow();
    }
    LedgerMigrator.forSchema(options.schema()).verify(server.dataSource());
    assertEquals(0, LedgerMigrator.forSchema(options.schema()).migrate(server.dataSource()));
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aStoreThatDoesNotMigrate_refusesASchemaWithoutTheLedger(TestServer server) {
    PostgresStoreOptions options = server.options().toBuilder().migrateOnStart(false).build();
    DataSource dataSource = server.dataSource();
    LedgerStoreException e =
        assertThrows(
            LedgerStoreException.class, () -> PostgresLedgerStore.create(dataSource, options));
    assertTrue(e.getMessage().contains("apply the migrations"), e::getMessage);
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aMigrationWhoseScriptChangedAfterItWasApplied_isRefused(TestServer server)
      throws SQLException {
    DataSource dataSource = server.dataSource();
    String schema = TestServer.freshSchema();
    LedgerMigrator migrator = LedgerMigrator.forSchema(schema);
    migrator.migrate(dataSource);
    TestLedgers.sql(
        server.dataSource(),
        "UPDATE " + schema + ".ledger_schema_history SET checksum = 'edited' WHERE version = 2");
    assertThrows(LedgerStoreException.class, () -> migrator.migrate(dataSource));
    assertThrows(LedgerStoreException.class, () -> migrator.verify(dataSource));
  }

  @Test
  void theObjectsVerifyChecks_areEveryFunctionAndTriggerTheScriptsCreate() {
    SchemaObjects objects =
        new SchemaObjects("ledger", LedgerMigrator.forSchema("ledger").migrations());
    assertEquals(
        List.of(
            "refuse_change",
            "check_chain_links",
            "check_rows_of_new_entries",
            "lock_footprint",
            "append_entries"),
        objects.functionNames());
    assertEquals(
        List.of(
            "entries_append_only",
            "postings_append_only",
            "record_versions_append_only",
            "entries_chain_links",
            "postings_of_new_entries",
            "record_versions_of_new_entries"),
        objects.triggerNames());
    String scripts =
        LedgerMigrator.forSchema("ledger").migrations().stream()
            .map(m -> m.sqlFor("ledger"))
            .reduce("", String::concat);
    assertEquals(
        objects.functionNames().size(), Pattern.compile("CREATE FUNCTION").matcher(scripts).results().count());
    assertEquals(
        objects.triggerNames().size(), Pattern.compile("CREATE TRIGGER").matcher(scripts).results().count());
  }

  /** What a hostile administrator (a superuser) does to a migrated schema, and what verify names. */
  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of(
            "a trigger function with another body",
            "CREATE OR REPLACE FUNCTION ${s}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$BEGIN RETURN NULL; END$$",
            "function refuse_change has another body"),
        Arguments.of(
            "append_entries run as its caller",
            "ALTER FUNCTION ${s}.append_entries(bigint, bytea, text[], text[], text[], date[],"
                + " bigint[], integer[], text[], text[], text[], text[], integer[], integer[],"
                + " text[], text[], text[], text[], bigint[], integer[], text[], text[], text[],"
                + " text[]) SECURITY INVOKER",
            "function append_entries is not SECURITY DEFINER"),
        Arguments.of(
            "append_entries with the caller's search path",
            "ALTER FUNCTION ${s}.append_entries(bigint, bytea, text[], text[], text[], date[],"
                + " bigint[], integer[], text[], text[], text[], text[], integer[], integer[],"
                + " text[], text[], text[], text[], bigint[], integer[], text[], text[], text[],"
                + " text[]) RESET search_path",
            "function append_entries has the settings []"),
        Arguments.of(
            "an overload of lock_footprint",
            "CREATE FUNCTION ${s}.lock_footprint(whole_ledger boolean) RETURNS bigint"
                + " LANGUAGE sql AS $$SELECT 0::bigint$$",
            "function lock_footprint has 2 overloads"),
        Arguments.of(
            "a disabled append-only trigger",
            "ALTER TABLE ${s}.entries DISABLE TRIGGER entries_append_only",
            "trigger entries_append_only is disabled"),
        Arguments.of(
            "a trigger firing only on replicas",
            "ALTER TABLE ${s}.postings ENABLE REPLICA TRIGGER postings_append_only",
            "trigger postings_append_only fires only on replicas"),
        Arguments.of(
            "a dropped chain trigger",
            "DROP TRIGGER entries_chain_links ON ${s}.entries",
            "trigger entries_chain_links is missing"),
        Arguments.of(
            "an append-only trigger that no longer refuses DELETE",
            "DROP TRIGGER record_versions_append_only ON ${s}.record_versions;"
                + " CREATE TRIGGER record_versions_append_only BEFORE UPDATE OR TRUNCATE ON"
                + " ${s}.record_versions FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change()",
            "trigger record_versions_append_only is defined otherwise"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void verify_refusesAFunctionOrTriggerNotAsTheMigrationsDefineIt_namingIt(
      String what, String tampering, String named) throws SQLException {
    TestServer server = TestServer.values()[0];
    DataSource dataSource = server.dataSource();
    String schema = TestServer.freshSchema();
    LedgerMigrator migrator = LedgerMigrator.forSchema(schema);
    migrator.migrate(dataSource);
    migrator.verify(dataSource);

    TestLedgers.sql(dataSource, tampering.replace("${s}", schema));

    LedgerStoreException refused =
        assertThrows(LedgerStoreException.class, () -> migrator.verify(dataSource));
    assertTrue(refused.getMessage().contains(named), refused.getMessage());
    assertTrue(refused.getMessage().contains("schema " + schema), refused.getMessage());
  }


  @ParameterizedTest
  @EnumSource(TestServer.class)
  void twoLedgersInTwoSchemas_shareADatabase_withoutSeeingEachOther(TestServer server) {
    try (PostgresLedgerStore a = server.newStore();
        PostgresLedgerStore b = server.newStore()) {
      Ledger onA = TestLedgers.on(a);
      Ledger onB = TestLedgers.on(b);
      onA.execute(grant("g1", M1, 1_000));
      onA.execute(grant("g2", M1, 1_000));
      onB.execute(grant("g1", M1, 5_000));
      // each ledger: its program's definition, then its grants
      assertEquals(3, a.headSequence());
      assertEquals(2, b.headSequence());
      assertFalse(b.entry(dev.pointsledger.core.testing.Fixtures.e("g2")).isPresent());
      assertTrue(onA.verify().clean());
      assertTrue(onB.verify().clean());
    }
  }

  @Test
  void theShippedScripts_areExactlyTheMigratorsList_andUseOnlyTheSchemaPlaceholder()
      throws IOException {
    Path folder = Paths.get("src/main/resources", LedgerMigrator.LOCATION);
    List<String> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<Migration> migrations = LedgerMigrator.forSchema("any").migrations();
    assertEquals(files, migrations.stream().map(Migration::fileName).sorted().toList());
    for (int i = 0; i < migrations.size(); i++) {
      assertEquals(i + 1, migrations.get(i).version());
      Matcher placeholders = Pattern.compile("\\$\\{([^}]*)}").matcher(migrations.get(i).script());
      while (placeholders.find()) {
        assertEquals("schema", placeholders.group(1), migrations.get(i).fileName());
      }
    }
  }
}
