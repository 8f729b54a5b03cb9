package dev.pointsledger.jdbc.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.util.Arrays;

/**
 * Turns footprint names into PostgreSQL advisory lock keys: the first 64 bits of MurmurHash3
 * (x64, 128-bit, seed 0) of the schema's name, a zero byte and the name, in UTF-8. Every JVM
 * writing to one ledger must compute the same keys, so this function is part of the store's
 * on-disk contract: changing it is a breaking change. Two names with one key only serialise each
 * other needlessly; they never break mutual exclusion.
 */
final class LockKeys {
  private static final HashFunction MURMUR3 = Hashing.murmur3_128();

  private final byte[] prefix;

  /**
   * Keys for one ledger's schema.
   *
   * @param schema the schema's name
   */
  LockKeys(String schema) {
    byte[] name = schema.getBytes(UTF_8);
    prefix = Arrays.copyOf(name, name.length + 1);
  }

  /**
   * The key of one name.
   *
   * @param name a footprint name
   * @return its key
   */
  long keyOf(String name) {
    return MURMUR3.newHasher().putBytes(prefix).putString(name, UTF_8).hash().asLong();
  }
}
