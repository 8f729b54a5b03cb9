package dev.pointsledger.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.id.ProgramId;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
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
}
