package dev.pointsledger.core.id;

import java.util.HashMap;
import java.util.Map;

/** The constants of each {@link StableTag} enum, by tag, built once per enum. */
final class TagRegistry {
  private static final ClassValue<Map<String, ?>> BY_TAG =
      new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
          Map<String, Object> byTag = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            String tag = ((StableTag) constant).tag();
            if (byTag.put(tag, constant) != null) {
              throw new IllegalStateException(type + " has the tag " + tag + " twice");
            }
          }
          return Map.copyOf(byTag);
        }
      };

  private TagRegistry() {}

  @SuppressWarnings("unchecked")
  static <E> Map<String, E> of(Class<E> type) {
    return (Map<String, E>) BY_TAG.get(type);
  }
}
