package dev.pointsledger.jdbc.migration;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.LedgerStoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The functions and triggers the migrations define, read from the scripts themselves, and the
 * check that the catalog holds exactly those: a function with its body ({@code prosrc}, verbatim
 * as the script wrote it between its dollar quotes), its language, {@code SECURITY DEFINER} and
 * its settings ({@code search_path}), and no overload beside it; a trigger on its table, enabled,
 * with its timing, events, level, transition table and function. A later migration's definition
 * of a function replaces an earlier one's, as {@code CREATE OR REPLACE} does.
 */
final class SchemaObjects {
  private static final Pattern FUNCTION =
      Pattern.compile(
          "CREATE (?:OR REPLACE )?FUNCTION (\\w+)\\.(\\w+)\\([^$]*?LANGUAGE (\\w+)"
              + "( SECURITY DEFINER)?(?: SET (\\w+) = (.*?))? AS \\$\\$(.*?)\\$\\$",
          Pattern.DOTALL);
  private static final String EVENT = "(?:INSERT|UPDATE|DELETE|TRUNCATE)";
  private static final Pattern TRIGGER =
      Pattern.compile(
          "CREATE TRIGGER (\\w+) (BEFORE|AFTER) (" + EVENT + "(?: OR " + EVENT + ")*)\\s+ON"
              + " (\\w+)\\.(\\w+)(.*?)EXECUTE FUNCTION (\\w+)\\.(\\w+)\\(\\)",
          Pattern.DOTALL);
  private static final Pattern NEW_TABLE = Pattern.compile("REFERENCING NEW TABLE AS (\\w+)");

  /** A function as the catalog keeps it. */
  record Function(String name, String language, boolean securityDefiner, String config,
      String body, String script) {}

  /** A trigger as the catalog keeps it ({@code tgtype}'s bits: row 1, before 2, events). */
  record Trigger(String name, String table, int type, String newTable, String function,
      String script) {}

  private final String schema;
  private final Map<String, Function> functions = new LinkedHashMap<>();
  private final Map<String, Trigger> triggers = new LinkedHashMap<>();

  SchemaObjects(String schema, List<Migration> migrations) {
    this.schema = schema;
    for (Migration m : migrations) {
      String sql = m.sqlFor(schema);
      Matcher f = FUNCTION.matcher(sql);
      while (f.find()) {
        String config = f.group(5) == null ? "" : f.group(5) + "=" + f.group(6).trim();
        functions.put(
            f.group(2),
            new Function(
                f.group(2), f.group(3).toLowerCase(Locale.ROOT), f.group(4) != null, config,
                f.group(7), m.fileName()));
      }
      Matcher t = TRIGGER.matcher(sql);
      while (t.find()) {
        int type = t.group(2).equals("BEFORE") ? 2 : 0;
        for (String event : t.group(3).split(" OR ")) {
          type |=
              switch (event) {
                case "INSERT" -> 4;
                case "DELETE" -> 8;
                case "UPDATE" -> 16;
                default -> 32;
              };
        }
        if (t.group(6).contains("FOR EACH ROW")) {
          type |= 1;
        }
        Matcher newTable = NEW_TABLE.matcher(t.group(6));
        triggers.put(
            onTable(t.group(5), t.group(1)),
            new Trigger(
                t.group(1), t.group(5), type, newTable.find() ? newTable.group(1) : null,
                t.group(8), m.fileName()));
      }
    }
  }

  /** The functions the migrations define, by name. */
  List<String> functionNames() {
    return ImmutableList.copyOf(functions.keySet());
  }

