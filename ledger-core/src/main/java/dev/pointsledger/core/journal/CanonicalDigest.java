package dev.pointsledger.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * Feeds values into SHA-256 in one unambiguous byte form: every string is length-prefixed UTF-8,
 * every number fixed-width big-endian. Entry hashes and command fingerprints are computed with
 * it, so two different contents never share an encoding.
 *
 * <p>Not thread-safe; {@link #start()} hands each thread its own digest.
 */
public final class CanonicalDigest {
  private static final ThreadLocal<CanonicalDigest> PER_THREAD =
      ThreadLocal.withInitial(CanonicalDigest::new);

  private final MessageDigest digest;
  private final byte[] scratch = new byte[8];
  private byte[] text = new byte[256];

  private CanonicalDigest() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * This thread's digest, reset and ready for a new content.
   *
   * @return the digest
   */
  public static CanonicalDigest start() {
    CanonicalDigest d = PER_THREAD.get();
    d.digest.reset();
    return d;
  }

  /**
   * Adds a string (length-prefixed UTF-8).
   *
   * @param value the string; null is written as length -1
   * @return this
   */
  public CanonicalDigest add(String value) {
    if (value == null) {
      return add(-1);
    }
    int n = value.length();
    if (n > text.length) {
      text = new byte[Math.max(n, text.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        add(utf8.length);
        digest.update(utf8);
        return this;
      }
      text[i] = (byte) c;
    }
    add(n);
    digest.update(text, 0, n);
    return this;
  }

  /**
   * Adds a 64-bit number.
   *
   * @param value the number
   * @return this
   */
  public CanonicalDigest add(long value) {
    for (int i = 7; i >= 0; i--) {
      scratch[i] = (byte) value;
      value >>>= 8;
    }
    digest.update(scratch, 0, 8);
    return this;
  }

  /**
   * Adds a 32-bit number.
   *
   * @param value the number
   * @return this
   */
  public CanonicalDigest add(int value) {
    scratch[0] = (byte) (value >>> 24);
    scratch[1] = (byte) (value >>> 16);
    scratch[2] = (byte) (value >>> 8);
    scratch[3] = (byte) value;
    digest.update(scratch, 0, 4);
    return this;
  }

  /**
   * Adds a flag.
   *
   * @param value the flag
   * @return this
   */
  public CanonicalDigest add(boolean value) {
    digest.update(value ? (byte) 1 : (byte) 0);
    return this;
  }

  /**
   * Adds a date as its epoch day.
   *
   * @param value the date; null is written as {@link Long#MIN_VALUE}
   * @return this
   */
  public CanonicalDigest add(LocalDate value) {
    return add(value == null ? Long.MIN_VALUE : value.toEpochDay());
  }

  /**
   * Adds a hash's 32 bytes.
   *
   * @param value the hash
   * @return this
   */
  public CanonicalDigest add(EntryHash value) {
    value.writeTo(digest);
    return this;
  }

  /**
   * Finishes the digest.
   *
   * @return the SHA-256 of everything added since {@link #start()}
   */
  public EntryHash finish() {
    return EntryHash.wrap(digest.digest());
  }
}
