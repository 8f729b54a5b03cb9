/**
 * Identifiers of everything the ledger names: programs, manufacturers, vendors, contracts,
 * claims and entries. Each is a small record around a caller-chosen string, validated once on
 * construction (non-blank, at most {@value dev.pointsledger.core.id.Ids#MAX_LENGTH} characters, no
 * control characters, well-formed UTF-16), so that no other code has to check an id again. Free
 * text (reasons, notes, actors, names) goes through {@link dev.pointsledger.core.id.Texts}: at most
 * {@value dev.pointsledger.core.id.Texts#MAX_LENGTH} characters, no control characters,
 * well-formed UTF-16.
 */
package dev.pointsledger.core.id;
