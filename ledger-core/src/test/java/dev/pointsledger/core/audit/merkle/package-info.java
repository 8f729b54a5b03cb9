/** Tests of the Merkle trees and proofs: published RFC 6962 vectors and properties. */
package dev.pointsledger.core.audit.merkle;
