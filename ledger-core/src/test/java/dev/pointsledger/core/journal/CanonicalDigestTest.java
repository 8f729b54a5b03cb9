package dev.pointsledger.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Two different contents never share an encoding, so never a hash. */
class CanonicalDigestTest {

  private static EntryHash digest(UnaryOperator<CanonicalDigest> content) {
    return content.apply(CanonicalDigest.start()).finish();
  }

  @Test
  void sameContent_givesTheSameHash() {
    assertEquals(digest(d -> d.add("ab").add(7L)), digest(d -> d.add("ab").add(7L)));
  }

  static Stream<Arguments> contentsThatConcatenateAlike() {
    return Stream.of(
        Arguments.of(
            "(ab, c) and (a, bc)",
            (UnaryOperator<CanonicalDigest>) d -> d.add("ab").add("c"),
            (UnaryOperator<CanonicalDigest>) d -> d.add("a").add("bc")),
        Arguments.of(
            "(\"\", a) and (a, \"\")",
            (UnaryOperator<CanonicalDigest>) d -> d.add("").add("a"),
            (UnaryOperator<CanonicalDigest>) d -> d.add("a").add("")),
        Arguments.of(
            "null and the empty string",
            (UnaryOperator<CanonicalDigest>) d -> d.add((String) null),
            (UnaryOperator<CanonicalDigest>) d -> d.add("")),
        Arguments.of(
            "int 1 and long 1",
            (UnaryOperator<CanonicalDigest>) d -> d.add(1),
            (UnaryOperator<CanonicalDigest>) d -> d.add(1L)),
        Arguments.of(
            "true and false",
            (UnaryOperator<CanonicalDigest>) d -> d.add(true),
            (UnaryOperator<CanonicalDigest>) d -> d.add(false)),
        Arguments.of(
            "two days",
            (UnaryOperator<CanonicalDigest>) d -> d.add(LocalDate.of(2022, 8, 31)),
            (UnaryOperator<CanonicalDigest>) d -> d.add(LocalDate.of(2022, 9, 1))),
        Arguments.of(
            "a multi-byte character and its bytes' length",
            (UnaryOperator<CanonicalDigest>) d -> d.add("點"),
            (UnaryOperator<CanonicalDigest>) d -> d.add("abc")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contentsThatConcatenateAlike")
  void differentContents_giveDifferentHashes(
      String what, UnaryOperator<CanonicalDigest> one, UnaryOperator<CanonicalDigest> other) {
    assertNotEquals(digest(one), digest(other));
  }

  @Test
  void start_forgetsWhatWasAddedBefore() {
    CanonicalDigest.start().add("left over from an unfinished digest");
    assertEquals(digest(d -> d.add("x")), digest(d -> d.add("x")));
    EntryHash fresh = CanonicalDigest.start().add("x").finish();
    CanonicalDigest.start().add("junk");
    assertEquals(fresh, CanonicalDigest.start().add("x").finish());
  }
}
