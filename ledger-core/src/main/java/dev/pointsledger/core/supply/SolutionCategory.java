package dev.pointsledger.core.supply;

import dev.pointsledger.core.id.StableTag;
import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The ten categories every solution is listed in (R-V2), numbered as the briefing numbers them. */
public enum SolutionCategory implements StableTag, Displayable {
  /** 1 產: production and operations management. */
  PRODUCTION("PRODUCTION", 1, Group.ENTERPRISE_OPERATIONS, "產-生產與作業管理", "production and operations management"),
  /** 2 銷: marketing. */
  MARKETING("MARKETING", 2, Group.ENTERPRISE_OPERATIONS, "銷-行銷管理", "marketing management"),
  /** 3 人: human resources. */
  HUMAN_RESOURCES("HUMAN_RESOURCES", 3, Group.ENTERPRISE_OPERATIONS, "人-人力資源管理", "human resources management"),
  /** 4 發: research and development. */
  RESEARCH_AND_DEVELOPMENT("RESEARCH_AND_DEVELOPMENT", 4, Group.ENTERPRISE_OPERATIONS, "發-研究發展管理", "R&D management"),
  /** 5 財: finance. */
  FINANCE("FINANCE", 5, Group.ENTERPRISE_OPERATIONS, "財-財務管理", "financial management"),
  /** 6 人: people on the factory floor. */
  FLOOR_PEOPLE("FLOOR_PEOPLE", 6, Group.FACTORY_FLOOR, "人-生產的人員管理或相關應用", "production staff management"),
  /** 7 機: machines and equipment. */
  FLOOR_MACHINES("FLOOR_MACHINES", 7, Group.FACTORY_FLOOR, "機-生產的設備管理或相關應用", "production equipment management"),
  /** 8 料: materials. */
  FLOOR_MATERIALS("FLOOR_MATERIALS", 8, Group.FACTORY_FLOOR, "料-生產的原物料管理或相關應用", "production materials management"),
  /** 9 法: methods and rules. */
  FLOOR_METHODS("FLOOR_METHODS", 9, Group.FACTORY_FLOOR, "法-生產的規章制度管理或相關應用", "production methods and rules"),
  /** 10 環: environment. */
  FLOOR_ENVIRONMENT("FLOOR_ENVIRONMENT", 10, Group.FACTORY_FLOOR, "環-生產的環境管理或相關應用", "production environment management");

  private static final Messages NAMES =
      Messages.of("dev.pointsledger.core.supply.Names", ResourceBundle::getBundle);

  private final String tag;

  /** The two halves of the list. */
  public enum Group implements Displayable {
    /** Categories 1-5: enterprise operations (企業營運端類). */
    ENTERPRISE_OPERATIONS,
    /** Categories 6-10: the factory floor (工廠生產端類). */
    FACTORY_FLOOR;

    /**
     * The half's name in a reader's language ({@code 企業營運端類}, {@code enterprise operations}).
     *
     * @param locale the reader's locale
     * @return the name
     */
    @Override
    public String displayName(Locale locale) {
      return NAMES.name(this, locale);
    }
  }

  private final int number;
  private final Group group;
  private final String chineseName;
  private final String englishName;

  SolutionCategory(String tag, int number, Group group, String chineseName, String englishName) {
    this.tag = tag;
    this.number = number;
    this.group = group;
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * The category's number in the briefing, 1 to 10.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Enterprise operations or factory floor.
   *
   * @return the group
   */
  public Group group() {
    return group;
  }

  /**
   * The briefing's name, in Traditional Chinese.
   *
   * @return the Chinese name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The name in English.
   *
   * @return the English name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The category with a briefing number.
   *
   * @param number 1 to 10
   * @return the category
   * @throws IllegalArgumentException if there is no such number
   */
  public static SolutionCategory byNumber(int number) {
    for (SolutionCategory c : values()) {
      if (c.number == number) {
        return c;
      }
    }
    throw new IllegalArgumentException("categories are numbered 1 to 10, not " + number);
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
  public static SolutionCategory fromTag(String tag) {
    return StableTag.fromTag(SolutionCategory.class, tag);
  }

  /**
   * The category's name in a reader's language, as the briefing words it in Traditional Chinese
   * ({@code 產-生產與作業管理}) and as {@link #englishName()} in English; its {@link #tag()} stays
   * the stored, language-free code.
   *
   * @param locale the reader's locale
   * @return the name
   */
  @Override
  public String displayName(Locale locale) {
    return NAMES.name(this, locale);
  }
}
