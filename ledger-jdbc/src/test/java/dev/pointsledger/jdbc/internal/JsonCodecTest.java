package dev.pointsledger.jdbc.internal;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.supply.SolutionCategory;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Record bodies are stored with ids as text and enums as their stored-format tags. */
class JsonCodecTest {
  private final JsonCodec json = new JsonCodec();

  private static ContractRecord contract() {
    return new ContractRecord(
        ProgramPresets.INDUSTRIAL_PAVILION_2022,
        ContractId.of("C-1"),
        ManufacturerId.of(M1),
        VendorId.of(V1),
        SolutionId.of("S-" + V1),
        SolutionCategory.FLOOR_MACHINES,
        120_001,
        150_000,
        60_000,
        60_001,
        LocalDate.of(2022, 6, 1),
        LocalDate.of(2022, 8, 31),
        ContractStatus.CLAIM_PENDING,
        EntryId.of("r1"),
        Optional.of(ClaimId.of("K1")));
  }

  @Test
  void aRecord_isWrittenWithTagsAndIds_andReadBackEqual() {
    String text = json.write(contract());
    assertTrue(text.contains("\"status\":\"" + ContractStatus.CLAIM_PENDING.tag() + "\""), text);
    assertTrue(text.contains("\"category\":\"" + SolutionCategory.FLOOR_MACHINES.tag() + "\""));
    assertTrue(text.contains("\"vendor\":\"" + V1 + "\""), text);
    assertEquals(contract(), json.readRecord(RecordKind.CONTRACT, text));
  }

  @Test
  void aProgramRecord_keepsEverySettingOfItsPolicy() {
    LedgerRecord program =
        new ProgramRecord(
            ProgramPresets.industrialPavilion2022(),
            DefineProgram.idFor(ProgramPresets.INDUSTRIAL_PAVILION_2022));
    LedgerRecord read = json.readRecord(RecordKind.PROGRAM, json.write(program));
    assertEquals(program, read);
    assertEquals(program.digest(), read.digest());
  }

  @Test
  void anUnknownTag_isRefused() {
    String text = json.write(contract()).replace("CLAIM_PENDING", "NO_SUCH_STATUS");
    assertThrows(IllegalStateException.class, () -> json.readRecord(RecordKind.CONTRACT, text));
  }
}
