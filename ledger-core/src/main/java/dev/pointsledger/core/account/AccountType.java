package dev.pointsledger.core.account;

import dev.pointsledger.core.id.StableTag;

/**
 * The kinds of account and the sign each may take. Balances are the sum of the postings to the
 * account: a positive posting adds points, a negative one takes them away.
 */
public enum AccountType implements StableTag {
  /**
   * The program's pool: the source of every grant and the sink of every lapse. Its balance is
   * minus the points outstanding, so it is the one account that may go negative. Nothing checks a
   * bound on it, so nothing needs to serialise on it.
   */
  PROGRAM_POOL("PROGRAM_POOL", false, HolderKind.PROGRAM, false),
  /** A manufacturer's granted, unused points. Never negative. */
  AVAILABLE("AVAILABLE", true, HolderKind.MANUFACTURER, false),
  /** Points reserved against one contract of a manufacturer. Never negative. */
  RESERVED("RESERVED", true, HolderKind.MANUFACTURER, true),
  /** Points of one contract under a vendor's pending claim. Never negative. */
  CLAIMED("CLAIMED", true, HolderKind.MANUFACTURER, true),
  /** Points of a vendor's approved claims, not yet paid out. Never negative. */
  PAYABLE("PAYABLE", true, HolderKind.VENDOR, false),
  /** Points of a vendor's claims paid out. Never negative. */
  PAID("PAID", true, HolderKind.VENDOR, false),
  /** A manufacturer's points that lapsed at the program's end. Never negative. */
  LAPSED("LAPSED", true, HolderKind.MANUFACTURER, false);

  private final String tag;

  /** Who holds an account of a type. */
  public enum HolderKind {
    /** The program office. */
    PROGRAM,
    /** A manufacturer. */
    MANUFACTURER,
    /** A vendor. */
    VENDOR
  }

  private final boolean nonNegative;
  private final HolderKind holderKind;
  private final boolean perContract;

  AccountType(String tag, boolean nonNegative, HolderKind holderKind, boolean perContract) {
    this.tag = tag;
    this.nonNegative = nonNegative;
    this.holderKind = holderKind;
    this.perContract = perContract;
  }

  /**
   * Whether the balance may never go below zero.
   *
   * @return true for every type but {@link #PROGRAM_POOL}
   */
  public boolean nonNegative() {
    return nonNegative;
  }

  /**
   * Who holds accounts of this type.
   *
   * @return the holder's kind
   */
  public HolderKind holderKind() {
    return holderKind;
  }

  /**
   * Whether there is one account of this type per contract.
   *
   * @return true for {@link #RESERVED} and {@link #CLAIMED}
   */
  public boolean perContract() {
    return perContract;
  }

  /**
   * The constant's tag in the stored format (hashes, fingerprints, stored rows); it stays when
   * the constant is renamed.
   *
   * @return the tag
   */
  @Override
  public String tag() {
    return tag;
  }

  /**
   * The constant with a tag.
   *
   * @param tag the tag
   * @return the constant
   * @throws IllegalArgumentException if no constant has that tag
   */
  public static AccountType fromTag(String tag) {
    return StableTag.fromTag(AccountType.class, tag);
  }
}
