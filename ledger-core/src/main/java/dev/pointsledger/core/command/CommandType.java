package dev.pointsledger.core.command;

import dev.pointsledger.core.id.StableTag;

/**
 * The type of every command, with the tag its fingerprint starts with. The tag, not the Java
 * class name, is the stored format: renaming a command class keeps its tag, so a retry of a
 * command stored before the rename is still recognised.
 */
public enum CommandType implements StableTag {
  /** {@link GrantPoints}. */
  GRANT_POINTS("GrantPoints", GrantPoints.class),
  /** {@link PurchaseSolution}; the class was named {@code ReservePoints}, and the tag stays. */
  PURCHASE_SOLUTION("ReservePoints", PurchaseSolution.class),
  /** {@link CancelContract}. */
  CANCEL_CONTRACT("CancelContract", CancelContract.class),
  /** {@link FileClaim}. */
  FILE_CLAIM("FileClaim", FileClaim.class),
  /** {@link ApproveClaim}. */
  APPROVE_CLAIM("ApproveClaim", ApproveClaim.class),
  /** {@link RejectClaim}. */
  REJECT_CLAIM("RejectClaim", RejectClaim.class),
  /** {@link SettleClaims}. */
  SETTLE_CLAIMS("SettleClaims", SettleClaims.class),
  /** {@link LapsePoints}. */
  LAPSE_POINTS("LapsePoints", LapsePoints.class),
  /** {@link ReverseEntry}. */
  REVERSE_ENTRY("ReverseEntry", ReverseEntry.class),
  /** {@link RegisterVendor}. */
  REGISTER_VENDOR("RegisterVendor", RegisterVendor.class),
  /** {@link SubmitSolution}. */
  SUBMIT_SOLUTION("SubmitSolution", SubmitSolution.class),
  /** {@link ReviewSolution}. */
  REVIEW_SOLUTION("ReviewSolution", ReviewSolution.class),
  /** {@link CarryOverSolution}. */
  CARRY_OVER_SOLUTION("CarryOverSolution", CarryOverSolution.class),
  /** {@link DefineProgram}. */
  DEFINE_PROGRAM("DefineProgram", DefineProgram.class);

  private static final ClassValue<CommandType> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected CommandType computeValue(Class<?> type) {
          for (CommandType t : values()) {
            if (t.type == type) {
              return t;
            }
          }
          throw new IllegalStateException("no command type for " + type);
        }
      };

  private final String tag;
  private final Class<? extends Command> type;

  CommandType(String tag, Class<? extends Command> type) {
    this.tag = tag;
    this.type = type;
  }

  /**
   * The type of a command.
   *
   * @param command the command
   * @return its type
   */
  public static CommandType of(Command command) {
    return BY_CLASS.get(command.getClass());
  }

  /**
   * The type of a command class.
   *
   * @param type a class that implements {@link Command}
   * @return its type
   * @throws IllegalStateException if no constant names the class
   */
  public static CommandType ofClass(Class<? extends Command> type) {
    return BY_CLASS.get(type);
  }

  /**
   * The Java type of commands of this type.
   *
   * @return the command's class
   */
  public Class<? extends Command> type() {
    return type;
  }

  /**
   * The tag a command's fingerprint starts with; it stays when the class is renamed.
   *
   * @return the tag
   */
  @Override
  public String tag() {
    return tag;
  }
}
