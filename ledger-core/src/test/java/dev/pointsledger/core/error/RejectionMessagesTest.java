package dev.pointsledger.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.text.DateStyle;
import dev.pointsledger.core.text.LocaleFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal's message exists in English and Traditional Chinese and renders with its arguments
 * in both, no placeholder left over; codes and arguments stay language-free.
 */
class RejectionMessagesTest {
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(Rejection.BUNDLE, Locale.ROOT);
  private static final Pattern LEFTOVER = Pattern.compile("\\{\\s*\\d");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  static Stream<String> messageKeys() {
    return ENGLISH.keySet().stream()
        .filter(k -> !k.startsWith("rule.") && !k.startsWith("term."))
        .sorted();
  }

  private static RejectionCode codeOf(String key) {
    String name = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    return "shared".equals(name)
        ? RejectionCode.INELIGIBLE_VENDOR_CAPITAL
        : RejectionCode.valueOf(name);
  }

  /** One argument per placeholder: a number where the pattern formats a number, else a text. */
  private static List<Object> argumentsFor(String key) {
    Format[] formats = new MessageFormat(ENGLISH.getString(key)).getFormatsByArgumentIndex();
    List<Object> arguments = new ArrayList<>();
    for (int i = 0; i < formats.length; i++) {
      arguments.add(formats[i] instanceof NumberFormat ? 1_234_567L + i : "arg" + i + "值");
    }
    return arguments;
  }

