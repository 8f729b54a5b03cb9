package dev.pointsledger.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.StableTag;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.program.FactoryRegistration;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.InvoiceRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.ReviewStep;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored format is a contract: golden vectors (fixed inputs, expected hex hashes) for every
 * entry type, record kind and command type, the full list of tags, and a second encoder written
 * from docs/model.md that must agree with the library. A failure here means stored data would no
 * longer verify or retries would no longer be recognised: change the format only with a new
 * format version (docs/model.md, "The stored format").
 */
class StoredFormatTest {
  private static final ProgramId P = ProgramId.of("industrial-pavilion-2022");
  private static final ManufacturerId M = ManufacturerId.of("12345676");
  private static final VendorId V = VendorId.of("04595257");
  private static final ContractId C = ContractId.of("C-1");
  private static final ClaimId K = ClaimId.of("K-1");
  private static final SolutionId S = SolutionId.of("S-1");
  private static final LocalDate DAY = LocalDate.of(2022, 9, 1);
  private static final Instant AT = Instant.parse("2022-09-01T02:03:04.123456789Z");
  private static final long SEQ = 42;
  private static final EntryHash PREVIOUS = CanonicalDigest.start().add("previous").finish();
  private static final EntryHash FINGERPRINT = CanonicalDigest.start().add("command").finish();
  private static final RecordDigest RECORD =
      new RecordDigest("CONTRACT", P, "C-1", CanonicalDigest.start().add("record").finish());

  // --- tags -----------------------------------------------------------------------------------

  private static <E extends Enum<E> & StableTag> List<String> tags(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(StableTag::tag).toList();
  }

  @Test
  void everyTag_isPinned() {
    assertEquals(
        List.of(
            "GRANT", "RESERVE", "CANCEL", "CLAIM", "APPROVE", "REJECT", "SETTLE", "LAPSE",
            "REVERSE", "VENDOR_REGISTERED", "SOLUTION_SUBMITTED", "SOLUTION_REVIEWED",
            "SOLUTION_CARRIED_OVER", "PROGRAM_DEFINED"),
        tags(EntryType.class));
    assertEquals(
        List.of("PROGRAM_POOL", "AVAILABLE", "RESERVED", "CLAIMED", "PAYABLE", "PAID", "LAPSED"),
        tags(AccountType.class));
    assertEquals(
        List.of("MANUFACTURER", "CONTRACT", "CLAIM", "VENDOR", "SOLUTION", "PROGRAM", "INVOICE"),
        tags(RecordKind.class));
    assertEquals(
        List.of("ACTIVE", "CLAIM_PENDING", "CLOSED", "CANCELLED", "REVERSED"),
        tags(ContractStatus.class));
    assertEquals(List.of("PENDING", "APPROVED", "REJECTED", "SETTLED"), tags(ClaimStatus.class));
    assertEquals(
        List.of(
            "SUBMITTED", "QUALIFICATION_REVIEW", "SUPPLEMENT_REQUESTED", "TECHNICAL_REVIEW",
            "APPROVED", "LISTED", "REJECTED", "WITHDRAWN"),
        tags(ReviewStatus.class));
    assertEquals(
        List.of(
            "PRODUCTION", "MARKETING", "HUMAN_RESOURCES", "RESEARCH_AND_DEVELOPMENT", "FINANCE",
            "FLOOR_PEOPLE", "FLOOR_MACHINES", "FLOOR_MATERIALS", "FLOOR_METHODS",
            "FLOOR_ENVIRONMENT"),
        tags(SolutionCategory.class));
    assertEquals(List.of("REGISTERED", "EXEMPT", "NONE"), tags(FactoryRegistration.class));
    assertEquals(
        List.of(
            "GrantPoints", "ReservePoints", "CancelContract", "FileClaim", "ApproveClaim",
            "RejectClaim", "SettleClaims", "LapsePoints", "ReverseEntry", "RegisterVendor",
            "SubmitSolution", "ReviewSolution", "CarryOverSolution", "DefineProgram"),
        Arrays.stream(CommandType.values()).map(CommandType::tag).toList());
  }

