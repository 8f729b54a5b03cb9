/**
 * Realistic sample activity for trying, demonstrating and measuring the ledger: {@link
 * dev.pointsledger.core.sample.ActivityGenerator} plays a whole year of the 2022 program for any
 * number of manufacturers, the same for the same seed, as batches of commands dated by business day
 * ({@link dev.pointsledger.core.sample.ActivityBatch}) that a caller submits into any store on an
 * {@link dev.pointsledger.core.sample.ActivityClock} set to each batch's day. Nothing here decides
 * a command: the rules do, and the generator's {@link dev.pointsledger.core.sample.ActivitySummary}
 * says which refusals it made on purpose.
 */
package dev.pointsledger.core.sample;
