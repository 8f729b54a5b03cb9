package dev.pointsledger.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.id.ProgramId;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every setting of a policy has a setter named after it. */
class ProgramPolicyBuilderTest {
  @Test
  void everySettingOfThePolicy_hasASetterOfTheSameNameAndType() {
    for (RecordComponent setting : ProgramPolicy.class.getRecordComponents()) {
      Class<?> type =
          setting.getType() == Optional.class ? ProgramId.class : setting.getType();
      boolean found =
          Arrays.stream(ProgramPolicy.Builder.class.getMethods())
              .filter(m -> m.getName().equals(setting.getName()))
              .map(Method::getParameterTypes)
              .anyMatch(p -> p.length == 1 && p[0] == type);
      assertTrue(found, () -> "no setter " + setting.getName() + "(" + type.getSimpleName() + ")");
    }
  }

  @Test
  void settingOneValue_changesThatSettingAlone() {
    ProgramPolicy preset = ProgramPresets.industrialPavilion2022Policy();
    ProgramPolicy changed = preset.toBuilder().maxManufacturerEmployees(150).build();

    assertEquals(150, changed.maxManufacturerEmployees());
    assertEquals(preset, changed.toBuilder().maxManufacturerEmployees(200).build());
  }

  @Test
  void thePreviousProgram_isNamedOrCleared() {
    ProgramId p2021 = ProgramPresets.INDUSTRIAL_PAVILION_2021;
    assertEquals(
        Optional.of(p2021), ProgramPolicy.builder().previousProgram(p2021).build().previousProgram());
    assertEquals(
        Optional.empty(), ProgramPolicy.builder().noPreviousProgram().build().previousProgram());
  }

  @Test
  void aVendorBusinessItemOfAnotherForm_isRefused() {
    for (String item : List.of("i301010", "I30101", "資訊軟體服務業", "Ｉ３０１０１０", "I 301010")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> ProgramPolicy.builder().vendorQualification(1_000_000, Set.of(item)).build());
      assertTrue(e.getMessage().contains("I301010"), e::getMessage);
    }
    assertEquals(
        Set.of("F401010"),
        ProgramPolicy.builder()
            .vendorQualification(1_000_000, Set.of("F401010"))
            .build()
            .vendorBusinessItems());
  }

  @Test
  void the2022Preset_requiresValidBusinessNumbers_andABuilderMayNot() {
    assertTrue(ProgramPresets.industrialPavilion2022Policy().requireValidBusinessNumbers());
    ProgramPolicy lax = ProgramPolicy.builder().requireValidBusinessNumbers(false).build();
    assertEquals(false, lax.requireValidBusinessNumbers());
    assertTrue(!lax.equals(ProgramPresets.industrialPavilion2022Policy()));
  }
}
