package dev.pointsledger.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The points share of any price, against exact arithmetic. */
class ProgramPolicyProperties {

  @Property(tries = 1000)
  void maxPointsFor_equalsTheExactFloorOfShareTimesPrice(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long price,
      @ForAll @IntRange(min = 1, max = 100) int share) {
    long exact =
        BigInteger.valueOf(price)
            .multiply(BigInteger.valueOf(share))
            .divide(BigInteger.valueOf(100))
            .longValueExact();
    assertEquals(
        exact, ProgramPolicy.builder().pointsSharePercent(share).build().maxPointsFor(price));
  }
}
