package dev.pointsledger.core.id;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryFormsTest {
  @ParameterizedTest
  @ValueSource(strings = {"I301010", "I301020", "I301030", "F401010", "Z999999", "A000000"})
  void businessItemCodes_areACapitalLetterAndSixDigits(String code) {
    assertTrue(RegistryForms.isBusinessItemCode(code), code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i301010",
        "I30101",
        "I3010100",
        "I 301010",
        "301010I",
        "II01010",
        "Ｉ３０１０１０",
        "I30101O",
        "",
        "資訊軟體服務業"
      })
  void anythingElse_isNotABusinessItemCode(String text) {
    assertFalse(RegistryForms.isBusinessItemCode(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB12345678", "ZZ00000000", "XY00000001"})
  void uniformInvoiceNumbers_areTwoCapitalLettersAndEightDigits(String number) {
    assertTrue(RegistryForms.isUniformInvoiceNumber(number), number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AB-12345678",
        "ab12345678",
        "A12345678",
        "ABC12345678",
        "AB1234567",
        "AB123456789",
        "AB1234567O",
        "ＡＢ１２３４５６７８",
        "INV-1",
        "",
        "12345678AB"
      })
  void anythingElse_isNotAUniformInvoiceNumber(String text) {
    assertFalse(RegistryForms.isUniformInvoiceNumber(text), text);
  }
}
