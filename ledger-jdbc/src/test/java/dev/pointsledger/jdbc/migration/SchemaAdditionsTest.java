package dev.pointsledger.jdbc.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code LedgerMigrator.verify} names every trigger, function, rule, row-level security and policy
 * a hostile administrator (a superuser) added to a migrated schema beside what the scripts create.
 */
class SchemaAdditionsTest {
  @Test
  void theTriggersItExpects_areEveryTriggerTheScriptsCreate_onItsTable() {
    List<Migration> migrations = LedgerMigrator.forSchema("ledger").migrations();
    List<String> expected = new SchemaObjects("ledger", migrations).triggersOnTables();
    assertEquals(
        List.of(
            "entries.entries_append_only",
            "postings.postings_append_only",
            "record_versions.record_versions_append_only",
            "entries.entries_chain_links",
            "postings.postings_of_new_entries",
            "record_versions.record_versions_of_new_entries"),
        expected);
    String scripts =
        migrations.stream().map(m -> m.sqlFor("ledger")).reduce("", String::concat);
    assertEquals(
        expected.size(),
        Pattern.compile("CREATE TRIGGER").matcher(scripts).results().count(),
        "a trigger a later migration creates is expected too");
  }

  /** A tampering (${s} the schema, ${x} another schema) and what verify must name. */
  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of(
            "a BEFORE INSERT trigger that rewrites amounts, with a function in the schema",
            "CREATE FUNCTION ${s}.halve() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$BEGIN NEW.amount := NEW.amount / 2; RETURN NEW; END$$;"
                + " CREATE TRIGGER halve_amounts BEFORE INSERT ON ${s}.postings"
                + " FOR EACH ROW EXECUTE FUNCTION ${s}.halve()",
            List.of("trigger halve_amounts on postings (executing halve)", "function halve")),
        Arguments.of(
            "an AFTER trigger with side effects, its function in another schema",
            "CREATE SCHEMA ${x}; CREATE TABLE ${x}.copies (seq bigint);"
                + " CREATE FUNCTION ${x}.copy() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$BEGIN INSERT INTO ${x}.copies VALUES (NEW.seq); RETURN NULL; END$$;"
                + " CREATE TRIGGER copy_entries AFTER INSERT ON ${s}.entries"
                + " FOR EACH ROW EXECUTE FUNCTION ${x}.copy()",
            List.of("trigger copy_entries on entries (executing ${x}.copy)")),
        Arguments.of(
            "a shipped trigger's name on another table",
            "CREATE TRIGGER entries_append_only BEFORE INSERT ON ${s}.postings"
                + " FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change()",
            List.of("trigger entries_append_only on postings (executing refuse_change)")),
        Arguments.of(
            "a deferred constraint trigger on the history table",
            "CREATE CONSTRAINT TRIGGER late AFTER INSERT ON ${s}.ledger_schema_history"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                + " EXECUTE FUNCTION ${s}.refuse_change()",
            List.of("trigger late on ledger_schema_history (executing refuse_change)")),
        Arguments.of(
            "a function of its own in the schema",
            "CREATE FUNCTION ${s}.entries_of(bigint) RETURNS bigint LANGUAGE sql AS $$SELECT 0$$",
            List.of("function entries_of")),
        Arguments.of(
            "a rule that drops every posting inserted",
            "CREATE RULE no_postings AS ON INSERT TO ${s}.postings DO INSTEAD NOTHING",
            List.of("rule no_postings on postings")),
        Arguments.of(
            "row-level security enabled on the journal",
            "ALTER TABLE ${s}.entries ENABLE ROW LEVEL SECURITY",
            List.of("table entries has row-level security enabled")),
        Arguments.of(
            "row-level security forced on the owner",
            "ALTER TABLE ${s}.record_versions FORCE ROW LEVEL SECURITY",
            List.of("table record_versions has row-level security forced")),
        Arguments.of(
            "a policy that hides postings",
            "CREATE POLICY hide ON ${s}.postings USING (amount > 0);"
                + " ALTER TABLE ${s}.postings ENABLE ROW LEVEL SECURITY",
            List.of(
                "policy hide on postings", "table postings has row-level security enabled")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void verify_namesWhatTheMigrationsDoNotCreate(String what, String tampering, List<String> named)
      throws SQLException {
    DataSource dataSource = TestServer.values()[0].dataSource();
    String schema = TestServer.freshSchema();
    String another = schema + "_x";
    LedgerMigrator migrator = LedgerMigrator.forSchema(schema);
    migrator.migrate(dataSource);
    migrator.verify(dataSource);
    try {
      TestLedgers.sql(dataSource, tampering.replace("${s}", schema).replace("${x}", another));

      LedgerStoreException refused =
          assertThrows(LedgerStoreException.class, () -> migrator.verify(dataSource));
      String message = refused.getMessage();
      assertTrue(message.startsWith("schema " + schema + ": "), message);
      for (String finding : named) {
        assertTrue(message.contains(finding.replace("${x}", another)), message);
      }
      assertTrue(message.contains("drop them"), message);
    } finally {
      TestLedgers.sql(dataSource, "DROP SCHEMA IF EXISTS " + another + " CASCADE");
    }
  }
}
