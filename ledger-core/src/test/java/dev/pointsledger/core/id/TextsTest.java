package dev.pointsledger.core.id;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Free text and ids: no control characters, well-formed UTF-16, a length cap (1,000 characters of
 * text, 128 of an id), refused at construction with a message naming the field and the rule, so
 * that both stores only ever see text they keep exactly.
 */
class TextsTest {
  private static final String LONE_HIGH = "invoice \uD83D unreadable";
  private static final String LONE_LOW = "\uDE00";
  private static final EntryId ID = EntryId.of("x1");
  private static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;

  @ParameterizedTest
  @ValueSource(strings = {"", "a reason", "中文 理由", "an emoji \uD83D\uDE00 is well-formed"})
  void text_thatIsWellFormedAndShortEnough_isAccepted(String text) {
    assertEquals(text, Texts.check(text, "reason"));
  }

  @Test
  void text_ofExactlyTheCap_isAccepted_andOneMoreRefused() {
    assertEquals(Texts.MAX_LENGTH, Texts.check("x".repeat(Texts.MAX_LENGTH), "note").length());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Texts.check("x".repeat(Texts.MAX_LENGTH + 1), "note"));
    assertTrue(e.getMessage().contains("note must be at most 1000 characters"), e::getMessage);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "line\nbreak", "tab\there", "\u007F", "\u0085"})
  void text_withAControlCharacter_isRefused_namingTheField(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Texts.check(text, "reason"));
    assertTrue(e.getMessage().startsWith("reason must not contain control characters"), e::getMessage);
  }

  @ParameterizedTest
  @ValueSource(strings = {LONE_HIGH, LONE_LOW, "\uD83D", "ends high \uD83D", "\uDE00\uD83D"})
  void text_withALoneSurrogate_isRefused_asMalformedUtf16(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Texts.check(text, "note"));
    assertTrue(e.getMessage().startsWith("note must be well-formed UTF-16"), e::getMessage);
  }

  @Test
  void anId_withALoneSurrogate_isRefused_likeAControlCharacter() {
    assertThrows(IllegalArgumentException.class, () -> EntryId.of("id-\uD83D"));
    assertThrows(IllegalArgumentException.class, () -> ContractId.of("C\u0000"));
    assertThrows(IllegalArgumentException.class, () -> new DocumentRef("invoice", LONE_LOW));
    assertThrows(IllegalArgumentException.class, () -> VendorId.of("v".repeat(Ids.MAX_LENGTH + 1)));
    assertEquals("M-\uD83D\uDE00", ManufacturerId.of("M-\uD83D\uDE00").value());
  }

  /** Every free-text field of every command and definition, built with a bad text. */
  static Stream<Arguments> freeTextFields() {
    return Stream.of(
        field("reason", t -> new CancelContract(ID, P, ContractId.of("C1"), t)),
        field("reason", t -> new RejectClaim(ID, P, ClaimId.of("CL1"), t)),
        field("reason", t -> new ReverseEntry(ID, P, EntryId.of("g1"), t)),
        field("actor", t -> new CarryOverSolution(ID, P, SolutionId.of("S1"), P, 1, 1, t)),
        field(
            "vendor name",
            t -> new RegisterVendor(ID, P, VendorId.of(V1), t, VendorProfile.qualifiedSoftwareHouse())),
        field(
            "solution name",
            t ->
                new SubmitSolution(
                    ID, P, SolutionId.of("S1"), VendorId.of(V1), t, SolutionCategory.FINANCE, 1,
                    1, 3)),
        field(
            "actor",
            t -> ReviewSolution.move(ID, P, SolutionId.of("S1"), ReviewStatus.WITHDRAWN, t, "ok")),
        field(
            "note",
            t -> ReviewSolution.move(ID, P, SolutionId.of("S1"), ReviewStatus.WITHDRAWN, "me", t)),
        field(
            "reviewer name",
            t ->
                new ReviewSolution(
                    ID, P, SolutionId.of("S1"), ReviewStatus.APPROVED, "office", "ok",
                    Optional.empty(), List.of("reviewer A", t))),
        field("program name", t -> new Program(P, t, ProgramPresets.industrialPavilion2022Policy())),
        field(
            "business item",
            t -> new VendorProfile(Set.of(t), 5_000_000, false, false, true, false, false, false)));
  }

  private static Arguments field(String name, Function<String, Object> build) {
    return Arguments.of(name, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("freeTextFields")
  void everyFreeTextField_refusesBadText_atConstruction_namingTheField(
      String name, Function<String, Object> build) {
    build.apply("a fine text");
    for (String bad : List.of("nul \u0000", LONE_HIGH, "x".repeat(Texts.MAX_LENGTH + 1))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> build.apply(bad));
      assertTrue(e.getMessage().startsWith(name + " must"), e::getMessage);
    }
    assertThrows(NullPointerException.class, () -> build.apply(null));
  }
}