  @Test
  void everyPermittedCommand_hasACommandType() {
    assertEquals(
        Set.of(Command.class.getPermittedSubclasses()),
        Set.copyOf(Arrays.stream(CommandType.values()).map(CommandType::type).toList()));
  }

  // --- entries ----------------------------------------------------------------------------------

  private static AccountId pool() {
    return AccountId.pool(P);
  }

  private static AccountId available() {
    return AccountId.available(P, M);
  }

  private static AccountId reserved() {
    return AccountId.reserved(P, M, C);
  }

  private static AccountId claimed() {
    return AccountId.claimed(P, M, C);
  }

  private static List<Posting> move(AccountId from, AccountId to, long points) {
    return List.of(new Posting(from, -points), new Posting(to, points));
  }

  /** One realistic entry of every type, sealed at entry 42 after {@link #PREVIOUS}. */
  static Map<EntryType, JournalEntry> entries() {
    Map<EntryType, JournalEntry> entries = new EnumMap<>(EntryType.class);
    Map<String, String> refs =
        ImmutableMap.of("manufacturer", M.value(), "contract", C.value(), "vendor", V.value());
    AccountId payable = AccountId.payable(P, V);
    for (EntryType type : EntryType.values()) {
      List<Posting> postings =
          switch (type) {
            case GRANT -> move(pool(), available(), 200_000);
            case RESERVE -> move(available(), reserved(), 60_000);
            case CANCEL -> move(reserved(), available(), 60_000);
            case CLAIM -> move(reserved(), claimed(), 59_999);
            case APPROVE ->
                List.of(
                    new Posting(claimed(), -59_999),
                    new Posting(payable, 59_999),
                    new Posting(reserved(), -1),
                    new Posting(available(), 1));
            case REJECT -> move(claimed(), reserved(), 59_999);
            case SETTLE -> move(payable, AccountId.paid(P, V), 59_999);
            case LAPSE -> move(available(), AccountId.lapsed(P, M), 140_000);
            case REVERSE -> move(available(), pool(), 200_000);
            default -> List.of();
          };
      EntryDraft draft =
          new EntryDraft(
              EntryId.of("entry-" + type.tag()),
              type,
              P,
              DAY,
              postings,
              ImmutableMap.<String, String>builder()
                  .putAll(refs)
                  .put("reason", "點數 " + type.tag())
                  .buildOrThrow(),
              List.of(RECORD),
              FINGERPRINT);
      entries.put(type, draft.seal(SEQ, AT, PREVIOUS));
    }
    return entries;
  }

