package dev.pointsledger.core.program;

import com.google.common.collect.ImmutableSet;
import dev.pointsledger.core.id.ProgramId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Ready-made programs. The 2022 preset restates the briefing of 2022-03-23 (111-03-23):
 * 200,000 points per manufacturer (R-D2), points pay at most 50% (R-P1), at least 3 months of
 * service (R-V4), manufacturer applications until 2022-08-31 (R-D4), solution applications until
 * 2022-08-20 and listings valid until 2022-12-31 (R-V5), size limits NTD 100,000,000 or 200
 * employees (R-D1), vendors with NTD 1,000,000 paid in and one of I301010, I301020, I301030
 * (R-V1), technical review meetings of 2-3 reviewers (R-V6), and the 2021 program as the previous year's (R-D3).
 */
public final class ProgramPresets {
  /** The id of the 2022 Industrial Pavilion program. */
  public static final ProgramId INDUSTRIAL_PAVILION_2022 = ProgramId.of("industrial-pavilion-2022");

  /** The id of the 2021 program, whose users are excluded from the 2022 one (R-D3). */
  public static final ProgramId INDUSTRIAL_PAVILION_2021 = ProgramId.of("industrial-pavilion-2021");

  private static final ProgramPolicy POLICY_2022 =
      new ProgramPolicy(
          200_000L,
          50,
          3,
          LocalDate.of(2022, 3, 23),
          LocalDate.of(2022, 12, 31),
          LocalDate.of(2022, 3, 23),
          LocalDate.of(2022, 8, 31),
          LocalDate.of(2022, 8, 20),
          LocalDate.of(2022, 12, 31),
          100_000_000L,
          200,
          1_000_000L,
          ImmutableSet.of("I301010", "I301020", "I301030"),
          2,
          3,
          Optional.of(INDUSTRIAL_PAVILION_2021),
          0,
          1_000_000_000L,
          true);

  private ProgramPresets() {}

  /**
   * The policy of the 2022 Industrial Pavilion program, as the briefing states it.
   *
   * @return the 2022 policy
   */
  public static ProgramPolicy industrialPavilion2022Policy() {
    return POLICY_2022;
  }

  /**
   * The 2022 Industrial Pavilion program (雲市集工業館 數位點數補助計畫).
   *
   * @return the program with id {@link #INDUSTRIAL_PAVILION_2022}
   */
  public static Program industrialPavilion2022() {
    return new Program(
        INDUSTRIAL_PAVILION_2022, "Cloud Marketplace Industrial Pavilion 2022", POLICY_2022);
  }
}
