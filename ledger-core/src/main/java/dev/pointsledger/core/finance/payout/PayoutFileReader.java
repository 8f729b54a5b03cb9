package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.pointsledger.core.finance.payout.BadRow.Problem;
import dev.pointsledger.core.finance.payout.BadRow.Reason;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.VendorId;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the office's payout file: CSV, one payout per record, with the columns vendor tax id,
 * amount (whole NTD), payout reference, payout date and, optionally, the claim ids it pays
 * (separated by {@code ;}, {@code |} or spaces).
 *
 * <p><b>Charsets.</b> The caller names the charset ({@link PayoutReadOptions}); the bytes are
 * decoded strictly: a byte sequence the charset cannot decode is a {@link PayoutFileException}
 * naming its line and bytes, never a replacement character in a vendor's name. A UTF-8 byte order
 * mark is skipped when the charset is UTF-8 and refused otherwise, as is a UTF-16 one unless the
 * charset is UTF-16: the mark says the file is not in the charset named.
 *
 * <p><b>Rows.</b> Every record becomes a {@link PayoutRow} or a {@link BadRow} with its line
 * number: a wrong number of columns, an amount that is not a positive whole number ({@code 12000},
 * {@code 12,000} and {@code 12000.00} are read as 12,000), an id no ledger id can be, a date that
 * is not ISO or Minguo or does not exist. Blank lines are skipped. Whether a vendor is known is for
 * the matcher to say, as it needs the ledger.
 */
