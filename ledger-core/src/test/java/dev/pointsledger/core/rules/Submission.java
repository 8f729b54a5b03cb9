package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A command of any type, valid or not, submitted on one of a few days to {@link
 * #aLedgerWithSomeHistory}: for properties that must hold for every command.
 *
 * @param day the business day it is submitted on
 * @param command the command
 */
record Submission(LocalDate day, Command command) {

  /**
   * M1 holds 100,000 points and bought C1 (30,000 points) of V1 and C2 (10,000 points) of V2; on
   * 2022-09-01 V1 claimed CL1 (approved) and V2 claimed CL2 (pending).
   */
  static Ledger aLedgerWithSomeHistory(MutableClock clock) {
    clock.setDay(Fixtures.MAY_2);
    Ledger ledger = Ledger.inMemory(clock);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1, V2);
    ledger.submitAll(
        List.of(
            grant("g1", M1, 100_000),
            reserve("r1", "C1", M1, V1, 60_000, 30_000),
            reserve("r2", "C2", M1, V2, 20_000, 10_000)));
    clock.setDay(LocalDate.of(2022, 9, 1));
    ledger.submitAll(
        List.of(
            claim("k1", "CL1", "C1", V1, 30_000),
            approve("a1", "CL1"),
            claim("k2", "CL2", "C2", V2, 5_000)));
    return ledger;
  }

  /** {@link #aLedgerWithSomeHistory}, its clock moved to this submission's day. */
  Ledger ledgerOnItsDay() {
    MutableClock clock = MutableClock.at(Fixtures.MAY_2);
    Ledger ledger = aLedgerWithSomeHistory(clock);
    clock.setDay(day);
    return ledger;
  }

  /**
   * Commands of every type under one id, naming things that exist in {@link
   * #aLedgerWithSomeHistory} and things that do not, with amounts valid and not.
   */
  static Arbitrary<Submission> any(EntryId id) {
    Arbitrary<LocalDate> days =
        Arbitraries.of(Fixtures.MAY_2, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 2));
    Arbitrary<ManufacturerId> manufacturers = Arbitraries.of(Fixtures.m(M1), Fixtures.m(M2));
    Arbitrary<VendorId> vendors = Arbitraries.of(Fixtures.v(V1), Fixtures.v(V2));
    Arbitrary<ContractId> contracts =
        Arbitraries.of(Fixtures.c("C1"), Fixtures.c("C2"), Fixtures.c("C3"));
    Arbitrary<ClaimId> claims =
        Arbitraries.of(Fixtures.k("CL1"), Fixtures.k("CL2"), Fixtures.k("CL3"));
    Arbitrary<EntryId> targets =
        Arbitraries.of(e("g1"), e("r1"), e("r2"), e("k1"), e("a1"), e("k2"), e("none"));
    Arbitrary<Long> amounts =
        Arbitraries.of(-1L, 0L, 1L, 4_999L, 5_000L, 10_000L, 30_000L, 200_001L);
    Arbitrary<Command> commands =
        Arbitraries.oneOf(
            Combinators.combine(manufacturers, amounts)
                .as(
                    (m, p) ->
                        grant(
                            id.value(),
                            P2022,
                            m.value(),
                            p,
                            Fixtures.MAY_2,
                            ManufacturerProfile.typicalSmallFactory())),
            Combinators.combine(manufacturers, vendors, amounts, amounts)
                .as(
                    (m, v, price, points) ->
                        Fixtures.purchase(id.value(), "C3", m.value(), v.value())
                            .price(price * 2)
                            .points(points)
                            .build()),
            contracts.map(c -> new CancelContract(id, P2022, c, "changed our mind")),
            Combinators.combine(claims, contracts, vendors, amounts)
                .as(
                    (k, c, v, p) ->
                        new FileClaim(
                            id, P2022, k, c, v, p, List.of(Fixtures.invoiceFor(k.value())))),
            claims.map(k -> new ApproveClaim(id, P2022, k)),
            claims.map(k -> new RejectClaim(id, P2022, k, "unreadable")),
            Combinators.combine(vendors, claims.list().ofMaxSize(2))
                .as((v, ks) -> new SettleClaims(id, P2022, v, ks, "PAY-1")),
            manufacturers.map(m -> new LapsePoints(id, P2022, m)),
            targets.map(t -> new ReverseEntry(id, P2022, t, "booked in error")));
    return Combinators.combine(days, commands).as(Submission::new);
  }
}
