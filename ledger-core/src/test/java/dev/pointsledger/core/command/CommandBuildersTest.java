package dev.pointsledger.core.command;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wide commands' builders: named fields, the same record as the canonical constructor. */
class CommandBuildersTest {
  private static final EntryId ID = EntryId.of("cmd-1");
  private static final LocalDate JUNE_1 = LocalDate.of(2022, 6, 1);
  private static final LocalDate AUG_31 = LocalDate.of(2022, 8, 31);
  private static final DocumentRef INVOICE = DocumentRef.invoice("AB00000001");

  /** A purchase with every field set but its points and its service period. */
  private static PurchaseSolution.Builder purchaseUpToItsPrice() {
    return PurchaseSolution.builder()
        .id(ID)
        .program(P2022)
        .contract(ContractId.of("C1"))
        .manufacturer(ManufacturerId.of(M1))
        .solution(SolutionId.of("S1"))
        .price(120_001);
  }

  private static PurchaseSolution.Builder fullPurchase() {
    return purchaseUpToItsPrice().points(60_000).service(JUNE_1, AUG_31);
  }

  @Test
  void aPurchaseBuilt_isTheRecordTheConstructorMakes_withPriceAndPointsWhereTheyWereNamed() {
    assertEquals(
        new PurchaseSolution(
            ID,
            P2022,
            ContractId.of("C1"),
            ManufacturerId.of(M1),
            SolutionId.of("S1"),
            120_001,
            60_000,
            JUNE_1,
            AUG_31),
        fullPurchase().build());
  }

  @Test
  void aPurchaseWithoutPoints_isRefusedAtBuild_namingTheMissingField() {
    PurchaseSolution.Builder noPoints = purchaseUpToItsPrice().service(JUNE_1, AUG_31);

    NullPointerException e = assertThrows(NullPointerException.class, noPoints::build);
    assertTrue(e.getMessage().contains("PurchaseSolution needs points"), e.getMessage());
  }

  @Test
  void aPurchaseWithoutItsServicePeriod_isRefusedAtBuild_namingTheSetterToCall() {
    PurchaseSolution.Builder noService = purchaseUpToItsPrice().points(60_000);

    NullPointerException e = assertThrows(NullPointerException.class, noService::build);
    assertTrue(e.getMessage().contains("call service(...)"), e.getMessage());
  }

  @Test
  void aNullGivenToASetter_isRefusedAtOnce_namingTheField() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> PurchaseSolution.builder().contract(null));
    assertEquals("PurchaseSolution.contract must not be null", e.getMessage());
  }

  @Test
  void aGrantBuilt_isTheRecordTheConstructorMakes() {
    ManufacturerProfile profile = ManufacturerProfile.typicalSmallFactory();
    DocumentRef registration = new DocumentRef("factory-registration", "99-123456");
    assertEquals(
        new GrantPoints(
            ID, P2022, ManufacturerId.of(M1), 200_000, JUNE_1, profile, List.of(registration)),
        GrantPoints.builder()
            .id(ID)
            .program(P2022)
            .manufacturer(ManufacturerId.of(M1))
            .points(200_000)
            .applicationDate(JUNE_1)
            .profile(profile)
            .document(registration)
            .build());
  }

  @Test
  void aGrantWithoutDocuments_isBuilt_andLeftToTheRulesToRefuse() {
    GrantPoints grant =
        GrantPoints.builder()
            .id(ID)
            .program(P2022)
            .manufacturer(ManufacturerId.of(M1))
            .points(1)
            .applicationDate(JUNE_1)
            .profile(ManufacturerProfile.typicalSmallFactory())
            .build();
    assertEquals(List.of(), grant.documents());
  }

  @Test
  void aClaimBuilt_isTheRecordTheConstructorMakes() {
    assertEquals(
        new FileClaim(
            ID,
            P2022,
            ClaimId.of("CL1"),
            ContractId.of("C1"),
            VendorId.of(V1),
            30_000,
            List.of(INVOICE)),
        FileClaim.builder()
            .id(ID)
            .program(P2022)
            .claim(ClaimId.of("CL1"))
            .contract(ContractId.of("C1"))
            .vendor(VendorId.of(V1))
            .points(30_000)
            .documents(List.of(INVOICE))
            .build());
  }

  @Test
  void aSubmissionBuilt_isTheRecordTheConstructorMakes_andOneWithoutItsTermIsRefused() {
    SubmitSolution.Builder builder =
        SubmitSolution.builder()
            .id(ID)
            .program(P2022)
            .solution(SolutionId.of("S1"))
            .vendor(VendorId.of(V1))
            .name("Cloud MES")
            .category(SolutionCategory.PRODUCTION)
            .price(100_000)
            .marketPrice(120_000);
    NullPointerException e = assertThrows(NullPointerException.class, builder::build);
    assertTrue(e.getMessage().contains("minimumTermMonths"), e.getMessage());

    assertEquals(
        new SubmitSolution(
            ID,
            P2022,
            SolutionId.of("S1"),
            VendorId.of(V1),
            "Cloud MES",
            SolutionCategory.PRODUCTION,
            100_000,
            120_000,
            3),
        builder.minimumTermMonths(3).build());
  }

  @Test
  void aReviewBuilt_leavesTheDeadlineAndPanelEmpty_unlessSet() {
    ReviewSolution.Builder builder =
        ReviewSolution.builder()
            .id(ID)
            .program(P2022)
            .solution(SolutionId.of("S1"))
            .to(ReviewStatus.APPROVED)
            .actor("agency")
            .note("consensus");
    assertEquals(approval(Optional.empty(), List.of()), builder.build());
    assertEquals(
        approval(Optional.of(AUG_31), List.of("A", "B")),
        builder.supplementDeadline(AUG_31).reviewer("A").reviewer("B").build());
  }

  private static ReviewSolution approval(Optional<LocalDate> deadline, List<String> reviewers) {
    return new ReviewSolution(
        ID,
        P2022,
        SolutionId.of("S1"),
        ReviewStatus.APPROVED,
        "agency",
        "consensus",
        deadline,
        reviewers);
  }

  @Test
  void aCarryOverBuilt_isTheRecordTheConstructorMakes() {
    ProgramId previous = ProgramPresets.INDUSTRIAL_PAVILION_2021;
    assertEquals(
        new CarryOverSolution(ID, P2022, SolutionId.of("S1"), previous, 90_000, 100_000, "office"),
        CarryOverSolution.builder()
            .id(ID)
            .program(P2022)
            .solution(SolutionId.of("S1"))
            .fromProgram(previous)
            .price(90_000)
            .marketPrice(100_000)
            .actor("office")
            .build());
  }
}
