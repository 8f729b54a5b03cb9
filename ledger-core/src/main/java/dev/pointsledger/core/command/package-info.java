/**
 * Commands: what callers ask the ledger to do. Each command carries a caller-chosen
 * {@link dev.pointsledger.core.id.EntryId}, its idempotency key, and becomes exactly one journal
 * entry or is refused with nothing written ({@link dev.pointsledger.core.command.CommandOutcome}).
 * Commands only hold values: every rule is checked in {@code dev.pointsledger.core.rules}, so a
 * well-formed but unacceptable command (a negative amount, a date out of order) is answered with a
 * rejection code rather than an exception at construction.
 */
package dev.pointsledger.core.command;
