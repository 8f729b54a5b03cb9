package dev.pointsledger.core.command;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import java.util.List;

/**
 * What every command's builder shares: the id and program setters, and the checks of every
 * setter and of {@code build()}. A setter refuses null at once, and {@code build()} names the
 * first field that was never set, so a forgotten field is a caller bug found at the call, not a
 * refusal from the ledger. What the rules check (amounts, dates, eligibility) is left to the
 * rules, which refuse with a code.
 *
 * @param <B> the builder's own type, which every setter returns
 */
abstract class CommandBuilder<B extends CommandBuilder<B>> {
  private final String command;
  private EntryId id;
  private ProgramId program;

  /** Starts a builder of the command with this simple name (used in the messages). */
  CommandBuilder(String command) {
    this.command = command;
  }

  /**
   * Sets the command's id (the idempotency key).
   *
   * @param id the value
   * @return this builder
   * @throws NullPointerException if it is null
   */
  public B id(EntryId id) {
    this.id = given(id, "id");
    return self();
  }

  /**
   * Sets the program.
   *
   * @param program the value
   * @return this builder
   * @throws NullPointerException if it is null
   */
  public B program(ProgramId program) {
    this.program = given(program, "program");
    return self();
  }

  /** This builder, as its own type. */
  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** The value given to a setter, refused if null. */
  final <T> T given(T value, String field) {
    if (value == null) {
      throw new NullPointerException(command + "." + field + " must not be null");
    }
    return value;
  }

  /** A field's value at {@code build()}, refused if its setter was never called. */
  final <T> T set(T value, String field) {
    if (value == null) {
      throw new NullPointerException(
          command + " needs " + field + ": call " + field + "(...) before build()");
    }
    return value;
  }

  /** The id at {@code build()}. */
  final EntryId builtId() {
    return set(id, "id");
  }

  /** The program at {@code build()}. */
  final ProgramId builtProgram() {
    return set(program, "program");
  }

  /** Replaces a list field's values, refusing a null list or value. */
  final <T> B replaceAll(List<T> field, List<T> values, String listName, String valueName) {
    given(values, listName);
    field.clear();
    values.forEach(v -> field.add(given(v, valueName)));
    return self();
  }

  /** Adds a value to a list field, refusing null. */
  final <T> B add(List<T> field, T value, String valueName) {
    field.add(given(value, valueName));
    return self();
  }
}