  @Test
  void everyCode_hasAMessage_andItsRuleInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (RejectionCode code : RejectionCode.values()) {
      boolean hasMessage =
          ENGLISH.keySet().stream()
              .anyMatch(k -> k.equals(code.name()) || k.startsWith(code.name() + "."));
      if (!hasMessage) {
        missing.add(code + " has no message");
      }
      String english = code.ruleText(Locale.ENGLISH);
      String chinese = code.ruleText(Locale.TAIWAN);
      assertEquals(code.ruleText(), english, code::name);
      if (!CJK.matcher(chinese).find()) {
        missing.add(code + "'s rule is not in Chinese: " + chinese);
      }
    }
    assertEquals(List.of(), missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messageKeys")
  void everyMessage_rendersInBothLanguages_withEveryArgument(String key) {
    List<Object> arguments = argumentsFor(key);
    Rejection r = new Rejection(codeOf(key), key, arguments);
    String english = r.message(Locale.ENGLISH);
    String chinese = r.message(Locale.TAIWAN);
    for (String message : List.of(english, chinese)) {
      assertFalse(
          LEFTOVER.matcher(message).find(), () -> key + " leaves a placeholder: " + message);
      for (Object argument : arguments) {
        // a number with thousands separators, or without them where the pattern says {n,number,#}
        List<String> shown =
            argument instanceof Long n
                ? List.of(LocaleFormat.of(Locale.ENGLISH).number(n), Long.toString(n))
                : List.of((String) argument);
        assertTrue(
            shown.stream().anyMatch(message::contains),
            () -> key + " drops " + shown + ": " + message);
      }
    }
    assertTrue(CJK.matcher(chinese).find(), () -> key + " is not translated: " + chinese);
    assertNotEquals(english, chinese, key);
    assertFalse(
        CJK.matcher(english.replace("值", "")).find(),
        () -> key + " has Chinese in English: " + english);
  }

  @Test
  void aRejection_keepsItsCodeKeyAndArguments_languageFree() {
    Rejection r =
        Rejection.of(
            RejectionCode.CLAIM_NOT_PENDING, "CL1", ClaimStatus.APPROVED, ClaimStatus.PENDING);
    assertEquals("CLAIM_NOT_PENDING", r.key());
    assertEquals(List.of("CL1", ClaimStatus.APPROVED, ClaimStatus.PENDING), r.arguments());
    assertEquals(
        "claim CL1 is approved; only a pending claim is decided", r.message(Locale.ENGLISH));
    assertEquals("請領CL1目前為「已核准」；只審查「審查中」的請領", r.message(Locale.TAIWAN));
  }

  @Test
  void figuresAndDates_areWrittenForTheReadersLocaleAndDateStyle() {
    Rejection r =
        Rejection.of(
            RejectionCode.CONTRACT_NOT_ENDED,
            "C1",
            LocalDate.of(2022, 8, 31),
            LocalDate.of(2022, 9, 1),
            LocalDate.of(2022, 8, 30));
    assertEquals(
        "contract C1 serves until 2022-08-31; claims are filed from 2022-09-01 on, today is"
            + " 2022-08-30",
        r.message(Locale.ENGLISH));
    assertEquals(
        "合約C1服務至民國111年8月31日；自民國111年9月1日起才能請領補助款（核銷），今日為民國111年8月30日",
        r.message(LocaleFormat.of(Locale.TAIWAN, DateStyle.MINGUO_LONG)));
    Rejection short_ = Rejection.of(RejectionCode.INSUFFICIENT_POINTS, "M1", 200_000, 200_001);
    assertEquals(
        "manufacturer M1 has 200.000 unused points, 200.001 asked for",
        short_.message(Locale.GERMANY));
    assertEquals(
        "中小型製造業M1尚有未使用點數200,000點，申請折抵200,001點", short_.message(Locale.TAIWAN));
  }

  @Test
  void numbersOfEveryIntegralType_makeEqualRejections() {
    assertEquals(
        Rejection.of(RejectionCode.INSUFFICIENT_POINTS, "M1", 5, 7),
        Rejection.of(RejectionCode.INSUFFICIENT_POINTS, "M1", 5L, (short) 7));
  }

  @Test
  void theException_speaksTheJvmsLanguage_andAnyOtherOnRequest() {
    LedgerRejectedException e = Rejection.of(RejectionCode.UNKNOWN_PROGRAM, "p-1").toException();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.TAIWAN);
      assertEquals("UNKNOWN_PROGRAM (LEDGER): 未定義計畫p-1", e.getMessage());
      Locale.setDefault(Locale.US);
      assertEquals("UNKNOWN_PROGRAM (LEDGER): no program p-1 is defined", e.getMessage());
    } finally {
      Locale.setDefault(before);
    }
    assertEquals("UNKNOWN_PROGRAM (LEDGER): 未定義計畫p-1", e.getMessage(Locale.TAIWAN));
  }

  @Test
  void aRejection_refusesAKeyOfAnotherCode_anUnknownKey_andTheWrongNumberOfArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Rejection(RejectionCode.UNKNOWN_CLAIM, "UNKNOWN_PROGRAM", List.of("p")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Rejection.variant(RejectionCode.UNKNOWN_PROGRAM, "nothing", "p"));
    assertThrows(IllegalArgumentException.class, () -> Rejection.of(RejectionCode.UNKNOWN_PROGRAM));
    assertThrows(
        IllegalArgumentException.class,
        () -> Rejection.of(RejectionCode.UNKNOWN_PROGRAM, "p", "q"));
    assertThrows(
        NullPointerException.class,
        () -> Rejection.of(RejectionCode.UNKNOWN_PROGRAM, (Object) null));
  }

  @Test
  void everyTerm_isTranslated() {
    List<String> untranslated =
        ENGLISH.keySet().stream()
            .filter(k -> k.startsWith("term."))
            .map(k -> Term.of(k.substring("term.".length())))
            .filter(t -> !CJK.matcher(t.displayName(Locale.TAIWAN)).find())
            .map(Term::name)
            .toList();
    assertEquals(List.of(), untranslated);
    assertThrows(IllegalArgumentException.class, () -> Term.of("noSuchTerm"));
    assertEquals(
        Arrays.asList("the application date", "申請日"),
        List.of(
            Term.of("applicationDate").displayName(Locale.US),
            Term.of("applicationDate").displayName(Locale.TAIWAN)));
  }
}
