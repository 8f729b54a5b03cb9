package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of the rules are settings of a program's policy: under a policy paying at most 30% of
 * a price with points and capping grants at 100,000 points, the same commands meet other limits,
 * and their refusals name those limits.
 */
class PolicySettingsTest {
  private final TestLedger t = TestLedger.with(Fixtures.MAY_2, program()).listSolutions(V1, V2);

  private static Program program() {
    return new Program(
        ProgramPresets.INDUSTRIAL_PAVILION_2022,
        "a 30% program",
        ProgramPolicy.builder().grantCap(100_000).pointsSharePercent(30).build());
  }

  @Test
  void cap_isThePolicys() {
    t.run(grant("g1", M1, 100_000));
    t.refused(grant("g2", M1, 1), RejectionCode.CAP_EXCEEDED);
    t.refused(grant("g3", M2, 100_001), RejectionCode.CAP_EXCEEDED);
  }

  @Test
  void pointsShare_isThePolicys_roundedDown() {
    t.run(grant("g1", M1, 100_000));
    t.refused(
        reserve("r1", "C1", M1, V1, 100_001, 30_001), RejectionCode.MORE_THAN_HALF_OF_PRICE);
    t.run(reserve("r2", "C1", M1, V1, 100_001, 30_000));
    assertEquals(70_001, t.contract("C1").contract().ownPart());
    t.assertPoints(M1, 70_000, 30_000);
  }

  @Test
  void refusals_nameThePolicysFigures_notThoseOf2022() {
    t.run(grant("g1", M1, 100_000));
    Rejection cap = t.refused(grant("g2", M1, 1), RejectionCode.CAP_EXCEEDED);
    assertTrue(cap.message().contains("cap of 100,000"), cap::message);
    assertFalse(cap.message().contains("200,000"), cap::message);
    Rejection share =
        t.refused(
            reserve("r1", "C1", M1, V1, 100_001, 30_001),
            RejectionCode.MORE_THAN_HALF_OF_PRICE);
    assertTrue(share.message().contains("30% of the price"), share::message);
    assertTrue(share.message().contains("at most 30,000 points"), share::message);
    assertFalse(share.message().contains("50%"), share::message);
  }

  @Test
  void ruleTexts_stateNoFigureOf2022() {
    for (RejectionCode code : RejectionCode.values()) {
      for (String figure : List.of("200,000", "50%", "half", "3 months", "2022")) {
        assertFalse(code.ruleText().contains(figure), () -> code + ": " + code.ruleText());
      }
    }
  }
}
