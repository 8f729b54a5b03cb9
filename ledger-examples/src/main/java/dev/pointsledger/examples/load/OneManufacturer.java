package dev.pointsledger.examples.load;

import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.UnifiedBusinessNumbers;
import dev.pointsledger.core.program.FactoryRegistration;
import dev.pointsledger.core.program.ManufacturerProfile;
import java.util.stream.IntStream;

/**
 * The hot spot of {@link LoadMix#ONE_MANUFACTURER}: one manufacturer, granted the whole cap once,
 * whose points every purchase of every client spends, one point at a time (so that its 200,000
 * points last for any run of a few minutes and purchases are applied, not refused). The
 * purchases keep their contracts, solutions, prices and service dates; only the buyer and the
 * points change.
 */
final class OneManufacturer {
  /** A valid business number no generator gives a manufacturer (theirs are below 5,000,000). */
  static final ManufacturerId HOT =
      ManufacturerId.of(
          IntStream.range(0, 10)
              .mapToObj(d -> "9999999" + d)
              .filter(UnifiedBusinessNumbers::isValid)
              .findFirst()
              .orElseThrow());

  private OneManufacturer() {}

  /**
   * The hot manufacturer's grant: the whole cap, on the day and with the documents of a grant of
   * the activity, for a small registered manufacturer.
   *
   * @param model a grant of the activity
   * @return the grant
   */
  static GrantPoints grantLike(GrantPoints model) {
    return new GrantPoints(
        EntryId.of("grant-hot-" + HOT),
        model.program(),
        HOT,
        200_000L,
        model.applicationDate(),
        new ManufacturerProfile(10_000_000L, 20, FactoryRegistration.REGISTERED, false),
        model.documents());
  }

  /**
   * A purchase of the activity, bought by the hot manufacturer with one point.
   *
   * @param p a purchase of the activity
   * @return the same contract, the hot manufacturer's
   */
  static PurchaseSolution spend(PurchaseSolution p) {
    return new PurchaseSolution(
        p.id(),
        p.program(),
        p.contract(),
        HOT,
        p.solution(),
        p.price(),
        1L,
        p.serviceStart(),
        p.serviceEnd());
  }
}
