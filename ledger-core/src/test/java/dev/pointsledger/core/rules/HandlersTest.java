package dev.pointsledger.core.rules;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import org.junit.jupiter.api.Test;

/**
 * A new command cannot arrive without its handler: the compiler knows every permitted {@link
 * Command} subtype, and this test that {@link Handlers} has a handler for each, of that type.
 */
class HandlersTest {

  @Test
  void everyPermittedCommandSubtype_hasAHandler_forExactlyThatType() {
    for (Class<?> subtype : Command.class.getPermittedSubclasses()) {
      CommandType type = CommandType.ofClass(subtype.asSubclass(Command.class));
      assertSame(subtype, Handlers.of(type).type(), type::toString);
    }
  }
}
