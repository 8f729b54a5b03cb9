package dev.pointsledger.examples;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** An application that embeds the ledger; the README quotes this file whole. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Grants a manufacturer points and prints its balances and the verifier's verdict.
   *
   * @param args a PostgreSQL JDBC URL, or none for an in-memory ledger
   */
  public static void main(String[] args) {
    // a day of the 2022 program; a real system passes Clock.systemUTC()
    Clock clock = Clock.fixed(Instant.parse("2022-05-02T04:00:00Z"), ZoneOffset.UTC);
    try (Ledger ledger =
        args.length == 0
            ? Ledger.inMemory(clock)
            : Ledger.on(PostgresLedgerStore.connect(args[0]), clock)) {
      ledger.defineProgram(ProgramPresets.industrialPavilion2022());
      var program = ProgramPresets.INDUSTRIAL_PAVILION_2022;
      var factory = ManufacturerId.of("12345670");
      ledger.execute(
          GrantPoints.builder()
              .id(EntryId.of("grant-12345670"))
              .program(program)
              .manufacturer(factory)
              .points(200_000)
              .applicationDate(LocalDate.of(2022, 5, 2))
              .profile(ManufacturerProfile.typicalSmallFactory())
              .document(new DocumentRef("factory-registration", "99-123456"))
              .build());
      System.out.println(ledger.now().manufacturer(program, factory));
      System.out.println(ledger.verify().clean() ? "verifier: clean" : "verifier: findings");
    }
  }
}
