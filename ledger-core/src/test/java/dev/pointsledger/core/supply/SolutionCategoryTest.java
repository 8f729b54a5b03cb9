package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.supply.SolutionCategory.Group;
import dev.pointsledger.core.testing.TestLedger;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R-V2: the ten categories, numbered and named as the briefing names them. */
class SolutionCategoryTest {

  @ParameterizedTest(name = "{0} {1} {3}")
  @CsvSource({
    "1,  PRODUCTION,               ENTERPRISE_OPERATIONS, 產, production",
    "2,  MARKETING,                ENTERPRISE_OPERATIONS, 銷, marketing",
    "3,  HUMAN_RESOURCES,          ENTERPRISE_OPERATIONS, 人, human resources",
    "4,  RESEARCH_AND_DEVELOPMENT, ENTERPRISE_OPERATIONS, 發, R&D",
    "5,  FINANCE,                  ENTERPRISE_OPERATIONS, 財, financ",
    "6,  FLOOR_PEOPLE,             FACTORY_FLOOR,         人, staff",
    "7,  FLOOR_MACHINES,           FACTORY_FLOOR,         機, equipment",
    "8,  FLOOR_MATERIALS,          FACTORY_FLOOR,         料, materials",
    "9,  FLOOR_METHODS,            FACTORY_FLOOR,         法, methods",
    "10, FLOOR_ENVIRONMENT,        FACTORY_FLOOR,         環, environment",
  })
  void eachCategory_hasTheBriefingsNumberGroupAndNames(
      int number, SolutionCategory category, Group group, String chineseKey, String english) {
    assertEquals(category, SolutionCategory.byNumber(number));
    assertEquals(number, category.number());
    assertEquals(group, category.group());
    assertTrue(category.chineseName().startsWith(chineseKey + "-"), category.chineseName());
    assertTrue(category.englishName().contains(english), category.englishName());
  }

  @Test
  void thereAreTenCategories_numberedOneToTenInTheBriefingsOrder() {
    SolutionCategory[] all = SolutionCategory.values();

    assertEquals(10, all.length);
    for (int i = 0; i < all.length; i++) {
      assertEquals(i + 1, all[i].number(), all[i]::name);
    }
  }

  @Test
  void everyCategory_hasItsOwnChineseAndEnglishName() {
    Set<String> chinese =
        Arrays.stream(SolutionCategory.values())
            .map(SolutionCategory::chineseName)
            .collect(Collectors.toSet());
    Set<String> english =
        Arrays.stream(SolutionCategory.values())
            .map(SolutionCategory::englishName)
            .collect(Collectors.toSet());

    assertEquals(10, chinese.size());
    assertEquals(10, english.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1})
  void byNumber_refusesANumberOutsideOneToTen(int number) {
    assertThrows(IllegalArgumentException.class, () -> SolutionCategory.byNumber(number));
  }

  @ParameterizedTest
  @EnumSource(SolutionCategory.class)
  void aSubmittedSolution_keepsItsCategory_andItsEntryNamesIt(SolutionCategory category) {
    TestLedger s = TestLedger.of2022(MAY_2);
    s.registerVendor(P2022, V1);

    JournalEntry entry =
        s.run(
            s.submission(
                P2022, "S1", V1, category, TestLedger.PRICE, TestLedger.MARKET_PRICE, 3));

    assertEquals(category, s.solution(P2022, "S1").category());
    assertEquals(category.name(), entry.references().get(References.CATEGORY));
  }
}
