package dev.pointsledger.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentLookupsTest {
  @Test
  void aRememberedLookup_isAnsweredWithoutTheMap_untilItIsForgotten() {
    Map<String, Integer> map = new HashMap<>(Map.of("a", 1));
    RecentLookups recent = new RecentLookups();
    assertEquals(1, recent.get(map, "a"));
    assertNull(recent.get(map, "b"));
    map.put("a", 2);
    map.put("b", 3);
    assertEquals(1, recent.get(map, new String("a")), "remembered, found by equality");
    assertNull(recent.get(map, "b"), "a lookup that found nothing is remembered too");
    recent.forget();
    assertEquals(2, recent.get(map, "a"));
    assertEquals(3, recent.get(map, "b"));
  }

  @Test
  void theSameKeyInAnotherMap_isLookedUpThere() {
    Map<String, Integer> first = Map.of("k", 1);
    Map<String, Integer> second = Map.of("k", 2);
    RecentLookups recent = new RecentLookups();
    assertEquals(1, recent.get(first, "k"));
    assertEquals(2, recent.get(second, "k"));
  }

  @Test
  void beyondItsRoom_lookupsGoToTheMap() {
    Map<Integer, Integer> map = new HashMap<>();
    RecentLookups recent = new RecentLookups();
    for (int i = 0; i < 20; i++) {
      assertNull(recent.get(map, i));
    }
    map.put(19, 19);
    assertEquals(19, recent.get(map, 19), "not remembered: the ninth and later lookups");
    assertNull(recent.get(map, 0), "remembered: the first eight");
  }
}
