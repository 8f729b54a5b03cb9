package dev.pointsledger.core.journal;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.m;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An entry's hash covers every one of its fields and the previous entry's hash. */
class JournalEntryTest {
  private static final Instant RECORDED = Instant.parse("2022-05-02T04:00:00Z");
  private static final EntryHash PREVIOUS =
      CanonicalDigest.start().add("the entry before").finish();
  private static final ProgramId ELSEWHERE = ProgramId.of("elsewhere");
  private static final EntryHash OTHER = CanonicalDigest.start().add("something else").finish();

  private static final RecordDigest MANUFACTURER_RECORD =
      new RecordDigest(
          "MANUFACTURER", EntryDraftTest.POOL.program(), M1, CanonicalDigest.start().add("v").finish());

  private static JournalEntry sealed() {
    EntryDraft d =
        EntryDraftTest.draft(
            List.of(new Posting(EntryDraftTest.POOL, -100), new Posting(EntryDraftTest.M1, 100)));
    return new EntryDraft(
            d.id(),
            d.type(),
            d.program(),
            d.businessDate(),
            d.postings(),
            d.references(),
            List.of(MANUFACTURER_RECORD),
            d.commandFingerprint())
        .seal(7, RECORDED, PREVIOUS);
  }

  @Test
  void sealedEntry_hasAValidHash_thatChainsToThePrevious() {
    JournalEntry entry = sealed();
    assertTrue(entry.hashIsValid());
    assertNotEquals(PREVIOUS, entry.hash());
  }

  /** The sealed entry with one field changed and the old hash kept. */
  static Stream<Arguments> tamperings() {
    return Stream.of(
        tampering("sequence", t -> copy(t, b -> b.sequence = 8)),
        tampering("id", t -> copy(t, b -> b.id = "g2")),
        tampering("type", t -> copy(t, b -> b.type = EntryType.LAPSE)),
        tampering(
            "program and its accounts",
            t ->
                copy(
                    t,
                    b -> {
                      b.program = ELSEWHERE;
                      b.postings =
                          List.of(
                              new Posting(AccountId.pool(ELSEWHERE), -100),
                              new Posting(AccountId.available(ELSEWHERE, m(M1)), 100));
                    })),
        tampering("business date", t -> copy(t, b -> b.businessDate = LocalDate.of(2022, 5, 3))),
        tampering("recorded at", t -> copy(t, b -> b.recordedAt = RECORDED.plusNanos(1))),
        tampering(
            "an amount",
            t ->
                copy(
                    t,
                    b ->
                        b.postings =
                            List.of(
                                new Posting(EntryDraftTest.POOL, -101),
                                new Posting(EntryDraftTest.M1, 101)))),
        tampering(
            "an account",
            t ->
                copy(
                    t,
                    b ->
                        b.postings =
                            List.of(
                                new Posting(EntryDraftTest.POOL, -100),
                                new Posting(EntryDraftTest.M2, 100)))),
        tampering(
            "a reference", t -> copy(t, b -> b.references = Map.of(References.MANUFACTURER, M2))),
        tampering(
            "an added reference",
            t ->
                copy(
                    t,
                    b ->
                        b.references =
                            Map.of(References.MANUFACTURER, M1, References.REASON, "x"))),
        tampering(
            "a record version's digest",
            t ->
                copy(
                    t,
                    b ->
                        b.records =
                            List.of(
                                new RecordDigest(
                                    "MANUFACTURER", MANUFACTURER_RECORD.program(), M1, OTHER)))),
        tampering("a record version dropped", t -> copy(t, b -> b.records = List.of())),
        tampering(
            "a record version named otherwise",
            t ->
                copy(
                    t,
                    b ->
                        b.records =
                            List.of(
                                new RecordDigest(
                                    "MANUFACTURER",
                                    MANUFACTURER_RECORD.program(),
                                    M2,
                                    MANUFACTURER_RECORD.digest())))),
        tampering("the command fingerprint", t -> copy(t, b -> b.fingerprint = OTHER)),
        tampering("the previous hash", t -> copy(t, b -> b.previous = OTHER)),
        tampering("the hash itself", t -> copy(t, b -> b.hash = OTHER)));
  }

  private static Arguments tampering(String field, UnaryOperator<JournalEntry> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "changing {0}")
  @MethodSource("tamperings")
  void hashIsValid_detectsAChangeOfAnyField(String field, UnaryOperator<JournalEntry> change) {
    assertFalse(change.apply(sealed()).hashIsValid());
  }

  /** The fields of an entry, to change one. */
  private static final class Fields {
    long sequence;
    String id;
    EntryType type;
    ProgramId program;
    LocalDate businessDate;
    Instant recordedAt;
    List<Posting> postings;
    Map<String, String> references;
    List<RecordDigest> records;
    EntryHash fingerprint;
    EntryHash previous;
    EntryHash hash;
  }

  private interface Change {
    void apply(Fields fields);
  }

  private static JournalEntry copy(JournalEntry t, Change change) {
    Fields b = new Fields();
    b.sequence = t.sequence();
    b.id = t.id().value();
    b.type = t.type();
    b.program = t.program();
    b.businessDate = t.businessDate();
    b.recordedAt = t.recordedAt();
    b.postings = t.postings();
    b.references = t.references();
    b.records = t.records();
    b.fingerprint = t.commandFingerprint();
    b.previous = t.previousHash();
    b.hash = t.hash();
    change.apply(b);
    return new JournalEntry(
        b.sequence,
        e(b.id),
        b.type,
        b.program,
        b.businessDate,
        b.recordedAt,
        b.postings,
        b.references,
        b.records,
        b.fingerprint,
        b.previous,
        b.hash);
  }
}
