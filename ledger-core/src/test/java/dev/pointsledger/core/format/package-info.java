/**
 * Tests that pin the stored format: the tags, the canonical encoding and golden hashes of every
 * entry type, record kind and command type, checked against an encoder written from
 * docs/model.md alone.
 */
package dev.pointsledger.core.format;
