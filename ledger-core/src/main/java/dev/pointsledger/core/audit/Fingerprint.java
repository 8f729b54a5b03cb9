package dev.pointsledger.core.audit;

/**
 * A 128-bit fingerprint of a few texts (two independent 64-bit FNV-1a hashes of their UTF-16
 * code units with a separator between texts, each finalised), the key of the verifier's compact
 * tables: two fingerprints of different texts are equal with a probability of about 2^-128 per
 * pair, which no ledger that fits in 64-bit sequence numbers comes near.
 *
 * @param hi the first 64 bits
 * @param lo the second 64 bits
 */
record Fingerprint(long hi, long lo) {
  private static final long PRIME = 0x100000001b3L;

  static Fingerprint of(String a, String b, String c, String d) {
    long h1 = 0xcbf29ce484222325L;
    long h2 = 0x84222325cbf29ce4L;
    h1 = first(first(first(first(h1, a), b), c), d);
    h2 = second(second(second(second(h2, a), b), c), d);
    return new Fingerprint(mix(h1), mix(h2 ^ 0x5851f42d4c957f2dL));
  }

  /** The first hash carried over one text and its separator (no array per fingerprint). */
  private static long first(long h, String s) {
    String t = s == null ? "\uffff" : s;
    for (int i = 0; i < t.length(); i++) {
      h = (h ^ t.charAt(i)) * PRIME;
    }
    return (h ^ 0xfffe) * PRIME;
  }

  /** The second hash carried over one text and its separator. */
  private static long second(long h, String s) {
    String t = s == null ? "\uffff" : s;
    for (int i = 0; i < t.length(); i++) {
      h = (h ^ (t.charAt(i) + 0x9e37)) * 0x100000001b5L;
    }
    return (h ^ 0xfffe) * 0x100000001b5L;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
