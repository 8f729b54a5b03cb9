/**
 * The journal: immutable, balanced entries chained by hash. An
 * {@link dev.pointsledger.core.journal.EntryDraft} is what the rules decide; a store seals it into
 * a {@link dev.pointsledger.core.journal.JournalEntry} by giving it the next sequence number, the
 * time it was recorded and the previous entry's hash. Nothing here is ever updated or deleted: a
 * correction is a new entry.
 */
package dev.pointsledger.core.journal;
