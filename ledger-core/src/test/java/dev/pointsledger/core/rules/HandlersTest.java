package dev.pointsledger.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

  @Test
  void everyCommandType_namesAPermittedSubtype_andNoneIsLeftOut() {
    Set<Class<?>> permitted = Set.of(Command.class.getPermittedSubclasses());
    Set<Class<?>> typed =
        Arrays.stream(CommandType.values()).map(CommandType::type).collect(Collectors.toSet());
    assertEquals(permitted, typed);
    List<CommandType> handled =
        EnumSet.allOf(CommandType.class).stream()
            .filter(t -> Handlers.of(t).type() == t.type())
            .toList();
    assertEquals(List.of(CommandType.values()), handled);
  }
}
