package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R-V1: who may list solutions; every failed criterion is named with its rule id. */
class VendorEligibilityTest {
  private static final ProgramPolicy POLICY = ProgramPresets.industrialPavilion2022Policy();
  private static final Set<String> SOFTWARE = Set.of("I301010");

  private static final VendorProfile FAILS_EVERYTHING =
      new VendorProfile(Set.of("F401010"), 999_999L, true, true, false, true, true, true);

  static Stream<Arguments> oneFailedCriterion() {
    return Stream.of(
        Arguments.of(
            new VendorProfile(
                Set.of("F401010", "I501110"), 5_000_000L, false, false, true, false, false, false),
            RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM),
        Arguments.of(
            new VendorProfile(SOFTWARE, 999_999L, false, false, true, false, false, false),
            RejectionCode.INELIGIBLE_VENDOR_CAPITAL),
        Arguments.of(
            new VendorProfile(SOFTWARE, 5_000_000L, true, false, true, false, false, false),
            RejectionCode.INELIGIBLE_VENDOR_PRC_INVESTED),
        Arguments.of(
            new VendorProfile(SOFTWARE, 5_000_000L, false, true, true, false, false, false),
            RejectionCode.INELIGIBLE_VENDOR_FOREIGN_BRANCH),
        Arguments.of(
            new VendorProfile(SOFTWARE, 5_000_000L, false, false, false, false, false, false),
            RejectionCode.INELIGIBLE_VENDOR_NO_PROVEN_SALES),
        Arguments.of(
            new VendorProfile(SOFTWARE, 5_000_000L, false, false, true, true, false, false),
            RejectionCode.INELIGIBLE_VENDOR_VIOLATION),
        Arguments.of(
            new VendorProfile(SOFTWARE, 5_000_000L, false, false, true, false, true, false),
            RejectionCode.INELIGIBLE_VENDOR_UNPAID_TAX),
        Arguments.of(
            new VendorProfile(SOFTWARE, 5_000_000L, false, false, true, false, false, true),
            RejectionCode.INELIGIBLE_VENDOR_LAW_BREACH));
  }

  @ParameterizedTest
  @MethodSource("oneFailedCriterion")
  void aVendorFailingOneCriterion_isRefusedWithThatCriterionAlone(
      VendorProfile profile, RejectionCode expected) {
    List<Rejection> failures = VendorEligibility.check(POLICY, profile);

    assertEquals(List.of(expected), failures.stream().map(Rejection::code).toList());
    assertEquals("R-V1", expected.rule());
  }

  @ParameterizedTest
  @MethodSource("oneFailedCriterion")
  void registration_ofAVendorFailingOneCriterion_isRefusedWithItsCode_andWritesNothing(
      VendorProfile profile, RejectionCode expected) {
    TestLedger s = TestLedger.of2022(MAY_2);

    s.refused(s.registration(P2022, V1, profile), expected);
  }

  @Test
  void aVendorFailingEveryCriterion_isToldEveryCriterionWithItsRuleId() {
    List<Rejection> failures = VendorEligibility.check(POLICY, FAILS_EVERYTHING);

    assertEquals(
        List.of(
            RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM,
            RejectionCode.INELIGIBLE_VENDOR_CAPITAL,
            RejectionCode.INELIGIBLE_VENDOR_PRC_INVESTED,
            RejectionCode.INELIGIBLE_VENDOR_FOREIGN_BRANCH,
            RejectionCode.INELIGIBLE_VENDOR_NO_PROVEN_SALES,
            RejectionCode.INELIGIBLE_VENDOR_VIOLATION,
            RejectionCode.INELIGIBLE_VENDOR_UNPAID_TAX,
            RejectionCode.INELIGIBLE_VENDOR_LAW_BREACH),
        failures.stream().map(Rejection::code).toList());
    for (Rejection failure : failures) {
      assertEquals("R-V1", failure.code().rule(), failure::toString);
      assertTrue(failure.toString().contains("(R-V1)"), failure::toString);
    }
  }

  @Test
  void theEligibilityQuery_answersWithEveryFailedCriterion_withoutWritingAnything() {
    TestLedger s = TestLedger.of2022(MAY_2);
    long before = s.head();

    List<Rejection> failures = VendorEligibility.check(s.ledger().now().program(P2022).policy(), FAILS_EVERYTHING);

    assertEquals(8, failures.size());
    assertEquals(List.of(), VendorEligibility.check(s.ledger().now().program(P2022).policy(), qualified()));
    assertEquals(before, s.head());
  }

  @Test
  void registration_ofAVendorFailingEveryCriterion_namesEveryCriterionInItsRefusal() {
    TestLedger s = TestLedger.of2022(MAY_2);

    Rejection refusal =
        s.refused(
            s.registration(P2022, V1, FAILS_EVERYTHING),
            RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM);

    for (Rejection failure : VendorEligibility.check(POLICY, FAILS_EVERYTHING)) {
      assertTrue(
          refusal.message().contains(failure.code() + " (R-V1)"),
          () -> failure.code() + " missing from: " + refusal.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"I301010", "I301020", "I301030"})
  void anyOneOfTheThreeBusinessItems_qualifies(String item) {
    VendorProfile profile =
        new VendorProfile(
            Set.of("F401010", item), 5_000_000L, false, false, true, false, false, false);

    assertEquals(List.of(), VendorEligibility.check(POLICY, profile));
  }

  @Test
  void paidInCapitalOfExactlyOneMillion_qualifies() {
    VendorProfile profile =
        new VendorProfile(SOFTWARE, 1_000_000L, false, false, true, false, false, false);

    assertEquals(List.of(), VendorEligibility.check(POLICY, profile));
  }

  @Test
  void theCriteria_areSettingsOfThePolicy() {
    ProgramPolicy stricter =
        POLICY.toBuilder().vendorQualification(10_000_000L, Set.of("I301030")).build();

    assertEquals(
        List.of(
            RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM,
            RejectionCode.INELIGIBLE_VENDOR_CAPITAL),
        VendorEligibility.check(stricter, qualified()).stream().map(Rejection::code).toList());
  }

  @Test
  void aQualifiedVendor_isRegisteredWithTheProfileItDeclared() {
    TestLedger s = TestLedger.of2022(MAY_2);

    s.registerVendor(P2022, V1);

    VendorRecord vendor = s.ledger().now().registeredVendor(P2022, VendorId.of(V1));
    assertEquals(qualified(), vendor.profile());
    assertEquals(MAY_2, vendor.registeredOn());
    assertEquals("Vendor " + V1, vendor.name());
  }

  @Test
  void anUnregisteredVendor_isUnknownToTheQuery() {
    TestLedger s = TestLedger.of2022(MAY_2);

    LedgerRejectedException e =
        assertThrows(
            LedgerRejectedException.class,
            () -> s.ledger().now().registeredVendor(P2022, VendorId.of(V1)));

    assertEquals(RejectionCode.UNKNOWN_VENDOR, e.code());
  }

  private static VendorProfile qualified() {
    return VendorProfile.qualifiedSoftwareHouse();
  }
}
