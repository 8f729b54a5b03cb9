package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * How to read a payout file: its charset, which the caller names (files from Taiwanese banks and
 * office systems are often Big5 or MS950 rather than UTF-8), and whether its first record is a
 * header.
 *
 * @param charset the charset the file is written in
 * @param header whether the first record is a header, to be skipped
 */
public record PayoutReadOptions(Charset charset, boolean header) {
  /**
   * Checks the charset is present.
   *
   * @param charset the charset the file is written in
   * @param header whether the first record is a header, to be skipped
   */
  public PayoutReadOptions {
    requireNonNull(charset, "charset");
  }

  /**
   * UTF-8 with a header line: the default.
   *
   * @return the options
   */
  public static PayoutReadOptions utf8() {
    return new PayoutReadOptions(StandardCharsets.UTF_8, true);
  }

  /**
   * A charset by name, with a header line.
   *
   * @param name a charset name the JDK knows, such as {@code UTF-8}, {@code Big5} or {@code MS950}
   * @return the options
   * @throws IllegalArgumentException if the JDK knows no charset by that name
   */
  public static PayoutReadOptions charset(String name) {
    requireNonNull(name, "name");
    try {
      return new PayoutReadOptions(Charset.forName(name), true);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(
          "no charset named '" + name + "'; use UTF-8, Big5 or MS950", e);
    }
  }

  /**
   * These options with or without a header line.
   *
   * @param value whether the first record is a header
   * @return the options
   */
  public PayoutReadOptions withHeader(boolean value) {
    return new PayoutReadOptions(charset, value);
  }
}