  /** The triggers the migrations define, by name. */
  List<String> triggerNames() {
    return triggers.values().stream().map(Trigger::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * The triggers the migrations define, each as {@code table.trigger} (a trigger's name is unique
   * on its table only).
   */
  List<String> triggersOnTables() {
    return ImmutableList.copyOf(triggers.keySet());
  }

  private static String onTable(String table, String trigger) {
    return table + "." + trigger;
  }

  /**
   * Checks the catalog against the migrations.
   *
   * @throws LedgerStoreException naming the first function or trigger that is missing, disabled
   *     or defined otherwise
   */
  void verify(Handle h) {
    Map<String, List<Function>> found = new LinkedHashMap<>();
    h.createQuery(
            "SELECT p.proname, l.lanname, p.prosecdef,"
                + " COALESCE(array_to_string(p.proconfig, '|'), '') AS config, p.prosrc"
                + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " JOIN pg_language l ON l.oid = p.prolang WHERE n.nspname = :schema")
        .bind("schema", schema)
        .map(
            (rs, ctx) ->
                new Function(
                    rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                    rs.getString(5), ""))
        .forEach(f -> found.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f));
    for (Function expected : functions.values()) {
      List<Function> actual = found.getOrDefault(expected.name(), List.of());
      if (actual.size() != 1) {
        throw refused(
            "function " + expected.name(),
            actual.isEmpty() ? "is missing" : "has " + actual.size() + " overloads",
            expected.script());
      }
      Function a = actual.get(0);
      String differs =
          !a.body().equals(expected.body())
              ? "has another body"
              : !a.language().equals(expected.language())
                  ? "is written in " + a.language() + ", not " + expected.language()
                  : a.securityDefiner() != expected.securityDefiner()
                      ? (expected.securityDefiner()
                          ? "is not SECURITY DEFINER"
                          : "is SECURITY DEFINER")
                      : !a.config().equals(expected.config())
                          ? "has the settings [" + a.config() + "], not [" + expected.config()
                              + "]"
                          : null;
      if (differs != null) {
        throw refused("function " + expected.name(), differs, expected.script());
      }
    }
    Map<String, Trigger> actualTriggers = new LinkedHashMap<>();
    Map<String, String> enabled = new LinkedHashMap<>();
    h.createQuery(
            "SELECT t.tgname, c.relname, t.tgtype::int, t.tgnewtable::text, p.proname,"
                + " pn.nspname, t.tgenabled::text FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_proc p ON p.oid = t.tgfoid"
                + " JOIN pg_namespace pn ON pn.oid = p.pronamespace"
                + " WHERE n.nspname = :schema AND NOT t.tgisinternal")
        .bind("schema", schema)
        .map(
            (rs, ctx) -> {
              String name = rs.getString(1);
              enabled.put(onTable(rs.getString(2), name), rs.getString(7));
              String fn = rs.getString(6).equals(schema) ? rs.getString(5) : rs.getString(6)
                  + "." + rs.getString(5);
              return new Trigger(name, rs.getString(2), rs.getInt(3), rs.getString(4), fn, "");
            })
        .forEach(t -> actualTriggers.put(onTable(t.table(), t.name()), t));
    for (Trigger expected : triggers.values()) {
      String key = onTable(expected.table(), expected.name());
      Trigger a = actualTriggers.get(key);
      if (a == null) {
        throw refused("trigger " + expected.name(), "is missing", expected.script());
      }
      String state = enabled.get(key);
      if (!state.equals("O") && !state.equals("A")) {
        throw refused(
            "trigger " + expected.name(),
            state.equals("D") ? "is disabled" : "fires only on replicas",
            expected.script());
      }
      if (!a.table().equals(expected.table())
          || a.type() != expected.type()
          || !Objects.equals(a.newTable(), expected.newTable())
          || !a.function().equals(expected.function())) {
        throw refused(
            "trigger " + expected.name(),
            "is defined otherwise (on " + a.table() + ", type " + a.type() + ", executing "
                + a.function() + ")",
            expected.script());
      }
    }
  }

  private LedgerStoreException refused(String object, String how, String script) {
    return new LedgerStoreException(
        "schema " + schema + ": " + object + " " + how + "; it must be as migration " + script
            + " defines it (the journal's guarantees rest on it): restore it from the script",
        null);
  }
}
