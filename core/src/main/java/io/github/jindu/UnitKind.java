package io.github.jindu;

/**
 * The kind of a unit (单位类别): the towns and streets that are assessed on the municipal catalogue, and the
 * sub-units that pursue their own titles (分级创建, 三(二)). Wire names as in evidence-format.md.
 */
public enum UnitKind {
  /** A town (镇), assessed on the municipal catalogue. */
  TOWN("镇"),
  /** A street or sub-district (街道), assessed on the municipal catalogue. */
  STREET("街道"),
  /** A village (村), a sub-unit. */
  VILLAGE("村"),
  /** A residents' committee (居委会), a sub-unit. */
  RESIDENTS_COMMITTEE("居委会"),
  /** A company (公司) resident in the unit, a sub-unit. */
  COMPANY("公司"),
  /** A school (学校), a sub-unit. */
  SCHOOL("学校"),
  /** A family (家庭), the smallest sub-unit (无毒家庭). */
  FAMILY("家庭");

  private final String chineseName;

  UnitKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name of this kind of unit, as a report prints it.
   *
   * @return for example {@code "镇"}
   */
  public String chineseName() {
    return chineseName;
  }
}
