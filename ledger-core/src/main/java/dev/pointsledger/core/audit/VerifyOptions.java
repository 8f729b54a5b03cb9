package dev.pointsledger.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * How {@link LedgerVerifier} runs.
 *
 * @param checkpoints published checkpoints the ledger must extend
 * @param officeKey the program office's Ed25519 public key, which must have signed every
 *     checkpoint; required when there are checkpoints
 * @param pageSize how many stored rows one read fetches
 * @param compareStoreViews whether to compare, at the end, what the store answers to queries (its
 *     head, its latest state records) with what its journal says
 * @param maxFindings how many findings the report keeps (the rest are only counted)
 */
public record VerifyOptions(
    List<SignedCheckpoint> checkpoints,
    Optional<PublicKey> officeKey,
    int pageSize,
    boolean compareStoreViews,
    int maxFindings) {

  /**
   * The default page: large enough that a round trip costs little per row, small enough that the
   * three pages alive at a time (one checked, one waiting, one being read) take a few tens of MB,
   * about 3 KB per stored row decoded: with 10,000 a 256 MB heap spent a third of its time in
   * garbage collection.
   */
  public static final int DEFAULT_PAGE_SIZE = 2_000;

  /** The default number of findings kept. */
  public static final int DEFAULT_MAX_FINDINGS = 1_000;

  /**
   * Checks the options.
   *
   * @param checkpoints published checkpoints the ledger must extend
   * @param officeKey the program office's public key; required when there are checkpoints
   * @param pageSize how many stored rows one read fetches
   * @param compareStoreViews whether to compare the store's query answers with its journal
   * @param maxFindings how many findings the report keeps
   */
  public VerifyOptions {
    checkpoints = ImmutableList.copyOf(checkpoints);
    requireNonNull(officeKey, "officeKey");
    checkArgument(
        checkpoints.isEmpty() || officeKey.isPresent(),
        "checkpoints are verified against the office's public key: give it");
    checkArgument(pageSize >= 1, "pageSize must be positive");
    checkArgument(maxFindings >= 0, "maxFindings must not be negative");
  }

  /**
   * Every check, no checkpoints, default page and limit.
   *
   * @return the options
   */
  public static VerifyOptions defaults() {
    return new VerifyOptions(
        List.of(), Optional.empty(), DEFAULT_PAGE_SIZE, true, DEFAULT_MAX_FINDINGS);
  }

  /**
   * These options with published checkpoints to prove the ledger extends.
   *
   * @param officeKey the office's public key
   * @param published the checkpoints
   * @return the options
   */
  public VerifyOptions withCheckpoints(PublicKey officeKey, List<SignedCheckpoint> published) {
    return new VerifyOptions(
        published, Optional.of(officeKey), pageSize, compareStoreViews, maxFindings);
  }

  /**
   * These options with another page size.
   *
   * @param rows rows per read
   * @return the options
   */
  public VerifyOptions withPageSize(int rows) {
    return new VerifyOptions(checkpoints, officeKey, rows, compareStoreViews, maxFindings);
  }

  /**
   * These options without the comparison of the store's query answers (for a store that only
   * hands out its raw journal, such as an export being checked).
   *
   * @return the options
   */
  public VerifyOptions withoutStoreViews() {
    return new VerifyOptions(checkpoints, officeKey, pageSize, false, maxFindings);
  }
}
