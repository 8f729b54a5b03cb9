package dev.pointsledger.core.program;

import dev.pointsledger.core.id.StableTag;

/** A manufacturer's standing under factory registration (R-D1). */
public enum FactoryRegistration implements StableTag {
  /** Holds a factory registration certificate (工廠登記證). */
  REGISTERED("REGISTERED"),
  /** Holds a registered exemption from factory registration (免工廠登記). */
  EXEMPT("EXEMPT"),
  /** Holds neither: not eligible. */
  NONE("NONE");

  private final String tag;

  FactoryRegistration(String tag) {
    this.tag = tag;
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
  public static FactoryRegistration fromTag(String tag) {
    return StableTag.fromTag(FactoryRegistration.class, tag);
  }
}
