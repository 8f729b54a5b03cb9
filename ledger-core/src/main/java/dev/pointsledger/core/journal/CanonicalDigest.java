package dev.pointsledger.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;

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

  /** What a thread's buffer starts with, and shrinks back to after an unusually large content. */
  private static final int USUAL_SIZE = 1024;

  /** Above this, {@link #start()} lets a grown buffer go rather than keep it for the thread. */
  private static final int KEPT_SIZE = 64 * 1024;

  private final MessageDigest digest;

  /**
   * The canonical bytes added since {@link #start()}: the digest is fed once, in {@link
   * #finish()}, since every {@code MessageDigest.update} call has a fixed cost that many small
   * calls (two per string, one per number) would pay dozens of times per content.
   */
  private byte[] buffer = new byte[USUAL_SIZE];

  private int length;

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
    d.length = 0;
    if (d.buffer.length > KEPT_SIZE) {
      d.buffer = new byte[USUAL_SIZE];
    }
    return d;
  }

  private void ensure(int more) {
    int needed = length + more;
    if (needed < 0) {
      throw new IllegalArgumentException("a canonical content must be under 2 GiB");
    }
    if (needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }
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
    ensure(4 + n);
    int at = length + 4;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        add(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buffer, length, utf8.length);
        length += utf8.length;
        return this;
      }
      buffer[at + i] = (byte) c;
    }
    add(n);
    length += n;
    return this;
  }

  /**
   * Adds a 64-bit number.
   *
   * @param value the number
   * @return this
   */
  public CanonicalDigest add(long value) {
    ensure(8);
    byte[] b = buffer;
    int at = length;
    for (int i = 7; i >= 0; i--) {
      b[at + i] = (byte) value;
      value >>>= 8;
    }
    length = at + 8;
    return this;
  }

  /**
   * Adds a 32-bit number.
   *
   * @param value the number
   * @return this
   */
  public CanonicalDigest add(int value) {
    ensure(4);
    byte[] b = buffer;
    int at = length;
    b[at] = (byte) (value >>> 24);
    b[at + 1] = (byte) (value >>> 16);
    b[at + 2] = (byte) (value >>> 8);
    b[at + 3] = (byte) value;
    length = at + 4;
    return this;
  }

  /**
   * Adds a flag.
   *
   * @param value the flag
   * @return this
   */
  public CanonicalDigest add(boolean value) {
    ensure(1);
    buffer[length++] = value ? (byte) 1 : (byte) 0;
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
    ensure(EntryHash.LENGTH);
    value.copyTo(buffer, length);
    length += EntryHash.LENGTH;
    return this;
  }

  /**
   * Finishes the digest.
   *
   * @return the SHA-256 of everything added since {@link #start()}
   */
  public EntryHash finish() {
    digest.update(buffer, 0, length);
    length = 0;
    return EntryHash.wrap(digest.digest());
  }
}
