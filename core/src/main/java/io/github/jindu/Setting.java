package io.github.jindu;

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
}
