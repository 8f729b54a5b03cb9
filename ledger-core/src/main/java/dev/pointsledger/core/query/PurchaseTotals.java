package dev.pointsledger.core.query;

import static java.util.Objects.requireNonNull;

/**
 * What was bought with points under one heading (a category or a vendor), counting contracts
 * that were not cancelled or reversed.
 *
 * @param heading the category's or vendor's name
 * @param contracts how many contracts
 * @param price their prices, in NTD
 * @param points the points they were bought with
 * @param ownPart what the manufacturers paid themselves, in NTD ({@code price - points})
 * @param claimed points under pending claims
 * @param redeemed points of approved (payable or paid) claims
 * @param paid points of paid claims
 */
public record PurchaseTotals(
    String heading,
    long contracts,
    long price,
    long points,
    long ownPart,
    long claimed,
    long redeemed,
    long paid) {
  /**
   * Checks the heading is present.
   *
   * @param heading the category's or vendor's name
   * @param contracts how many contracts
   * @param price their prices, in NTD
   * @param points the points they were bought with
   * @param ownPart what the manufacturers paid themselves, in NTD ({@code price - points})
   * @param claimed points under pending claims
   * @param redeemed points of approved (payable or paid) claims
   * @param paid points of paid claims
   */
  public PurchaseTotals {
    requireNonNull(heading, "heading");
  }
}
