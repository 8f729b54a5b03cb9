package dev.pointsledger.examples.load;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import java.util.EnumSet;
import java.util.Set;

/** Which of a year's activity ({@code ActivityGenerator}) a load run submits. */
public enum LoadMix {
  /**
   * Everything: the program, vendors and their solutions' reviews, grants, purchases, claims,
   * approvals, rejections, settlements, cancellations and lapses, refusals included.
   */
  REALISTIC(EnumSet.allOf(CommandType.class)),
  /** The program and the grants only: every command posts to the one program pool. */
  GRANTS(EnumSet.of(CommandType.DEFINE_PROGRAM, CommandType.GRANT_POINTS)),
  /**
   * Many clients spending one manufacturer's points: the program, the vendors and their
   * solutions' reviews, and every purchase of every client made by one manufacturer ({@link
   * OneManufacturer}), with one point each; the first client grants it the cap on the day of the
   * year's first grant, and no other manufacturer is granted.
   */
  ONE_MANUFACTURER(
      EnumSet.of(
          CommandType.DEFINE_PROGRAM,
          CommandType.REGISTER_VENDOR,
          CommandType.SUBMIT_SOLUTION,
          CommandType.REVIEW_SOLUTION,
          CommandType.CARRY_OVER_SOLUTION,
          CommandType.GRANT_POINTS,
          CommandType.PURCHASE_SOLUTION));

  private final Set<CommandType> types;

  LoadMix(Set<CommandType> types) {
    this.types = types;
  }

  /**
   * Whether the mix submits a command.
   *
   * @param command a command of the year's activity
   * @return true if it is of a type of this mix
   */
  public boolean takes(Command command) {
    return types.contains(CommandType.of(command));
  }
}
