package dev.pointsledger.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The program office's Ed25519 keys in PEM files, as {@code openssl genpkey -algorithm ed25519}
 * writes them: a private key as PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), a public key as an
 * X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}). The library never makes or
 * keeps a key of its own: the caller brings them.
 */
public final class OfficeKeys {
  private static final String ALGORITHM = "Ed25519";

  private OfficeKeys() {}

  /**
   * Reads a PKCS#8 Ed25519 private key.
   *
   * @param pem the PEM file
   * @return the key
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it holds no Ed25519 private key
   */
  public static PrivateKey readPrivateKey(Path pem) throws IOException {
    byte[] der = der(Files.readString(pem, StandardCharsets.US_ASCII), "PRIVATE KEY");
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(pem + " holds no Ed25519 private key", e);
    }
  }

  /**
   * Reads an X.509 SubjectPublicKeyInfo Ed25519 public key.
   *
   * @param pem the PEM file
   * @return the key
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it holds no Ed25519 public key
   */
  public static PublicKey readPublicKey(Path pem) throws IOException {
    byte[] der = der(Files.readString(pem, StandardCharsets.US_ASCII), "PUBLIC KEY");
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(pem + " holds no Ed25519 public key", e);
    }
  }

  /**
   * A public key as PEM text, for publishing beside the checkpoints.
   *
   * @param key the key
   * @return the PEM text
   */
  public static String toPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /**
   * A private key as PKCS#8 PEM text.
   *
   * @param key the key
   * @return the PEM text
   */
  public static String toPem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private static byte[] der(String text, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + begin + " block");
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }
}
