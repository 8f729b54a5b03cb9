package dev.pointsledger.core.sample;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.command.CommandType;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.supply.SolutionCategory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What an {@link ActivityGenerator} generates, known before a single command is submitted: the
 * parties, the commands by type, and the refusals it makes on purpose (an ineligible vendor, an
 * oversized manufacturer, a grant past the cap, a purchase asking for more than half the price, a
 * claim filed on the contract's last day). Every other command is applied when the batches are
 * submitted in order into an empty ledger.
 *
 * @param seed the seed
 * @param manufacturers manufacturers that apply for points, the refused ones included
 * @param vendors vendors that register, the ineligible ones included
 * @param solutions solutions submitted
 * @param listedSolutions solutions that reach the listing
 * @param categories the categories of the listed solutions (R-V2)
 * @param commands commands in all batches
 * @param days business days with activity
 * @param commandsByType commands by type; types it never makes are absent
 * @param expectedRefusals refusals it makes on purpose, by code
 * @param pointsGranted points of the grants that are applied
 * @param pointsReserved points of the purchases that are applied
 * @param oddPrices applied purchases at an odd price, whose points are {@code floor(price / 2)} at
 *     most
 * @param firstDay the first batch's day
 * @param lastDay the last batch's day
 */
public record ActivitySummary(
    long seed,
    int manufacturers,
    int vendors,
    int solutions,
    int listedSolutions,
    Set<SolutionCategory> categories,
    long commands,
    int days,
    Map<CommandType, Long> commandsByType,
    Map<RejectionCode, Long> expectedRefusals,
    long pointsGranted,
    long pointsReserved,
    int oddPrices,
    LocalDate firstDay,
    LocalDate lastDay) {

  /**
   * Copies the collections.
   *
   * @param seed the seed
   * @param manufacturers manufacturers that apply for points, the refused ones included
   * @param vendors vendors that register, the ineligible ones included
   * @param solutions solutions submitted
   * @param listedSolutions solutions that reach the listing
   * @param categories the categories of the listed solutions (R-V2)
   * @param commands commands in all batches
   * @param days business days with activity
   * @param commandsByType commands by type; types it never makes are absent
   * @param expectedRefusals refusals it makes on purpose, by code
   * @param pointsGranted points of the grants that are applied
   * @param pointsReserved points of the purchases that are applied
   * @param oddPrices applied purchases at an odd price
   * @param firstDay the first batch's day
   * @param lastDay the last batch's day
   * @throws NullPointerException if a collection or a day is missing
   */
  public ActivitySummary {
    categories = Set.copyOf(categories);
    commandsByType = Map.copyOf(commandsByType);
    expectedRefusals = Map.copyOf(expectedRefusals);
    requireNonNull(firstDay, "firstDay");
    requireNonNull(lastDay, "lastDay");
  }

  /**
   * The commands of one type.
   *
   * @param type the type
   * @return how many, 0 if none
   */
  public long commandsOf(CommandType type) {
    return commandsByType.getOrDefault(type, 0L);
  }

  /**
   * The refusals it makes on purpose, all codes together.
   *
   * @return how many
   */
  public long refusals() {
    return expectedRefusals.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The commands that are applied: all but the deliberate refusals.
   *
   * @return how many entries the activity appends to an empty ledger
   */
  public long applied() {
    return commands - refusals();
  }
}