  private static final Map<EntryType, String> ENTRY_HASHES =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(EntryType.GRANT, "7c8dbf6a571faeaf0be84ffbfdd90144a3985a42ca230828b2f98d4345a97fd0"),
              Map.entry(EntryType.RESERVE, "f29e50746ce3faed355dd42d2b81046bbad9e6ee3197a11fd7e59de12e4d56f0"),
              Map.entry(EntryType.CANCEL, "afe97fa68683da447c4a328b7f5e91cc7cdf6a6471cb11727679f5674e77a220"),
              Map.entry(EntryType.CLAIM, "3bd862433cbaa17c26a72001531ff140be25e67b90ff7ee5449c5620d09fe1fd"),
              Map.entry(EntryType.APPROVE, "666d8486c984870d9271cae12069b58ff4e0e04e8cdd83b0e0a79fcb6b9e8316"),
              Map.entry(EntryType.REJECT, "b19d1ac8f8eab57d0257ccf6642619b5b227cb7f5951cab6fea4aa1c1708ea7d"),
              Map.entry(EntryType.SETTLE, "cdd0fc73608e95ed368069a7eb1975039572ca5004d1b794833daea7883ad04a"),
              Map.entry(EntryType.LAPSE, "3b2a63afb29a4d6c0ec974e904e07f183a535dae01195dcd5d7e240dc55573cb"),
              Map.entry(EntryType.REVERSE, "225b00c8c4fa359eba197e84a943d8596fb36f15a143792a0c05ae83531556d7"),
              Map.entry(EntryType.VENDOR_REGISTERED, "60017f37b01cf0dd619126fe356f9614b08be435c5938b69a28bd0c64c2455d1"),
              Map.entry(EntryType.SOLUTION_SUBMITTED, "dec4235db401f6357e9bde0cd5e109f6ef5876d01d7b8a43feb65cf70cb43163"),
              Map.entry(EntryType.SOLUTION_REVIEWED, "c700bedefb1d31312e95a65319195a992c6072d0fdbb7a62971a8e02e32a2444"),
              Map.entry(EntryType.SOLUTION_CARRIED_OVER, "8d49862198e24d9928b4cc4cbbe22dfdab9593f9c129d194977d135ec91ebc86"),
              Map.entry(EntryType.PROGRAM_DEFINED, "51b45f9350442e3c0d20fa470209d0e3149699a05e40d55e9e7c28eed45c28d9")));

  static Stream<Arguments> entryVectors() {
    return entries().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryVectors")
  void everyEntryType_hashesToItsGoldenVector(EntryType type, JournalEntry entry) {
    assertEquals(ENTRY_HASHES.get(type), entry.hash().hex(), type + " entry hash");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryVectors")
  void everyEntryType_hashesAsDocsModelMdSays(EntryType type, JournalEntry entry) {
    DocumentedEncoding d = new DocumentedEncoding();
    d.text("points-ledger/entry/v2")
        .int64(entry.sequence())
        .text(entry.id().value())
        .text(entry.type().tag())
        .text(entry.program().value())
        .date(entry.businessDate())
        .int64(entry.recordedAt().getEpochSecond())
        .int32(entry.recordedAt().getNano())
        .int32(entry.postings().size());
    for (Posting p : entry.postings()) {
      d.text(p.account().type().tag())
          .text(p.account().holder())
          .text(p.account().contract())
          .int64(p.amount());
    }
    d.int32(entry.references().size());
    entry.references().forEach((key, value) -> d.text(key).text(value));
    d.int32(entry.records().size());
    for (RecordDigest r : entry.records()) {
      d.text(r.kind()).text(r.program().value()).text(r.id()).hash(r.digest().hex());
    }
    d.hash(entry.commandFingerprint().hex()).hash(entry.previousHash().hex());
    assertEquals(d.sha256(), entry.hash().hex());
  }

  // --- records ----------------------------------------------------------------------------------

  static Map<RecordKind, LedgerRecord> records() {
    EntryId by = EntryId.of("entry-1");
    Map<RecordKind, LedgerRecord> records = new EnumMap<>(RecordKind.class);
    records.put(RecordKind.MANUFACTURER, new ManufacturerRecord(P, M, 200_000, 60_000));
    records.put(
        RecordKind.CONTRACT,
        new ContractRecord(
            P, C, M, V, S, SolutionCategory.FLOOR_MACHINES, 120_001, 150_000, 60_000, 60_001,
            LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31), ContractStatus.CLAIM_PENDING,
            by, Optional.of(K)));
    records.put(
        RecordKind.CLAIM,
        new ClaimRecord(
            P, K, C, M, V, 59_999,
            List.of(DocumentRef.invoice("AB12345678"), new DocumentRef("contract", "C-1")),
            DAY, ClaimStatus.SETTLED, by, Optional.of("PAY-1")));
    records.put(
        RecordKind.VENDOR,
        new VendorRecord(
            P, V, "雲端資訊股份有限公司", VendorProfile.qualifiedSoftwareHouse(), DAY, by));
    records.put(
        RecordKind.SOLUTION,
        new SolutionRecord(
            P, S, V, "智慧製造 MES", SolutionCategory.PRODUCTION, 150_000, 180_000, 3,
            ReviewStatus.LISTED, Optional.empty(), Optional.of(LocalDate.of(2022, 5, 1)),
            Optional.of(LocalDate.of(2022, 12, 31)), Optional.empty(),
            List.of(
                new ReviewStep(ReviewStatus.SUBMITTED, "vendor", LocalDate.of(2022, 4, 1), "", by),
                new ReviewStep(
                    ReviewStatus.LISTED, "office", LocalDate.of(2022, 5, 1), "公告", by))));
    records.put(
        RecordKind.PROGRAM,
        new ProgramRecord(ProgramPresets.industrialPavilion2022(), DefineProgram.idFor(P)));
    records.put(RecordKind.INVOICE, new InvoiceRecord(P, "AB12345678", K, by));
    return records;
  }

  private static final Map<RecordKind, String> RECORD_DIGESTS =
      new EnumMap<>(
          Map.of(
              RecordKind.MANUFACTURER, "7680c7731850736ca8631a4438e13dc7a3639a21029c0824f2b8608b7aa53a86",
              RecordKind.CONTRACT, "dcbdb84574edb27de1ce44f74e614b85b8beb003e8759ee0b052d3b28dc45d31",
              RecordKind.CLAIM, "c13083a52c12e95388a2f815bbd654103f126c2b3da4a2bcfd886dd98142788c",
              RecordKind.VENDOR, "bda3871aa6b7bda0559269bb976eb125bbf89427a2ec8d6461e76fd718c00154",
              RecordKind.SOLUTION, "f8e1b555a92288dca51cfbcff980f95eadea2e2f422d783188084d0939a91fcb",
              RecordKind.PROGRAM, "3c19ec4ca4e1c01385e59385f44d1c12b86cae3bc9741cba1a2e7861e4be03f1",
              RecordKind.INVOICE, "c43cfee5aced8629a628b839310e7222fb0da50605eb24450489e68e5bba39b5"));

  static Stream<Arguments> recordVectors() {
    return records().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordVectors")
  void everyRecordKind_digestsToItsGoldenVector(RecordKind kind, LedgerRecord record) {
    assertEquals(RECORD_DIGESTS.get(kind), record.digest().digest().hex(), kind + " digest");
  }

  @Test
  void aContractRecord_digestsAsDocsModelMdSays() {
    ContractRecord c = (ContractRecord) records().get(RecordKind.CONTRACT);
    String documented =
        new DocumentedEncoding()
            .text("points-ledger/record/v1")
            .text("CONTRACT")
            .text(P.value())
            .text("C-1")
            .text(M.value())
            .text(V.value())
            .text(S.value())
            .text("FLOOR_MACHINES")
            .int64(120_001)
            .int64(150_000)
            .int64(60_000)
            .int64(60_001)
            .date(LocalDate.of(2022, 6, 1))
            .date(LocalDate.of(2022, 8, 31))
            .text("CLAIM_PENDING")
            .text("entry-1")
            .text("K-1")
            .sha256();
    assertEquals(documented, c.digest().digest().hex());
  }

  @Test
  void anInvoiceRecord_digestsAsDocsModelMdSays() {
    String documented =
        new DocumentedEncoding()
            .text("points-ledger/record/v1")
            .text("INVOICE")
            .text(P.value())
            .text("AB12345678")
            .text("K-1")
            .text("entry-1")
            .sha256();
    assertEquals(documented, records().get(RecordKind.INVOICE).digest().digest().hex());
  }

  @Test
  void aProgramRecord_digestsAsDocsModelMdSays_itsPolicyEndingWithTheBusinessNumberFlag() {
    Program program = ProgramPresets.industrialPavilion2022();
    ProgramPolicy p = program.policy();
    DocumentedEncoding d =
        new DocumentedEncoding()
            .text("points-ledger/record/v1")
            .text("PROGRAM")
            .text(P.value())
            .text(program.name())
            .int64(200_000)
            .int32(50)
            .int32(3)
            .date(LocalDate.of(2022, 3, 23))
            .date(LocalDate.of(2022, 12, 31))
            .date(LocalDate.of(2022, 3, 23))
            .date(LocalDate.of(2022, 8, 31))
            .date(LocalDate.of(2022, 8, 20))
            .date(LocalDate.of(2022, 12, 31))
            .int64(100_000_000)
            .int32(200)
            .int64(1_000_000)
            .int32(3)
            .text("I301010")
            .text("I301020")
            .text("I301030")
            .int32(2)
            .int32(3)
            .text("industrial-pavilion-2021")
            .int32(0)
            .int64(1_000_000_000)
            .flag(true)
            .text(DefineProgram.idFor(P).value());
    assertEquals(true, p.requireValidBusinessNumbers());
    assertEquals(d.sha256(), records().get(RecordKind.PROGRAM).digest().digest().hex());
  }

  // --- commands ---------------------------------------------------------------------------------

  static Map<CommandType, Command> commands() {
    Map<CommandType, Command> commands = new EnumMap<>(CommandType.class);
    List<DocumentRef> docs = List.of(DocumentRef.invoice("AB12345678"));
    commands.put(
        CommandType.GRANT_POINTS,
        new GrantPoints(
            EntryId.of("g-1"), P, M, 200_000, LocalDate.of(2022, 5, 2),
            new ManufacturerProfile(5_000_000, 30, FactoryRegistration.REGISTERED, false),
            List.of(new DocumentRef("factory-registration", "99-123456"))));
    commands.put(
        CommandType.PURCHASE_SOLUTION,
        new PurchaseSolution(
            EntryId.of("r-1"), P, C, M, S, 120_001, 60_000, LocalDate.of(2022, 6, 1),
            LocalDate.of(2022, 8, 31)));
    commands.put(CommandType.CANCEL_CONTRACT, new CancelContract(EntryId.of("x-1"), P, C, "取消"));
    commands.put(
        CommandType.FILE_CLAIM, new FileClaim(EntryId.of("k-1"), P, K, C, V, 59_999, docs));
    commands.put(CommandType.APPROVE_CLAIM, new ApproveClaim(EntryId.of("a-1"), P, K));
    commands.put(
        CommandType.REJECT_CLAIM, new RejectClaim(EntryId.of("j-1"), P, K, "文件不全"));
    commands.put(
        CommandType.SETTLE_CLAIMS,
        new SettleClaims(EntryId.of("s-1"), P, V, List.of(K, ClaimId.of("K-2")), "PAY-1"));
    commands.put(CommandType.LAPSE_POINTS, new LapsePoints(EntryId.of("l-1"), P, M));
    commands.put(
        CommandType.REVERSE_ENTRY,
        new ReverseEntry(EntryId.of("v-1"), P, EntryId.of("g-1"), "booked in error"));
    commands.put(
        CommandType.REGISTER_VENDOR,
        new RegisterVendor(
            EntryId.of("rv-1"), P, V, "雲端資訊股份有限公司", VendorProfile.qualifiedSoftwareHouse()));
    commands.put(
        CommandType.SUBMIT_SOLUTION,
        new SubmitSolution(
            EntryId.of("ss-1"), P, S, V, "智慧製造 MES", SolutionCategory.PRODUCTION, 150_000,
            180_000, 3));
    commands.put(
        CommandType.REVIEW_SOLUTION,
        new ReviewSolution(
            EntryId.of("rs-1"), P, S, ReviewStatus.SUPPLEMENT_REQUESTED, "office", "補件",
            Optional.of(LocalDate.of(2022, 5, 15)), List.of()));
    commands.put(
        CommandType.CARRY_OVER_SOLUTION,
        new CarryOverSolution(
            EntryId.of("co-1"), P, S, ProgramId.of("industrial-pavilion-2021"), 150_000,
            180_000, "office"));
    Program program = ProgramPresets.industrialPavilion2022();
    commands.put(
        CommandType.DEFINE_PROGRAM, new DefineProgram(DefineProgram.idFor(program.id()), program));
    return commands;
  }

  private static final Map<CommandType, String> FINGERPRINTS =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(CommandType.GRANT_POINTS, "cc6dd2b65c4db527f2ce8572fcaad8a3ba8c4fde2cbc248680f38e951cc548cd"),
              Map.entry(CommandType.PURCHASE_SOLUTION, "12c0239f2ea73ca67418eb1e42e5850bbaa79b8df3966191b39bae73c19b3e2a"),
              Map.entry(CommandType.CANCEL_CONTRACT, "6620e26cf4172e5398dc7e761bbec7fcfa0effdfd446b1d200015446b6334697"),
              Map.entry(CommandType.FILE_CLAIM, "ff87f4ddac066056bcb418ddaf59862f0b1a0f9d1e0e996b925834b76d334273"),
              Map.entry(CommandType.APPROVE_CLAIM, "30cde0bf6510413906d5dae4b9ce1585e9fe9becb4d96045d93939a3406d90ed"),
              Map.entry(CommandType.REJECT_CLAIM, "33d7a0090bbb8698e540368bf3a2a6c48d5d966ee76652aa5affadd3b80a1d01"),
              Map.entry(CommandType.SETTLE_CLAIMS, "d025c14675138557d422f2281ee897061003aa3e417dd168edc999fdd7a43443"),
              Map.entry(CommandType.LAPSE_POINTS, "f637a61e6bf72bebf3e89303ba3ba088eee4224582158f6af1dd118dcdcfe4e9"),
              Map.entry(CommandType.REVERSE_ENTRY, "9589ce5c2bbab27781aa212824ee3befa1daa89103aeceecc59b4cb00c8a499c"),
              Map.entry(CommandType.REGISTER_VENDOR, "643de3285fdc1581623f975064c70d345d4ec1afc55c67a417772c907b13102c"),
              Map.entry(CommandType.SUBMIT_SOLUTION, "2e0fae4a3bb8e878c83689ed927f041179afbda55617a4f68b2ab88b8faf71df"),
              Map.entry(CommandType.REVIEW_SOLUTION, "95972387c0513384d43a4f82fdc9bbd329ef26afdb2b101e7073a07ac42107e3"),
              Map.entry(CommandType.CARRY_OVER_SOLUTION, "f1cd20d95d63f17e39dc417205889a755690f7acccff4b2913a7add86c8e9461"),
              Map.entry(CommandType.DEFINE_PROGRAM, "c1b2324c5da3ac486c92a211db3b008f939c1e385ed2e961e17db3c6458e484f")));

  static Stream<Arguments> commandVectors() {
    return commands().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandVectors")
  void everyCommandType_fingerprintsToItsGoldenVector(CommandType type, Command command) {
    assertEquals(FINGERPRINTS.get(type), command.fingerprint().hex(), type + " fingerprint");
  }

  @Test
  void aPurchase_fingerprintsAsDocsModelMdSays() {
    String documented =
        new DocumentedEncoding()
            .text("ReservePoints")
            .text(P.value())
            .text("C-1")
            .text(M.value())
            .text("S-1")
            .int64(120_001)
            .int64(60_000)
            .date(LocalDate.of(2022, 6, 1))
            .date(LocalDate.of(2022, 8, 31))
            .sha256();
    assertEquals(documented, commands().get(CommandType.PURCHASE_SOLUTION).fingerprint().hex());
  }

  @Test
  void everyType_kindAndCommand_hasAGoldenVector() {
    assertEquals(Set.of(EntryType.values()), entries().keySet());
    assertEquals(Set.of(EntryType.values()), ENTRY_HASHES.keySet());
    assertEquals(Set.of(RecordKind.values()), records().keySet());
    assertEquals(Set.of(RecordKind.values()), RECORD_DIGESTS.keySet());
    assertEquals(Set.of(CommandType.values()), commands().keySet());
    assertEquals(Set.of(CommandType.values()), FINGERPRINTS.keySet());
  }
}
