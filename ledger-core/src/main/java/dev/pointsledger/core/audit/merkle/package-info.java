/**
 * Merkle trees as RFC 6962 and RFC 9162 (Certificate Transparency) define them, over the entry
 * hashes of the journal: the tree head ({@link dev.pointsledger.core.audit.merkle.MerkleTree}),
 * inclusion and consistency proofs, and their verification by small standalone functions that
 * need no store ({@link dev.pointsledger.core.audit.merkle.MerkleProofs}). Leaf {@code i} (from 0)
 * is the entry with sequence number {@code i + 1}; its leaf data are the 32 bytes of the entry's
 * hash, so its leaf hash is {@code SHA-256(0x00 || entry hash)}, and an interior node is {@code
 * SHA-256(0x01 || left || right)}.
 */
package dev.pointsledger.core.audit.merkle;
