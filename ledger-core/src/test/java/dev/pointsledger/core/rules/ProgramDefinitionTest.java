package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals a person can act on: a program definition whose usual id is taken says how to define
 * it all the same; a repeated document is named.
 */
class ProgramDefinitionTest {
  private final TestLedger t = TestLedger.ready2022();
  private final Program nextYear =
      new Program(
          ProgramId.of("industrial-pavilion-2023"),
          "Industrial Pavilion 2023",
          ProgramPresets.industrialPavilion2022().policy());

  @Test
  void defineProgram_whoseIdAnotherEntryTook_isRefused_withHowToDefineItAllTheSame() {
    t.run(Fixtures.grant("program:industrial-pavilion-2023", M2, 1_000));

    LedgerRejectedException e =
        assertThrows(LedgerRejectedException.class, () -> t.ledger().defineProgram(nextYear));

    assertEquals(RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT, e.code());
    assertTrue(e.getMessage().contains("GRANT entry"), e::getMessage);
    assertTrue(e.getMessage().contains("new DefineProgram(EntryId.of("), e::getMessage);
    assertEquals(
        EntryType.PROGRAM_DEFINED,
        t.run(new DefineProgram(EntryId.of("define-2023"), nextYear)).type());
  }

  @Test
  void aGrantListingADocumentTwice_isRefused_namingTheDocument() {
    DocumentRef registration = new DocumentRef("factory-registration", "99-123456");
    GrantPoints twice =
        new GrantPoints(
            EntryId.of("g-twice"),
            Fixtures.P2022,
            Fixtures.m(M3),
            1_000,
            Fixtures.MAY_2,
            ManufacturerProfile.typicalSmallFactory(),
            List.of(registration, registration));

    String message = t.refused(twice, RejectionCode.DUPLICATE_ITEM).message();

    assertTrue(message.contains("factory-registration:99-123456 twice"), message);
  }
}
