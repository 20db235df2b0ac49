package io.github.jindu.examples;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.EventType;
import io.github.jindu.Indicator;
import io.github.jindu.MetricKey;
import io.github.jindu.Ratio;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoRule;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.district.Title;
import io.github.jindu.district.Titles;

/**
 * 示例 — an illustration only, not the policy: a small criteria set for the title 无毒校园 (drug-free campus,
 * {@link Title#DRUG_FREE_CAMPUS}), to show how a district supplies its own set for a sub-unit's title and assesses
 * its schools with {@link Titles}. The source policy names the titles of the tiers (分级创建) but gives no criteria
 * for any of them, so Jindu's core ships none; these four criteria are made up for the example and every name,
 * id and clause says so ({@code 示例}, {@code illustration}).
 *
 * <ul>
 *   <li>{@code illustration.campus.student-coverage}: every student reached by drug-prevention education,
 *       {@code students.reached / students.total = 100 %};
 *   <li>{@code illustration.campus.half-yearly-activity}: a prevention activity in every half-year;
 *   <li>{@code illustration.campus.no-student-users}: no student who uses drugs ({@code students.users = 0});
 *   <li>{@code illustration.campus.responsible-person}: a person responsible for drug control is appointed
 *       (attested).
 * </ul>
 *
 * <p>It also has one veto rule that is the policy's own: {@value #VETO_LEADERSHIP_FAILURE}, the last sentence of
 * 二(三) (对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决), which is the town's rule for its grassroots
 * units, so it belongs to a sub-unit's title, not to the town's (docs/spec/criteria.md revision 2). A school's
 * evidence must therefore record the veto check: no {@code vetoes} list leaves it 材料不全 (INCOMPLETE), an empty
 * one means "checked, none found", and a finding makes it 一票否决 (VETOED).
 *
 * <pre>{@code
 * AssessmentResult school = Titles.assess(townTree, "310199-003-05", Title.DRUG_FREE_CAMPUS,
 *     IllustrativeDrugFreeCampus.criteriaSet());
 * }</pre>
 */
public final class IllustrativeDrugFreeCampus {
  /** The set's id, {@value}: the prefix {@code illustration.} marks it as made up. */
  public static final String ID = "illustration.drug-free-campus";

  /** Students in the school (在校学生数), an illustrative count. */
  public static final MetricKey STUDENTS_TOTAL = MetricKey.of("students.total");

  /** Students reached by drug-prevention education (受禁毒教育学生数), an illustrative count. */
  public static final MetricKey STUDENTS_REACHED = MetricKey.of("students.reached");

  /** Students found to use drugs (在校学生吸毒人数), an illustrative count. */
  public static final MetricKey STUDENTS_USERS = MetricKey.of("students.users");

  /** The id of the set's veto rule, {@value}: the 综治 veto of 二(三), applied to the school. */
  public static final String VETO_LEADERSHIP_FAILURE = "veto.leadership-failure";

  private static final String CLAUSE = "示例";

  private static final CriteriaSet SET =
      CriteriaSet.builder()
          .id(ID)
          .chineseName("示例：无毒校园（仅作演示，非政策规定）")
          .englishName("illustration only: drug-free campus (not from the policy)")
          .source("示例，非政策原文：政策只列出无毒校园等称号，未规定其标准")
          .addUnitKinds(UnitKind.SCHOOL)
          .addIndicators(
              Indicator.builder()
                  .id("illustration.campus-education")
                  .chineseName("示例：禁毒教育")
                  .englishName("illustration: drug-prevention education")
                  .clause(CLAUSE)
                  .addCriteria(
                      criterion(
                          "illustration.campus.student-coverage",
                          "示例：在校学生禁毒教育覆盖率达到100%",
                          "illustration: every student reached by drug-prevention education",
                          MinShare.atLeast(STUDENTS_REACHED, STUDENTS_TOTAL, Ratio.ONE)),
                      criterion(
                          "illustration.campus.half-yearly-activity",
                          "示例：每半年至少开展一次禁毒教育活动",
                          "illustration: a prevention activity in every half-year",
                          EveryPeriod.of(EventType.PREVENTION_ACTIVITY, Cadence.HALF_YEAR)))
                  .build(),
              Indicator.builder()
                  .id("illustration.campus-results")
                  .chineseName("示例：创建成效")
                  .englishName("illustration: results")
                  .clause(CLAUSE)
                  .addCriteria(
                      criterion(
                          "illustration.campus.no-student-users",
                          "示例：在校学生无吸毒人员",
                          "illustration: no student uses drugs",
                          ZeroCount.of(STUDENTS_USERS)),
                      criterion(
                          "illustration.campus.responsible-person",
                          "示例：明确学校禁毒工作责任人",
                          "illustration: a person responsible for drug control is appointed",
                          Attested.of()))
                  .build())
          .addVetoRules(
              VetoRule.builder()
                  .id(VETO_LEADERSHIP_FAILURE)
                  .chineseName("对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决")
                  .traditionalChineseName("對因領導不力、措施不落實導致毒品問題發展蔓延的單位，實行社會治安綜合治理一票否決")
                  .englishName(
                      "comprehensive public-order veto: weak leadership or unimplemented measures let the drug"
                          + " problem spread")
                  .clause("二(三)")
                  .build())
          .build();

  private IllustrativeDrugFreeCampus() {}

  /**
   * Returns the illustrative set (示例), for schools only.
   *
   * @return the set {@value #ID}: 2 indicators, 4 criteria, 1 veto rule ({@value #VETO_LEADERSHIP_FAILURE})
   */
  public static CriteriaSet criteriaSet() {
    return SET;
  }

  private static Criterion criterion(
      String id, String chinese, String english, Threshold threshold) {
    return Criterion.builder()
        .id(id)
        .chineseName(chinese)
        .englishName(english)
        .clause(CLAUSE)
        .threshold(threshold)
        .build();
  }
}
