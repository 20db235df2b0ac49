package io.github.jindu;

/**
 * The kind of a unit (单位类别): the towns and streets that are assessed on the municipal catalogue, and the
 * sub-units that pursue their own titles (分级创建, 三(二)). Wire names as in docs/evidence-format.md.
 */
public enum UnitKind {
  /** A town (镇), assessed on the municipal catalogue. */
  TOWN,
  /** A street or sub-district (街道), assessed on the municipal catalogue. */
  STREET,
  /** A village (村), a sub-unit. */
  VILLAGE,
  /** A residents' committee (居委会), a sub-unit. */
  RESIDENTS_COMMITTEE,
  /** A company (公司) resident in the unit, a sub-unit. */
  COMPANY,
  /** A school (学校), a sub-unit. */
  SCHOOL,
  /** A family (家庭), the smallest sub-unit (无毒家庭). */
  FAMILY;
}
