package dev.pointsledger.jdbc.migration;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import dev.pointsledger.jdbc.internal.SchemaSql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script shipped in the jar under {@code db/migration}, named as Flyway names
 * them ({@code V<version>__<description>.sql}) and written with a {@code ${schema}} placeholder.
 *
 * @param version the version, from 1
 * @param description the description from the file name
 * @param fileName the file's name
 * @param script the script as shipped, placeholder included
 * @param checksum the SHA-256 of the script as shipped, in hex: a script changed after it was
 *     applied is refused
 */
public record Migration(
    int version, String description, String fileName, String script, String checksum) {
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

  /**
   * Checks the parts.
   *
   * @param version the version, from 1
   * @param description the description from the file name
   * @param fileName the file's name
   * @param script the script as shipped
   * @param checksum the SHA-256 of the script, in hex
   */
  public Migration {
    checkArgument(version >= 1, "versions start at 1: %s", version);
    requireNonNull(description, "description");
    requireNonNull(fileName, "fileName");
    requireNonNull(script, "script");
    requireNonNull(checksum, "checksum");
  }

  /**
   * Loads a script from the class path.
   *
   * @param location the folder, such as {@code db/migration}
   * @param fileName the file's name, such as {@code V1__journal.sql}
   * @return the migration
   * @throws IllegalArgumentException if the name is not {@code V<n>__<words>.sql}
   * @throws IllegalStateException if the script is not on the class path
   */
  static Migration load(String location, String fileName) {
    Matcher m = NAME.matcher(fileName);
    checkArgument(m.matches(), "not a migration file name: %s", fileName);
    String path = location + "/" + fileName;
    // through the class, not its loader: on the module path a loader finds no resource of a
    // package its module does not open, while a class reads every resource of its own module
    try (InputStream in = Migration.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("migration " + path + " is not on the class path");
      }
      String script = new String(in.readAllBytes(), UTF_8);
      return new Migration(
          Integer.parseInt(m.group(1)),
          m.group(2).replace('_', ' '),
          fileName,
          script,
          Hashing.sha256().hashString(script, UTF_8).toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + path, e);
    }
  }

  /**
   * The script for a schema.
   *
   * @param schema the schema's name
   * @return the SQL to run
   * @throws IllegalArgumentException if the name is not a plain lower-case identifier
   */
  public String sqlFor(String schema) {
    return new SchemaSql(schema).render(script);
  }
}
