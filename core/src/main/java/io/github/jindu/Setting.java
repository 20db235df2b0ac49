package io.github.jindu;

/**
 * One of the seven settings that prevention education must reach (七进, 二(五)): 进社区、进单位、进学校、进场所、
 * 进楼宇、进农村、进家庭.
 */
public enum Setting {
  /** Communities (进社区). */
  COMMUNITY("社区"),
  /** Workplaces and organisations (进单位). */
  WORKPLACE("单位"),
  /** Schools (进学校). */
  SCHOOL("学校"),
  /** Public leisure venues (进场所). */
  VENUE("场所"),
  /** Office buildings (进楼宇). */
  BUILDING("楼宇"),
  /** Rural areas (进农村). */
  RURAL("农村"),
  /** Families (进家庭). */
  FAMILY("家庭");

  private final String chineseName;

  Setting(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name of this setting, as a report prints it.
   *
   * @return for example {@code "社区"}
   */
  public String chineseName() {
    return chineseName;
  }
}
