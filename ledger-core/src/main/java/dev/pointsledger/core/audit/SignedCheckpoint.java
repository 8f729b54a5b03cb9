package dev.pointsledger.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.BaseEncoding;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.EntryHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A checkpoint the program office signs and publishes: at {@code time}, the journal's entry
 * {@code sequence} had hash {@code headHash}, and the RFC 6962 Merkle tree over the hashes of
 * entries 1..{@code sequence} had head {@code rootHash}. Signed with Ed25519 over the UTF-8 bytes
 * of {@link #signedText()}; docs/audit.md gives the format, which never changes within {@code
 * points-ledger/checkpoint/v1}.
 *
 * @param origin which ledger (the office's name for it, one line of text)
 * @param sequence the sequence number of the last entry covered, also the tree's size
 * @param headHash that entry's hash ({@link EntryHash#GENESIS} for sequence 0)
 * @param rootHash the tree head over the hashes of entries 1..sequence
 * @param time when the office signed, whole seconds, UTC
 * @param signature the Ed25519 signature of {@link #signedText()}, base64 (RFC 4648, padded)
 */
public record SignedCheckpoint(
    String origin,
    long sequence,
    EntryHash headHash,
    EntryHash rootHash,
    Instant time,
    String signature) {

  /** The first line of the signed text and the {@code format} field of the JSON form. */
  public static final String FORMAT = "points-ledger/checkpoint/v1";

  private static final String ALGORITHM = "Ed25519";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Checks the parts.
   *
   * @param origin which ledger
   * @param sequence the sequence number of the last entry covered
   * @param headHash that entry's hash
   * @param rootHash the tree head over the hashes of entries 1..sequence
   * @param time when the office signed, whole seconds
   * @param signature the signature, base64
   */
  public SignedCheckpoint {
    Texts.check(origin, "origin");
    checkArgument(!origin.isBlank(), "the origin names the ledger");
    checkArgument(sequence >= 0, "sequence must not be negative");
    requireNonNull(headHash, "headHash");
    requireNonNull(rootHash, "rootHash");
    requireNonNull(time, "time");
    checkArgument(time.getNano() == 0, "a checkpoint's time is whole seconds");
    requireNonNull(signature, "signature");
  }

  /**
   * Signs the state a verification reached: its last entry and its tree head. Verify first, then
   * sign what was verified ({@code LedgerVerifier.verify}, then this with its report).
   *
   * @param report a clean verification report
   * @param origin which ledger
   * @param time when (truncated to whole seconds)
   * @param officeKey the office's Ed25519 private key
   * @return the signed checkpoint
   * @throws IllegalArgumentException if the report has findings: a broken ledger is not signed
   */
  public static SignedCheckpoint sign(
      VerificationReport report, String origin, Instant time, PrivateKey officeKey) {
    checkArgument(report.clean(), "the office signs only a ledger that verified clean");
    return sign(
        origin, report.lastSequence(), report.headHash(), report.treeRoot(), time, officeKey);
  }

  /**
   * Signs a checkpoint.
   *
   * @param origin which ledger
   * @param sequence the last entry covered
   * @param headHash its hash
   * @param rootHash the tree head over entries 1..sequence
   * @param time when (truncated to whole seconds)
   * @param officeKey the office's Ed25519 private key
   * @return the signed checkpoint
   */
  public static SignedCheckpoint sign(
      String origin,
      long sequence,
      EntryHash headHash,
      EntryHash rootHash,
      Instant time,
      PrivateKey officeKey) {
    Instant at = time.truncatedTo(ChronoUnit.SECONDS);
    String text = signedText(origin, sequence, headHash, rootHash, at);
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(officeKey);
      s.update(text.getBytes(StandardCharsets.UTF_8));
      return new SignedCheckpoint(
          origin, sequence, headHash, rootHash, at, Base64.getEncoder().encodeToString(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot sign with this key (Ed25519 needed)", e);
    }
  }

  /**
   * The text whose UTF-8 bytes are signed: six lines, each ending in a line feed (0x0A):
   * {@code points-ledger/checkpoint/v1}, the origin, the sequence number in decimal, the head
   * hash in lower-case hex, the tree head in lower-case hex, the time as ISO-8601 UTC in whole
   * seconds ({@code 2022-12-31T16:00:00Z}).
   *
   * @return the signed text
   */
  public String signedText() {
    return signedText(origin, sequence, headHash, rootHash, time);
  }

  private static String signedText(
      String origin, long sequence, EntryHash head, EntryHash root, Instant time) {
    return FORMAT + "\n" + origin + "\n" + sequence + "\n" + head.hex() + "\n" + root.hex()
        + "\n" + time + "\n";
  }

  /**
   * Whether the office signed this checkpoint.
   *
   * @param officeKey the office's Ed25519 public key
   * @return true if the signature is valid for the signed text
   */
  public boolean signatureValid(PublicKey officeKey) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(officeKey);
      s.update(signedText().getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The id of a public key: the SHA-256 of its X.509 SubjectPublicKeyInfo encoding, lower-case
   * hex, so that a reader can tell which key a checkpoint claims.
   *
   * @param key the public key
   * @return its id
   */
  public static String keyId(PublicKey key) {
    try {
      return BaseEncoding.base16()
          .lowerCase()
          .encode(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The published JSON form: {@code format}, {@code origin}, {@code sequence}, {@code treeSize}
   * (equal to the sequence), {@code headHash}, {@code rootHash} (hex), {@code time}, {@code
   * signature} (base64), and, when given, {@code keyId}. The text ends with a line break, as a text
   * file should; the signed bytes are {@link #signedText()}, not this text, so the line break
   * changes nothing a signature covers, and {@link #fromJson} reads the form with or without it.
   *
   * @param officeKey the office's public key, for the informative {@code keyId}; may be null
   * @return indented JSON text, ending with a line break
   */
  public String toJson(PublicKey officeKey) {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", FORMAT);
    n.put("origin", origin);
    n.put("sequence", sequence);
    n.put("treeSize", sequence);
    n.put("headHash", headHash.hex());
    n.put("rootHash", rootHash.hex());
    n.put("time", time.toString());
    if (officeKey != null) {
      n.put("keyId", keyId(officeKey));
    }
    n.put("signature", signature);
    try {
      // the pretty printer breaks lines with the platform's separator: the last line ends alike
      return JSON.writeValueAsString(n) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain JSON nodes always writes", e);
    }
  }

  /**
   * Reads the published JSON form. Does not check the signature ({@link #signatureValid}).
   *
   * @param json the text
   * @return the checkpoint
   * @throws IllegalArgumentException if the text is not a checkpoint of this format
   */
  public static SignedCheckpoint fromJson(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      checkArgument(n != null && n.isObject(), "a checkpoint is a JSON object");
      checkArgument(FORMAT.equals(text(n, "format")), "not a %s checkpoint", FORMAT);
      long sequence = n.path("sequence").asLong(-1);
      checkArgument(
          n.path("sequence").isIntegralNumber() && sequence >= 0, "sequence must be a number");
      checkArgument(
          !n.has("treeSize") || n.path("treeSize").asLong(-1) == sequence,
          "treeSize must equal the sequence");
      return new SignedCheckpoint(
          text(n, "origin"),
          sequence,
          EntryHash.fromHex(text(n, "headHash")),
          EntryHash.fromHex(text(n, "rootHash")),
          Instant.parse(text(n, "time")),
          text(n, "signature"));
    } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a readable checkpoint: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    checkArgument(v != null && v.isTextual(), "the checkpoint has no text field %s", field);
    return v.asText();
  }
}
