package dev.pointsledger.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An accepted decision carries an entry whose record digests are the digests of exactly the
 * records written with it (the decision computes them and the draft is made from them): the entry's hash covers them, so a digest naming the right record but
 * holding another value would seal a chain that the stored record no longer verifies against.
 */
class DecisionTest {
  private static final ProgramId P = ProgramId.of("p");
  private static final ManufacturerId M = ManufacturerId.of("m");
  private static final ManufacturerRecord GRANTED = new ManufacturerRecord(P, M, 100, 0);
  private static final ManufacturerRecord OTHER = new ManufacturerRecord(P, M, 99, 0);
  private static final ManufacturerRecord SECOND =
      new ManufacturerRecord(P, ManufacturerId.of("m2"), 100, 0);

  private static EntryDraft grantWith(List<RecordDigest> digests) {
    return new EntryDraft(
        EntryId.of("e"),
        EntryType.GRANT,
        P,
        LocalDate.of(2022, 5, 2),
        List.of(new Posting(AccountId.pool(P), -100), new Posting(AccountId.available(P, M), 100)),
        Map.of(),
        digests,
        EntryHash.GENESIS);
  }

  @Test
  void accept_withTheRecordsOwnDigests_isMade() {
    Decision.Accept accept = Decision.Accept.writing(List.of(GRANTED), DecisionTest::grantWith);
    assertEquals(List.<LedgerRecord>of(GRANTED), accept.records());
    assertEquals(List.of(GRANTED.digest()), accept.entry().records());
  }

  @Test
  void accept_hasItsDigestsSortedByRecord_whateverTheOrderOfTheRecords() {
    Decision.Accept accept =
        Decision.Accept.writing(List.of(SECOND, GRANTED), DecisionTest::grantWith);
    assertEquals(List.of(GRANTED.digest(), SECOND.digest()), accept.entry().records());
  }

  @Test
  void accept_whoseDigestNamesTheRecordButHoldsAnotherValue_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Decision.Accept.writing(List.of(GRANTED), d -> grantWith(List.of(OTHER.digest()))));
  }

  @Test
  void accept_withARecordTwice_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Decision.Accept.writing(List.of(GRANTED, GRANTED), DecisionTest::grantWith));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Decision.Accept.writing(
                List.of(GRANTED, GRANTED),
                d -> grantWith(List.of(GRANTED.digest(), SECOND.digest()))));
  }

  @Test
  void accept_withADigestMissingOrExtra_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Decision.Accept.writing(List.of(GRANTED), d -> grantWith(List.of())));
    assertThrows(
        IllegalArgumentException.class,
        () -> Decision.Accept.writing(List.of(), d -> grantWith(List.of(GRANTED.digest()))));
  }
}
