package io.github.jindu;

import io.github.jindu.internal.WireNames;
import java.util.Optional;

/**
 * One of the seven settings that prevention education must reach (七进, 二(五)): 进社区、进单位、进学校、进场所、
 * 进楼宇、进农村、进家庭.
 */
public enum Setting {
  /** Communities (进社区). */
  COMMUNITY,
  /** Workplaces and organisations (进单位). */
  WORKPLACE,
  /** Schools (进学校). */
  SCHOOL,
  /** Public leisure venues (进场所). */
  VENUE,
  /** Office buildings (进楼宇). */
  BUILDING,
  /** Rural areas (进农村). */
  RURAL,
  /** Families (进家庭). */
  FAMILY;

  /**
   * Returns the name used in JSON and in criterion ids: lower case, words joined by hyphens.
   *
   * @return for example {@code "community"} for {@link #COMMUNITY}
   */
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Finds the constant with a wire name, exactly (case-sensitive).
   *
   * @param wireName the name as written in JSON
   * @return the constant, or empty if the name is not one of this type's
   */
  public static Optional<Setting> fromWireName(String wireName) {
    return WireNames.find(Setting.class, wireName);
  }
}
