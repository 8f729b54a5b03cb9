package dev.pointsledger.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.query.ReportColumn;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Statuses, categories and report headings have a name in each language; codes stay as tags. */
class DisplayNamesTest {
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  private static List<Displayable> everyNamedValue() {
    List<Displayable> values = new ArrayList<>();
    Stream.of(
            ClaimStatus.values(),
            ContractStatus.values(),
            ReviewStatus.values(),
            SolutionCategory.values(),
            SolutionCategory.Group.values(),
            ReportColumn.values())
        .forEach(array -> values.addAll(List.of(array)));
    return values;
  }

  @Test
  void everyValue_hasAChineseAndAnEnglishName_distinctWithinItsType() {
    Set<String> seen = new HashSet<>();
    for (Displayable value : everyNamedValue()) {
      String chinese = value.displayName(Locale.TAIWAN);
      String english = value.displayName(Locale.ENGLISH);
      assertTrue(CJK.matcher(chinese).find(), () -> value + ": " + chinese);
      assertTrue(!CJK.matcher(english).find(), () -> value + ": " + english);
      assertNotEquals(((Enum<?>) value).name(), english);
      String type = ((Enum<?>) value).getDeclaringClass().getName();
      assertTrue(seen.add(type + "|zh|" + chinese), () -> "two " + type + " named " + chinese);
      assertTrue(seen.add(type + "|en|" + english), () -> "two " + type + " named " + english);
    }
  }

  @Test
  void theTenCategories_areNamedAsTheBriefingNamesThem() {
    for (SolutionCategory c : SolutionCategory.values()) {
      assertEquals(c.chineseName(), c.displayName(Locale.TAIWAN));
      assertEquals(c.englishName(), c.displayName(Locale.US));
    }
    assertEquals("機-生產的設備管理或相關應用", SolutionCategory.byNumber(7).displayName(Locale.TAIWAN));
    assertEquals("工廠生產端類", SolutionCategory.Group.FACTORY_FLOOR.displayName(Locale.TAIWAN));
  }

  @Test
  void statuses_useTheProgramsWords() {
    assertEquals("審查中", ClaimStatus.PENDING.displayName(Locale.TAIWAN));
    assertEquals("已核銷結案", ContractStatus.CLOSED.displayName(Locale.TAIWAN));
    assertEquals("限期補件", ReviewStatus.SUPPLEMENT_REQUESTED.displayName(Locale.TAIWAN));
    assertEquals("自籌款（新臺幣）", ReportColumn.OWN_PART.displayName(Locale.TAIWAN));
    assertEquals("數位點數", ReportColumn.POINTS.displayName(Locale.TAIWAN));
    assertEquals("PENDING", ClaimStatus.PENDING.tag());
  }
}
