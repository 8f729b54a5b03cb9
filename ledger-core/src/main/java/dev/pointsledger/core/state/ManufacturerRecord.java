package dev.pointsledger.core.state;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * A manufacturer's standing in one program.
 *
 * @param program the program
 * @param manufacturer the manufacturer
 * @param granted points granted so far, net of reversed grants; never above the cap (R-D2)
 * @param committed points on the manufacturer's contracts that were not cancelled or reversed
 *     (reserved, claimed or redeemed); above zero means the manufacturer used the program's points,
 *     which excludes it from the next year's program (R-D3)
 */
public record ManufacturerRecord(
    ProgramId program, ManufacturerId manufacturer, long granted, long committed)
    implements LedgerRecord {

  /**
   * Checks the figures.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @param granted points granted so far, net of reversed grants; never above the cap (R-D2)
   * @param committed points on the manufacturer's contracts that were not cancelled or reversed
   *     (reserved, claimed or redeemed); above zero means the manufacturer used the program's
   *     points, which excludes it from the next year's program (R-D3)
   */
  public ManufacturerRecord {
    requireNonNull(program, "program");
    requireNonNull(manufacturer, "manufacturer");
    checkArgument(granted >= 0, "granted must not be negative");
    checkArgument(committed >= 0, "committed must not be negative");
  }

  /**
   * A manufacturer with nothing granted yet.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return the empty record
   */
  public static ManufacturerRecord empty(ProgramId program, ManufacturerId manufacturer) {
    return new ManufacturerRecord(program, manufacturer, 0, 0);
  }

  /**
   * Whether the manufacturer used the program's points: some are committed to contracts that
   * were not cancelled or reversed. Such a manufacturer is excluded from the next year's program
   * (R-D3).
   *
   * @return true if points were used
   */
  public boolean usedPoints() {
    return committed > 0;
  }

  @Override
  public RecordKey key() {
    return RecordKey.manufacturer(program, manufacturer);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(manufacturer.value()).add(granted).add(committed);
  }

  /**
   * This record with more (or, negative, fewer) points granted.
   *
   * @param delta the change
   * @return the new version
   */
  public ManufacturerRecord withGranted(long delta) {
    return new ManufacturerRecord(program, manufacturer, Math.addExact(granted, delta), committed);
  }

  /**
   * This record with more (or, negative, fewer) points committed to contracts.
   *
   * @param delta the change
   * @return the new version
   */
  public ManufacturerRecord withCommitted(long delta) {
    return new ManufacturerRecord(program, manufacturer, granted, Math.addExact(committed, delta));
  }
}
