package dev.pointsledger.core.rules;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which handler decides which command type. A command type without a
 * handler here fails {@code HandlersTest} (every permitted {@link Command} subtype has one), not a
 * user's command at run time.
 */
final class Handlers {
  private static final Map<CommandType, CommandHandler<?>> BY_TYPE = byType(
      List.of(
          ProgramHandler.DEFINE,
          GrantHandler.GRANT,
          PurchaseHandler.PURCHASE,
          PurchaseHandler.CANCEL,
          ClaimHandlers.FILE,
          ClaimHandlers.APPROVE,
          ClaimHandlers.REJECT,
          ClaimHandlers.SETTLE,
          LapseHandler.LAPSE,
          ReversalHandler.REVERSE,
          SupplyHandlers.REGISTER_VENDOR,
          SupplyHandlers.SUBMIT_SOLUTION,
          SupplyHandlers.REVIEW_SOLUTION,
          SupplyHandlers.CARRY_OVER_SOLUTION));

  private Handlers() {}

  /**
   * The handler of a command type.
   *
   * @throws IllegalStateException if the type has none (a bug that {@code HandlersTest} catches)
   */
  static CommandHandler<?> of(CommandType type) {
    CommandHandler<?> handler = BY_TYPE.get(type);
    if (handler == null) {
      throw new IllegalStateException("no handler for " + type + "; register one in Handlers");
    }
    return handler;
  }

  private static Map<CommandType, CommandHandler<?>> byType(List<CommandHandler<?>> handlers) {
    Map<CommandType, CommandHandler<?>> byType = new EnumMap<>(CommandType.class);
    for (CommandHandler<?> handler : handlers) {
      CommandType type = CommandType.ofClass(handler.type());
      if (byType.put(type, handler) != null) {
        throw new IllegalStateException("two handlers for " + type);
      }
    }
    return byType;
  }
}
