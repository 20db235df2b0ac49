package io.github.jindu.catalogue;

import io.github.jindu.ByDate;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.EventType;
import io.github.jindu.Indicator;
import io.github.jindu.json.CriteriaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.MonthDay;

/**
 * The default criteria set {@code municipal-model-community} (市禁毒工作示范社区): the 10 indicators (一级指标), 50
 * criteria (二级指标) and one veto (一票否决) of the source policy's part 二 "主要指标和任务", as criteria.md
 * specifies them, for towns (镇) and streets (街道). It is defined once, as data: the {@code criteria/1} resource
 * {@link #RESOURCE} of jindu-core, loaded by {@link CriteriaJson}; docs/catalogue.md is generated from it.
 *
 * <p>Interpretations (each documented in docs/interpretations.md): 年初 "the start of the year" is read as "by 31
 * March" unless the caller names another deadline ({@link #criteriaSet(MonthDay)}); 其中 in 二(十) makes those
 * abstinent one year or more the denominator of the three-year share; 力争 "strive for" makes
 * {@code distinction.recognition} advisory.
 *
 * <pre>{@code
 * AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);
 * }</pre>
 */
public final class MunicipalModelCommunity {
  /** The id of the set, {@value}; public API, written in every result. */
  public static final String ID = "municipal-model-community";

  /** The id of the set's veto rule, {@value} (二(三)). */
  public static final String VETO_LEADERSHIP_FAILURE = "veto.leadership-failure";

  /** The default deadline of 年初有计划, 31 March (inclusive). */
  public static final MonthDay DEFAULT_PLAN_DEADLINE = MonthDay.of(3, 31);

  private static final CriteriaSet DEFAULT = load();

  private MunicipalModelCommunity() {}

  /**
   * Returns the default criteria set, with the prevention plan due by {@link #DEFAULT_PLAN_DEADLINE}.
   *
   * @return the set: 10 indicators, 50 criteria, 1 veto rule
   */
  public static CriteriaSet criteriaSet() {
    return DEFAULT;
  }

  /**
   * Returns the default criteria set with another deadline for 年初有计划 ({@code prevention.annual-plan}, 二(五)),
   * for a district that reads 年初 differently.
   *
   * @param planDeadline the last day, inclusive, of the year on which the plan may be adopted
   * @return the set
   */
  public static CriteriaSet criteriaSet(MonthDay planDeadline) {
    return planDeadline.equals(DEFAULT_PLAN_DEADLINE) ? DEFAULT : withPlanDeadline(DEFAULT, planDeadline);
  }

  /** The classpath resource holding the set, in {@code criteria/1}: the one definition of it. */
  public static final String RESOURCE = "/io/github/jindu/catalogue/municipal-model-community.criteria.json";

  private static final String ANNUAL_PLAN = "prevention.annual-plan";

  private static CriteriaSet load() {
    try (InputStream in = MunicipalModelCommunity.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing from jindu-core");
      }
      return CriteriaJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
    }
  }

  /** Returns the bundled set with the deadline of 年初有计划 replaced; the fingerprint changes with it. */
  private static CriteriaSet withPlanDeadline(CriteriaSet set, MonthDay planDeadline) {
    CriteriaSet.Builder copy = CriteriaSet.builder()
        .id(set.id())
        .version(set.version())
        .chineseName(set.chineseName())
        .englishName(set.englishName())
        .addAllUnitKinds(set.unitKinds())
        .annual(set.annual())
        .addAllMetricDefinitions(set.metricDefinitions())
        .addAllVetoRules(set.vetoRules());
    set.source().ifPresent(copy::source);
    set.inForceFrom().ifPresent(copy::inForceFrom);
    set.inForceUntil().ifPresent(copy::inForceUntil);
    for (Indicator indicator : set.indicators()) {
      Indicator.Builder changed = Indicator.builder().id(indicator.id()).chineseName(indicator.chineseName())
          .englishName(indicator.englishName()).clause(indicator.clause());
      for (Criterion c : indicator.criteria()) {
        changed.addCriteria(!c.id().equals(ANNUAL_PLAN) ? c : Criterion.builder()
            .id(c.id())
            .chineseName(c.chineseName())
            .englishName(c.englishName())
            .clause(c.clause())
            .advisory(c.advisory())
            .threshold(ByDate.of(EventType.PREVENTION_PLAN, planDeadline))
            .build());
      }
      copy.addIndicators(changed.build());
    }
    return copy.build();
  }
}
