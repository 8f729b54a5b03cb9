package dev.pointsledger.core.finance.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.finance.payout.BadRow.Reason;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.VendorId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayoutFileReaderTest {
  static final String HEADER = "統一編號,金額,撥款編號,撥款日期,核銷申請編號\n";

  static PayoutFile read(byte[] bytes, PayoutReadOptions options) {
    try {
      return PayoutFileReader.read(new ByteArrayInputStream(bytes), options);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static PayoutFile utf8(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), PayoutReadOptions.utf8());
  }

  @Test
  void aWellFormedFile_isReadRowByRow_withItsLineNumbers() {
    PayoutFile f = utf8(HEADER + "V1,30000,PAY-001,2022-10-01,CL1\nV2,15000,PAY-002,111/10/02,\n");
    assertEquals(List.of(), f.badRows());
    assertEquals(2, f.rows().size());
    PayoutRow first = f.rows().get(0);
    assertEquals(2, first.line());
    assertEquals(VendorId.of("V1"), first.vendor());
    assertEquals(30_000, first.amount());
    assertEquals("PAY-001", first.reference());
    assertEquals(LocalDate.of(2022, 10, 1), first.date());
    assertEquals(List.of(ClaimId.of("CL1")), first.claims());
    PayoutRow second = f.rows().get(1);
    assertEquals(3, second.line());
    assertEquals(LocalDate.of(2022, 10, 2), second.date());
    assertEquals(List.of(), second.claims());
  }

  @ParameterizedTest
  @CsvSource({
    "2022-11-30, 2022-11-30",
    "2022/11/30, 2022-11-30",
    "111/11/30, 2022-11-30",
    "111-11-30, 2022-11-30",
    "111/1/5, 2022-01-05",
    "民國111年11月30日, 2022-11-30",
    "111年11月30日, 2022-11-30",
    "1/1/1, 1912-01-01"
  })
  void datesInIsoOrMinguo_areRead(String written, LocalDate expected) {
    PayoutFile f = utf8(HEADER + "V1,100,P1," + written + "\n");
    assertEquals(List.of(), f.badRows());
    assertEquals(expected, f.rows().get(0).date());
  }

  @ParameterizedTest
  @CsvSource({
    "2022-02-30, IMPOSSIBLE_DATE",
    "111/13/01, IMPOSSIBLE_DATE",
    "111/02/29, IMPOSSIBLE_DATE",
    "0/01/01, IMPOSSIBLE_DATE",
    "0999-01-01, IMPOSSIBLE_DATE",
    "111/11-30, NOT_A_DATE",
    "30/11/2022, NOT_A_DATE",
    "tomorrow, NOT_A_DATE",
    "20221130, NOT_A_DATE"
  })
  void impossibleOrUnreadableDates_areBadRows(String written, Reason reason) {
    PayoutFile f = utf8(HEADER + "V1,100,P1," + written + "\n");
    assertEquals(List.of(), f.rows());
    BadRow bad = f.badRows().get(0);
    assertEquals(2, bad.line());
    assertEquals(reason, bad.problems().get(0).reason());
    assertEquals(4, bad.problems().get(0).column());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "12000; 12000",
        "\"12,000\"; 12000",
        "12000.00; 12000",
        "\"1,234,567\"; 1234567",
        "9223372036854775807; 9223372036854775807"
      })
  void amounts_inWholeNtd_areRead(String written, long expected) {
    PayoutFile f = utf8(HEADER + "V1," + written + ",P1,2022-10-01\n");
    assertEquals(List.of(), f.badRows(), () -> f.badRows().toString());
    assertEquals(expected, f.rows().get(0).amount());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "abc; NOT_A_NUMBER",
        "12000.50; NOT_A_NUMBER",
        "\"12,00\"; NOT_A_NUMBER",
        "1e5; NOT_A_NUMBER",
        "9223372036854775808; NOT_A_NUMBER",
        "０１２; NOT_A_NUMBER",
        "0; NOT_POSITIVE",
        "-500; NOT_POSITIVE",
        "\"\"; MISSING_VALUE"
      })
  void amountsThatAreNotPositiveWholeNumbers_areBadRows(String written, Reason reason) {
    PayoutFile f = utf8(HEADER + "V1," + written + ",P1,2022-10-01\n");
    assertEquals(List.of(), f.rows());
    assertEquals(reason, f.badRows().get(0).problems().get(0).reason());
    assertEquals(2, f.badRows().get(0).problems().get(0).column());
  }

  @Test
  void wrongColumnCounts_areBadRows_neverDropped_andTheRestIsStillRead() {
    PayoutFile f =
        utf8(HEADER + "V1,100,P1\nV1,100,P2,2022-10-01,CL1,extra\nV1,100,P3,2022-10-01\n");
    assertEquals(2, f.badRows().size());
    assertEquals(2, f.badRows().get(0).line());
    assertEquals(Reason.WRONG_COLUMN_COUNT, f.badRows().get(0).problems().get(0).reason());
    assertEquals("3", f.badRows().get(0).problems().get(0).value());
    assertEquals(3, f.badRows().get(1).line());
    assertEquals("6", f.badRows().get(1).problems().get(0).value());
    assertEquals(1, f.rows().size());
    assertEquals(4, f.rows().get(0).line());
  }

  @Test
  void everyProblemOfARow_isReported() {
    PayoutFile f = utf8(HEADER + ",abc,,2022-02-30,CL1;CL1\n");
    BadRow bad = f.badRows().get(0);
    assertEquals(
        List.of(
            Reason.MISSING_VALUE,
            Reason.NOT_A_NUMBER,
            Reason.MISSING_VALUE,
            Reason.IMPOSSIBLE_DATE,
            Reason.REPEATED_CLAIM),
        bad.problems().stream().map(BadRow.Problem::reason).toList());
  }

  @Test
  void aQuotedFieldWithALineBreak_keepsTheLineNumbersOfTheRowsAfterIt() {
    PayoutFile f = utf8(HEADER + "V1,100,\"P\n1\",2022-10-01\nV1,100,oops,2022-10-01,,x\n");
    assertEquals(Reason.INVALID_ID, f.badRows().get(0).problems().get(0).reason());
    assertEquals(2, f.badRows().get(0).line());
    assertEquals(4, f.badRows().get(1).line());
  }

  @Test
  void blankLines_areSkipped_butCounted() {
    PayoutFile f = utf8(HEADER + "\nV1,100,P1,2022-10-01\n\n\nV1,200,P2,2022-10-01\n");
    assertEquals(List.of(3L, 6L), f.rows().stream().map(PayoutRow::line).toList());
  }

  @Test
  void claimIds_mayBeSeparatedBySemicolonsBarsOrSpaces() {
    PayoutFile f = utf8(HEADER + "V1,100,P1,2022-10-01,CL1; CL2|CL3 CL4\n");
    assertEquals(
        List.of("CL1", "CL2", "CL3", "CL4"),
        f.rows().get(0).claims().stream().map(ClaimId::value).toList());
  }

  @Test
  void aFileWithoutAHeader_isReadFromItsFirstLine() {
    PayoutFile f =
        read(
            "V1,100,P1,2022-10-01\n".getBytes(StandardCharsets.UTF_8),
            PayoutReadOptions.utf8().withHeader(false));
    assertEquals(1, f.rows().get(0).line());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Big5", "MS950"})
  void aBig5File_isDecoded_withItsChineseTextIntact(String charset) {
    Charset cs = Charset.forName(charset);
    byte[] bytes = (HEADER + "資服一號,100,撥款-001,111/10/01\n").getBytes(cs);
    PayoutFile f = read(bytes, PayoutReadOptions.charset(charset));
    assertEquals(List.of(), f.badRows());
    assertEquals("資服一號", f.rows().get(0).vendor().value());
    assertEquals("撥款-001", f.rows().get(0).reference());
    assertFalse(f.byteOrderMark());
  }

  @Test
  void aUtf8ByteOrderMark_isAccepted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes((HEADER + "V1,100,P1,2022-10-01\n").getBytes(StandardCharsets.UTF_8));
    PayoutFile f = read(out.toByteArray(), PayoutReadOptions.utf8());
    assertTrue(f.byteOrderMark());
    assertEquals(1, f.rows().size());
    assertEquals(2, f.rows().get(0).line());
  }

  @Test
  void aUtf8ByteOrderMark_onAFileNamedBig5_isRefused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes("V1,100,P1,2022-10-01\n".getBytes(StandardCharsets.UTF_8));
    PayoutFileException e =
        assertThrows(
            PayoutFileException.class,
            () -> read(out.toByteArray(), PayoutReadOptions.charset("Big5")));
    assertEquals(PayoutFileException.Reason.BYTE_ORDER_MARK_MISMATCH, e.reason());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void aBig5File_readAsUtf8_isAClearError_namingItsLine_neverMojibake() {
    byte[] bytes =
        (HEADER + "V1,100,P1,2022-10-01\n資服,100,P2,2022-10-01\n").getBytes(Charset.forName("Big5"));
    PayoutFileException e =
        assertThrows(PayoutFileException.class, () -> read(bytes, PayoutReadOptions.utf8()));
    assertEquals(PayoutFileException.Reason.UNDECODABLE, e.reason());
    assertEquals(1, e.line(), "the header, in Big5, is the first line UTF-8 cannot decode");
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    byte[] later =
        ("V1,100,P1,2022-10-01\n" + "資服,100,P2,2022-10-01\n").getBytes(Charset.forName("Big5"));
    PayoutFileException second =
        assertThrows(
            PayoutFileException.class,
            () -> read(later, PayoutReadOptions.utf8().withHeader(false)));
    assertEquals(2, second.line());
  }

  @Test
  void bytesBig5CannotDecode_areAClearError() {
    byte[] bytes = {'V', '1', ',', '1', ',', 'P', ',', (byte) 0xFF, (byte) 0xFF, '\n'};
    PayoutFileException e =
        assertThrows(
            PayoutFileException.class, () -> read(bytes, PayoutReadOptions.charset("Big5")));
    assertEquals(PayoutFileException.Reason.UNDECODABLE, e.reason());
    assertTrue(e.getMessage().contains("FF"), e.getMessage());
  }

  @Test
  void anUnterminatedQuote_isMalformedCsv() {
    PayoutFileException e =
        assertThrows(PayoutFileException.class, () -> utf8(HEADER + "V1,100,\"P1,2022-10-01\n"));
    assertEquals(PayoutFileException.Reason.MALFORMED_CSV, e.reason());
  }

  @Test
  void anUnknownCharsetName_isACallerError() {
    assertThrows(IllegalArgumentException.class, () -> PayoutReadOptions.charset("Big6"));
  }
}
