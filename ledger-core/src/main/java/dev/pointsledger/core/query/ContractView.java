package dev.pointsledger.core.query;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.state.ContractRecord;

/**
 * A contract as of an entry: its record (status, split of the price into points and the
 * manufacturer's own part) and the balances of its accounts.
 *
 * @param contract the contract's record
 * @param asOf the sequence number the view is as of
 * @param reserved points still reserved on it
 * @param claimed points of it under a pending claim
 */
public record ContractView(ContractRecord contract, long asOf, long reserved, long claimed) {
  /**
   * Checks the record is present.
   *
   * @param contract the contract's record
   * @param asOf the sequence number the view is as of
   * @param reserved points still reserved on it
   * @param claimed points of it under a pending claim
   */
  public ContractView {
    requireNonNull(contract, "contract");
  }
}
