/**
 * Identifiers of everything the ledger names: programs, manufacturers, vendors, contracts,
 * claims and entries. Each is a small record around a caller-chosen string, validated once on
 * construction (non-blank, at most {@value dev.pointsledger.core.id.Ids#MAX_LENGTH} characters, no
 * control characters), so that no other code has to check an id again.
 */
package dev.pointsledger.core.id;
