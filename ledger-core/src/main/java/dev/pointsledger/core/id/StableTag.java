package dev.pointsledger.core.id;

import static java.util.Objects.requireNonNull;


/**
 * A constant of the stored format: an enum whose constants each carry an explicit tag, written
 * into hashes, fingerprints and stored rows instead of the Java name. Renaming a constant keeps
 * its tag, so stored data still verifies and retries are still recognised; a tag never changes
 * once data has been written with it (docs/model.md, "The stored format", lists every tag).
 */
public interface StableTag {
  /**
   * The constant's tag in the stored format.
   *
   * @return the tag: ASCII letters, digits and underscores
   */
  String tag();

  /**
   * The constant of an enum with a tag.
   *
   * @param type the enum
   * @param tag the tag
   * @param <E> the enum's type
   * @return the constant
   * @throws IllegalArgumentException if no constant has that tag
   */
  static <E extends Enum<E> & StableTag> E fromTag(Class<E> type, String tag) {
    requireNonNull(tag, "tag");
    E found = TagRegistry.of(type).get(tag);
    if (found == null) {
      throw new IllegalArgumentException("no " + type.getSimpleName() + " has the tag " + tag);
    }
    return found;
  }
}
