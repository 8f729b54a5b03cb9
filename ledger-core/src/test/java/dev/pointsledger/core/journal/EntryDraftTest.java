package dev.pointsledger.core.journal;

import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Double entry is checked when an entry is drafted, before any store sees it. */
class EntryDraftTest {
  static final AccountId POOL = AccountId.pool(P2022);
  static final AccountId M1 = AccountId.available(P2022, m(Fixtures.M1));
  static final AccountId M2 = AccountId.available(P2022, m(Fixtures.M2));
  static final EntryHash FINGERPRINT = CanonicalDigest.start().add("a command").finish();

  static EntryDraft draft(List<Posting> postings) {
    return new EntryDraft(
        e("g1"),
        EntryType.GRANT,
        P2022,
        LocalDate.of(2022, 5, 2),
        postings,
        Map.of(References.MANUFACTURER, Fixtures.M1),
        FINGERPRINT);
  }

  @Test
  void balancedDraft_isAccepted_andSealsIntoAValidEntry() {
    EntryDraft draft =
        draft(List.of(new Posting(POOL, -300), new Posting(M1, 200), new Posting(M2, 100)));
    JournalEntry entry = draft.seal(1, Instant.parse("2022-05-02T04:00:00Z"), EntryHash.GENESIS);
    assertEquals(draft.postings(), entry.postings());
    assertEquals(EntryHash.GENESIS, entry.previousHash());
    assertEquals(true, entry.hashIsValid());
  }

  static Stream<Arguments> unbalancedDrafts() {
    AccountId elsewhere = AccountId.available(ProgramId.of("elsewhere"), m(Fixtures.M1));
    return Stream.of(
        Arguments.of(
            "postings summing to 1", List.of(new Posting(POOL, -100), new Posting(M1, 101))),
        Arguments.of("one posting", List.of(new Posting(M1, 100))),
        Arguments.of("no posting", List.of()),
        Arguments.of(
            "one account posted twice",
            List.of(new Posting(POOL, -200), new Posting(M1, 100), new Posting(M1, 100))),
        Arguments.of(
            "a posting of another program",
            List.of(new Posting(POOL, -100), new Posting(elsewhere, 100))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unbalancedDrafts")
  void draft_thatIsNotDoubleEntry_isRefused(String what, List<Posting> postings) {
    assertThrows(IllegalArgumentException.class, () -> draft(postings));
  }

  @Test
  void draft_whosePostingsOverflowWhenSummed_isRefused() {
    List<Posting> postings =
        List.of(new Posting(M1, Long.MAX_VALUE), new Posting(M2, 1), new Posting(POOL, -2));
    assertThrows(RuntimeException.class, () -> draft(postings));
  }

  @Test
  void posting_ofZeroOrAnUnnegatableAmount_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Posting(M1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Posting(M1, Long.MIN_VALUE));
  }
}
