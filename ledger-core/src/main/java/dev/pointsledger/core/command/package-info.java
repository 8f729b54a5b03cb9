/**
 * Commands: what callers ask the ledger to do. Each command carries a caller-chosen
 * {@link dev.pointsledger.core.id.EntryId}, its idempotency key, and becomes exactly one journal
 * entry or is refused with nothing written ({@link dev.pointsledger.core.command.CommandOutcome}).
 * Commands only hold values: every rule is checked in {@code dev.pointsledger.core.rules}, so a
 * well-formed but unacceptable command (a negative amount, a date out of order or outside
 * 1900-01-01 .. 9999-12-31, a price above the policy's limit) is answered with a rejection code
 * rather than an exception at construction. Only caller bugs throw at construction: a missing field
 * ({@code NullPointerException}), or an id or free text that is too long, holds a control character
 * or a lone surrogate ({@code IllegalArgumentException}, see {@link dev.pointsledger.core.id.Texts}).
 */
package dev.pointsledger.core.command;
