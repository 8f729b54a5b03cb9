package dev.pointsledger.core.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The canonical encoding as docs/model.md ("The stored format") describes it, written from the
 * page and not from the library's code: a second implementation, as a verifier in another
 * language would be. Big-endian integers, strings as a 4-byte length of their UTF-8 bytes then the
 * bytes (null: length -1), dates as their 8-byte epoch day (none: the lowest 8-byte number),
 * flags as one byte, hashes as their 32 bytes.
 */
final class DocumentedEncoding {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  DocumentedEncoding text(String value) {
    if (value == null) {
      return int32(-1);
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int32(utf8.length);
    bytes.writeBytes(utf8);
    return this;
  }

  DocumentedEncoding int32(int value) {
    bytes.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
    return this;
  }

  DocumentedEncoding int64(long value) {
    bytes.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
    return this;
  }

  DocumentedEncoding date(LocalDate value) {
    return int64(value == null ? Long.MIN_VALUE : value.toEpochDay());
  }

  DocumentedEncoding flag(boolean value) {
    bytes.write(value ? 1 : 0);
    return this;
  }

  DocumentedEncoding hash(String hex) {
    byte[] raw = HexFormat.of().parseHex(hex);
    if (raw.length != 32) {
      throw new IllegalArgumentException("a hash has 32 bytes");
    }
    bytes.writeBytes(raw);
    return this;
  }

  /** The SHA-256 of everything written, as lower-case hex. */
  String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
