package dev.pointsledger.core.query;

import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;

/**
 * Where a manufacturer's points are. Always {@code granted == available + reserved + claimed +
 * redeemed + lapsed}.
 *
 * @param program the program
 * @param manufacturer the manufacturer
 * @param asOf the sequence number the figures are as of
 * @param granted points granted, net of reversed grants
 * @param available unused points
 * @param reserved points reserved on its contracts
 * @param claimed points of its contracts under a pending claim
 * @param redeemed points of its contracts whose claims were approved (payable or paid to vendors)
 * @param lapsed points that lapsed at the program's end
 */
public record ManufacturerBalances(
    ProgramId program,
    ManufacturerId manufacturer,
    long asOf,
    long granted,
    long available,
    long reserved,
    long claimed,
    long redeemed,
    long lapsed) {}
