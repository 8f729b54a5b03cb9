package dev.pointsledger.core.audit;

/**
 * Verifies a {@link SyntheticJournal} in this JVM and prints what it found, for {@link
 * VerifierMemoryTest}, which runs it in a JVM of its own with a small heap: {@code java -Xmx256m
 * -cp ... dev.pointsledger.core.audit.MillionEntries 200000} verifies 1,000,001 entries. Exits 0
 * when the report is clean and read every entry.
 */
public final class MillionEntries {
  private MillionEntries() {}

  /**
   * Runs the verification.
   *
   * @param args the number of manufacturers (five entries each, plus the program's definition)
   */
  public static void main(String[] args) {
    long manufacturers = Long.parseLong(args[0]);
    SyntheticJournal journal = new SyntheticJournal(manufacturers);
    long start = System.nanoTime();
    VerificationReport r =
        LedgerVerifier.verify(journal, VerifyOptions.defaults().withoutStoreViews());
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "entries %d, clean %s, %.1f s, max heap %d MB, used at the end %d MB%n",
        r.entriesRead(), r.clean(), seconds, rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    if (!r.clean()) {
      System.out.print(r.toText());
    }
    System.exit(r.clean() && r.entriesRead() == journal.headSequence() ? 0 : 1);
  }
}