public final class PayoutFileReader {
  /** The largest file read: 64 MiB, far beyond a year of payouts. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.0+)?");
  private static final Pattern CLAIM_SEPARATORS = Pattern.compile("[;|\\s]+");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CsvFactory CSV = new CsvFactory();

  private PayoutFileReader() {}

  /**
   * Reads a payout file.
   *
   * @param file the file
   * @param options its charset and whether it has a header
   * @return its rows and bad rows
   * @throws PayoutFileException if it cannot be read at all
   * @throws IOException if reading the file fails
   */
  public static PayoutFile read(Path file, PayoutReadOptions options) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, options);
    }
  }

  /**
   * Reads a payout file from a stream, to its end; the stream is not closed.
   *
   * @param in the file's bytes
   * @param options its charset and whether it has a header
   * @return its rows and bad rows
   * @throws PayoutFileException if it cannot be read at all
   * @throws IOException if reading the stream fails
   */
  public static PayoutFile read(InputStream in, PayoutReadOptions options) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new PayoutFileException(
          PayoutFileException.Reason.TOO_LARGE,
          0,
          "the payout file is larger than " + MAX_BYTES + " bytes");
    }
    Charset charset = options.charset();
    int start = byteOrderMark(bytes, charset);
    String text = decode(bytes, start, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<PayoutRow> rows = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    boolean headerPending = options.header();
    try (CsvParser p = (CsvParser) CSV.createParser(new StringReader(text))) {
      p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      p.enable(CsvParser.Feature.TRIM_SPACES);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        long line = 0;
        List<String> fields = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          if (line == 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          fields.add(p.getText());
        }
        if (line == 0 || (fields.size() == 1 && fields.get(0).isBlank())) {
          continue;
        }
        if (headerPending) {
          headerPending = false;
          if (fields.size() < 4 || fields.size() > 5) {
            bad.add(wrongCount(line, fields));
          }
          continue;
        }
        row(line, fields, rows, bad);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PayoutFileException(
          PayoutFileException.Reason.MALFORMED_CSV,
          line,
          "the payout file is not valid CSV at line " + line + ": " + e.getOriginalMessage());
    }
    return new PayoutFile(charset, start > 0, rows, bad);
  }

  /** How many bytes of byte order mark to skip; refuses a mark of another charset. */
  private static int byteOrderMark(byte[] bytes, Charset charset) {
    boolean utf8Bom =
        bytes.length >= 3
            && bytes[0] == UTF8_BOM[0]
            && bytes[1] == UTF8_BOM[1]
            && bytes[2] == UTF8_BOM[2];
    boolean utf16Bom =
        bytes.length >= 2
            && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    if (utf8Bom) {
      if (!charset.equals(StandardCharsets.UTF_8)) {
        throw new PayoutFileException(
            PayoutFileException.Reason.BYTE_ORDER_MARK_MISMATCH,
            1,
            "the payout file starts with a UTF-8 byte order mark but was named "
                + charset.name()
                + "; read it as UTF-8");
      }
      return 3;
    }
    if (utf16Bom && !charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
      throw new PayoutFileException(
          PayoutFileException.Reason.BYTE_ORDER_MARK_MISMATCH,
          1,
          "the payout file starts with a UTF-16 byte order mark but was named "
              + charset.name()
              + "; read it as UTF-16");
    }
    return 0;
  }

  /** Decodes strictly: the first undecodable bytes are an error naming their line. */
  private static String decode(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate(
            (int)
                Math.min(
                    Integer.MAX_VALUE - 16L,
                    (long) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      long line = 1;
      for (int i = start; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + Math.max(1, result.length())); i++) {
        hex.append(String.format("%02X ", bytes[i] & 0xFF));
      }
      throw new PayoutFileException(
          PayoutFileException.Reason.UNDECODABLE,
          line,
          "line "
              + line
              + " of the payout file holds bytes "
              + hex.toString().trim()
              + " (at byte "
              + at
              + ") that are not "
              + charset.name()
              + "; name the charset the file was written in (UTF-8, Big5, MS950)");
    }
    out.flip();
    return out.toString();
  }

  private static BadRow wrongCount(long line, List<String> fields) {
    return new BadRow(
        line,
        fields,
        List.of(new Problem(Reason.WRONG_COLUMN_COUNT, 0, Integer.toString(fields.size()))));
  }

  private static void row(long line, List<String> fields, List<PayoutRow> rows, List<BadRow> bad) {
    if (fields.size() < 4 || fields.size() > 5) {
      bad.add(wrongCount(line, fields));
      return;
    }
    List<Problem> problems = new ArrayList<>();
    String vendor = id(fields.get(0), 1, problems);
    long amount = amount(fields.get(1), problems);
    String reference = id(fields.get(2), 3, problems);
    LocalDate date = date(fields.get(3), problems);
    List<ClaimId> claims = new ArrayList<>();
    if (fields.size() == 5 && !fields.get(4).isBlank()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String c : CLAIM_SEPARATORS.split(fields.get(4).strip())) {
        String claim = id(c, 5, problems);
        if (claim == null) {
          continue;
        }
        if (!seen.add(claim)) {
          problems.add(new Problem(Reason.REPEATED_CLAIM, 5, claim));
        } else {
          claims.add(ClaimId.of(claim));
        }
      }
    }
    if (!problems.isEmpty()) {
      bad.add(new BadRow(line, fields, problems));
      return;
    }
    rows.add(new PayoutRow(line, VendorId.of(vendor), amount, reference, date, claims, fields));
  }

  private static String id(String value, int column, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(new Problem(Reason.MISSING_VALUE, column, value));
      return null;
    }
    try {
      return Ids.check(value.strip(), "field " + column);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(Reason.INVALID_ID, column, value));
      return null;
    }
  }

  private static long amount(String value, List<Problem> problems) {
    String v = value.strip();
    if (v.isEmpty()) {
      problems.add(new Problem(Reason.MISSING_VALUE, 2, value));
      return 0;
    }
    String unsigned = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
    if (!AMOUNT.matcher(unsigned).matches()) {
      problems.add(new Problem(Reason.NOT_A_NUMBER, 2, value));
      return 0;
    }
    String digits = unsigned.replace(",", "");
    int point = digits.indexOf('.');
    if (point >= 0) {
      digits = digits.substring(0, point);
    }
    long amount;
    try {
      amount = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      problems.add(new Problem(Reason.NOT_A_NUMBER, 2, value));
      return 0;
    }
    if (amount == 0 || v.startsWith("-")) {
      problems.add(new Problem(Reason.NOT_POSITIVE, 2, value));
      return 0;
    }
    return amount;
  }

  private static LocalDate date(String value, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(new Problem(Reason.MISSING_VALUE, 4, value));
      return null;
    }
    PayoutDates.Result r = PayoutDates.parse(value.strip());
    if (r.date().isPresent()) {
      return r.date().get();
    }
    problems.add(
        new Problem(
            r.failure().orElseThrow() == PayoutDates.Failure.IMPOSSIBLE
                ? Reason.IMPOSSIBLE_DATE
                : Reason.NOT_A_DATE,
            4,
            value));
    return null;
  }
}
