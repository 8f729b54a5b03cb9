package dev.pointsledger.core.journal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.BaseEncoding;
import java.util.Arrays;

/** A SHA-256 hash of an entry's canonical content and the previous entry's hash. */
public final class EntryHash {
  /** The hash the first entry chains to: 32 zero bytes. */
  public static final EntryHash GENESIS = new EntryHash(new byte[32]);

  /** A hash's length in bytes. */
  static final int LENGTH = 32;

  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  private final byte[] bytes;

  private EntryHash(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Wraps 32 bytes.
   *
   * @param bytes the hash's bytes; copied
   * @return the hash
   * @throws IllegalArgumentException if there are not 32 bytes
   */
  public static EntryHash of(byte[] bytes) {
    checkArgument(bytes.length == 32, "a SHA-256 hash has 32 bytes, not %s", bytes.length);
    return new EntryHash(bytes.clone());
  }

  static EntryHash wrap(byte[] bytes) {
    return new EntryHash(bytes);
  }

  /**
   * Parses 64 lower- or upper-case hex digits.
   *
   * @param hex the digits
   * @return the hash
   * @throws IllegalArgumentException if the text is not 64 hex digits
   */
  public static EntryHash fromHex(String hex) {
    checkArgument(hex.length() == 64, "a SHA-256 hash has 64 hex digits, not %s", hex.length());
    return new EntryHash(HEX.decode(hex.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The hash's bytes.
   *
   * @return a copy of the 32 bytes
   */
  public byte[] toBytes() {
    return bytes.clone();
  }

  void copyTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, LENGTH);
  }

  /**
   * The hash as 64 lower-case hex digits.
   *
   * @return the hex text
   */
  public String hex() {
    return HEX.encode(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntryHash other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
