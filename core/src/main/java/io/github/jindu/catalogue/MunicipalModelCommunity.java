package io.github.jindu.catalogue;

import io.github.jindu.CountUnit;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.EventType;
import io.github.jindu.Indicator;
import io.github.jindu.Metric;
import io.github.jindu.MetricKey;
import io.github.jindu.Ratio;
import io.github.jindu.Setting;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

/**
 * The default criteria set {@code municipal-model-community} (市禁毒工作示范社区): the 10 indicators (一级指标) and 51
 * criteria (二级指标) of the source policy's part 二 "主要指标和任务", as docs/spec/criteria.md (revision 2) specifies
 * them, for towns (镇) and streets (街道). It has no veto rule: 二(三)'s 一票否决 sentence is the town's rule for its
 * grassroots units, so it is the criterion {@code responsibility.veto-applied}, not a veto of the town's title. It is defined once, here, in Java; jindu-json ships its
 * {@code criteria/1} form, which a test there proves is exactly what the writer writes for this set, and
 * docs/catalogue.md is generated from that form.
 *
 * <p>Interpretations (each documented in docs/interpretations.md): 年初 "the start of the year" is read as "from 1
 * October of the preceding year to 31 March" unless the caller names another window
 * ({@link #criteriaSet(MonthDay, MonthDay)}); a concentrated campaign counts as a monthly activity; families sign no
 * responsibility letter; 其中 in 二(十) makes those
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

  /** The default deadline of 年初有计划, 31 March (inclusive). */
  public static final MonthDay DEFAULT_PLAN_DEADLINE = MonthDay.of(3, 31);

  /** The default first day of 年初有计划's window, 1 October of the preceding year (inclusive). */
  public static final MonthDay DEFAULT_PLAN_WINDOW_FROM = ByDate.DEFAULT_WINDOW_FROM;

  private static final CriteriaSet DEFAULT =
      define(DEFAULT_PLAN_WINDOW_FROM, DEFAULT_PLAN_DEADLINE);

  private MunicipalModelCommunity() {}

  /**
   * Returns the default criteria set, with the prevention plan due by {@link #DEFAULT_PLAN_DEADLINE}.
   *
   * @return the set: 10 indicators, 51 criteria, no veto rule
   */
  public static CriteriaSet criteriaSet() {
    return DEFAULT;
  }

  /**
   * Returns the default criteria set with another deadline for 年初有计划 ({@code prevention.annual-plan}, 二(五)),
   * for a district that reads 年初 differently; the set's fingerprint changes with it.
   *
   * @param planDeadline the last day, inclusive, of the year on which the plan may be adopted
   * @return the set
   */
  public static CriteriaSet criteriaSet(MonthDay planDeadline) {
    return criteriaSet(DEFAULT_PLAN_WINDOW_FROM, planDeadline);
  }

  /**
   * Returns the default criteria set with another window for 年初有计划 ({@code prevention.annual-plan}, 二(五)): a
   * plan dated from {@code windowFrom} (its last occurrence on or before the deadline, so {@code --10-01} means 1
   * October of the preceding year) to {@code planDeadline}, both inclusive, meets it; the fingerprint changes with
   * the window.
   *
   * @param windowFrom the first day of the window, such as {@link #DEFAULT_PLAN_WINDOW_FROM}
   * @param planDeadline the last day, inclusive, of the year on which the plan may be adopted
   * @return the set
   */
  public static CriteriaSet criteriaSet(MonthDay windowFrom, MonthDay planDeadline) {
    return windowFrom.equals(DEFAULT_PLAN_WINDOW_FROM) && planDeadline.equals(DEFAULT_PLAN_DEADLINE)
        ? DEFAULT
        : define(windowFrom, planDeadline);
  }

  private static Criterion criterion(
      String id,
      String chineseName,
      String traditionalChineseName,
      String englishName,
      String clause,
      Threshold threshold) {
    return criterion(
        id, chineseName, traditionalChineseName, englishName, clause, threshold, false);
  }

  /** An advisory criterion (力争 "strive for"): reported, never gating. */
  private static Criterion advisory(
      String id,
      String chineseName,
      String traditionalChineseName,
      String englishName,
      String clause,
      Threshold threshold) {
    return criterion(id, chineseName, traditionalChineseName, englishName, clause, threshold, true);
  }

  private static Criterion criterion(
      String id,
      String chineseName,
      String traditionalChineseName,
      String englishName,
      String clause,
      Threshold threshold,
      boolean advisory) {
    return Criterion.builder()
        .id(id)
        .chineseName(chineseName)
        .traditionalChineseName(traditionalChineseName)
        .englishName(englishName)
        .clause(clause)
        .threshold(threshold)
        .advisory(advisory)
        .build();
  }

  /** {@return the bar "at least {@code bound} of {@code whole} is {@code part}" (达到…以上, inclusive)} */
  private static MinShare atLeast(MetricKey part, MetricKey whole, Ratio bound) {
    return MinShare.of(part, whole, bound, Comparison.AT_LEAST);
  }

  /** The set, criterion by criterion, in catalogue order; every count key is a constant of {@link Metrics}. */
  private static CriteriaSet define(MonthDay windowFrom, MonthDay planDeadline) {
    return CriteriaSet.builder()
        .id(ID)
        .version("2009")
        .chineseName("市禁毒工作示范社区")
        .traditionalChineseName("市禁毒工作示範社區")
        .englishName("municipal drug-control model community")
        .source("禁毒示范社区评选工作意见（镇禁毒工作领导小组，上海，约2009年）")
        .addUnitKinds(UnitKind.TOWN, UnitKind.STREET)
        .annual(true)
        .calendarYear(true)
        .addMetricDefinitions(
            Metric.of(
                Metrics.POPULATION_ACTUAL, "实有人口", "實有人口", "actual population", CountUnit.PEOPLE))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.POPULATION_REACHED,
                    "受到禁毒宣传教育的实有人口",
                    "受到禁毒宣傳教育的實有人口",
                    "actual population reached by prevention education",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(Metrics.YOUTH_TOTAL, "社区青少年", "社區青少年", "community youth", CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.YOUTH_REACHED,
                    "受到禁毒宣传教育的社区青少年",
                    "受到禁毒宣傳教育的社區青少年",
                    "community youth reached",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.YOUTH_TOTAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.STUDENTS_TOTAL,
                    "中小学校适龄学生",
                    "中小學校適齡學生",
                    "school-age primary and secondary students",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.STUDENTS_REACHED,
                    "受到禁毒教育的适龄学生",
                    "受到禁毒教育的適齡學生",
                    "school-age students reached",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.STUDENTS_TOTAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.FOREIGNERS_TOTAL, "境外人员", "境外人員", "foreign nationals", CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.FOREIGNERS_REACHED,
                    "受到禁毒宣传的境外人员",
                    "受到禁毒宣傳的境外人員",
                    "foreign nationals reached",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.FOREIGNERS_TOTAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.MIGRANTS_TOTAL,
                    "外省市来沪人员",
                    "外省市來滬人員",
                    "migrants from other provinces",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.MIGRANTS_REACHED,
                    "受到禁毒宣传的来沪人员",
                    "受到禁毒宣傳的來滬人員",
                    "migrants reached",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.MIGRANTS_TOTAL))
        .addMetricDefinitions(
            Metric.of(
                Metrics.VOLUNTEERS,
                "社区禁毒志愿者人数",
                "社區禁毒志願者人數",
                "drug-control volunteers",
                CountUnit.PEOPLE))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.SEPARATED_USERS_FOUND,
                    "已查找发现的人户分离吸毒人员",
                    "已查找發現的人戶分離吸毒人員",
                    "separated users found",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.SEPARATED_USERS_TOTAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.SEPARATED_USERS_TOTAL,
                    "应查找的人户分离吸毒人员",
                    "應查找的人戶分離吸毒人員",
                    "separated users to be found",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.USERS_REGISTERED))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.URINE_TEST_PERSONS_TESTED,
                    "实际尿检人数",
                    "實際尿檢人數",
                    "persons tested",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.URINE_TEST_PERSONS_DUE, Metrics.URINE_TEST_TESTS_DONE))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.URINE_TEST_PERSONS_DUE,
                    "应尿检人数",
                    "應尿檢人數",
                    "persons due for a urine test",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.USERS_REGISTERED, Metrics.URINE_TEST_TESTS_DUE))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.URINE_TEST_TESTS_DONE,
                    "实际尿检次数",
                    "實際尿檢次數",
                    "urine tests done",
                    CountUnit.TESTS)
                .asPartOf(Metrics.URINE_TEST_TESTS_DUE))
        .addMetricDefinitions(
            Metric.of(
                Metrics.URINE_TEST_TESTS_DUE, "应尿检次数", "應尿檢次數", "urine tests due", CountUnit.TESTS))
        .addMetricDefinitions(
            Metric.of(
                Metrics.EMPLOYMENT_PLACEMENTS,
                "安置就业与推荐就业人数合计",
                "安置就業與推薦就業人數合計",
                "job placements plus referrals",
                CountUnit.PEOPLE))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.USERS_NEW,
                    "年度新滋生吸毒人员",
                    "年度新滋生吸毒人員",
                    "users newly emerged in the year",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.USERS_ABSTINENT_1Y,
                    "戒断毒瘾一年(含)以上人数",
                    "戒斷毒癮一年(含)以上人數",
                    "users abstinent one year or more",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.USERS_REGISTERED))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.USERS_REGISTERED,
                    "登记在册吸毒人员",
                    "登記在冊吸毒人員",
                    "registered drug users",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.POPULATION_ACTUAL))
        .addMetricDefinitions(
            Metric.of(
                    Metrics.USERS_ABSTINENT_3Y,
                    "戒断毒瘾三年以上人数",
                    "戒斷毒癮三年以上人數",
                    "users abstinent three years or more",
                    CountUnit.PEOPLE)
                .asPartOf(Metrics.USERS_ABSTINENT_1Y))
        .addMetricDefinitions(
            Metric.of(
                Metrics.CASES_DRUG_RELATED,
                "涉毒八类刑事案件数",
                "涉毒八類刑事案件數",
                "drug-related criminal cases (eight categories)",
                CountUnit.CASES))
        .addMetricDefinitions(
            Metric.of(
                Metrics.HOTSPOTS,
                "吸毒贩毒问题突出的地区、路段、场所数",
                "吸毒販毒問題突出的地區、路段、場所數",
                "areas, roads or venues with a prominent drug problem",
                CountUnit.PLACES))
        .addMetricDefinitions(
            Metric.of(
                Metrics.PRODUCTION_SITES,
                "制造、加工窝点数",
                "製造、加工窩點數",
                "production or processing dens",
                CountUnit.PLACES))
        .addMetricDefinitions(
            Metric.of(
                Metrics.DRUG_INDUCED_SERIOUS_CASES,
                "因毒品引发的恶性治安案件数",
                "因毒品引發的惡性治安案件數",
                "serious public-order cases caused by drugs",
                CountUnit.CASES))
        .addIndicators(
            Indicator.builder()
                .id("leadership")
                .chineseName("组织领导健全")
                .traditionalChineseName("組織領導健全")
                .englishName("leadership is sound")
                .clause("二(一)")
                .addCriteria(
                    criterion(
                        "leadership.in-development-plan",
                        "禁毒工作纳入镇经济社会发展规划",
                        "禁毒工作納入鎮經濟社會發展規劃",
                        "drug control is part of the town's economic and social development plan",
                        "二(一)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "leadership.regular-study",
                        "镇党委、政府定期研究禁毒工作",
                        "鎮黨委、政府定期研究禁毒工作",
                        "party committee and government study drug control regularly",
                        "二(一)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "leadership.first-responsible",
                        "党政主要领导履行禁毒工作第一责任人职责",
                        "黨政主要領導履行禁毒工作第一責任人職責",
                        "principal leaders act as first responsible persons",
                        "二(一)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "leadership.leading-group",
                        "禁毒工作领导小组及其办公室组织健全，活动经常",
                        "禁毒工作領導小組及其辦公室組織健全，活動經常",
                        "leading group and its office are constituted and active",
                        "二(一)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "leadership.member-duties",
                        "成员单位责任分工明确，履行法定职责",
                        "成員單位責任分工明確，履行法定職責",
                        "member units have clear duties and perform them",
                        "二(一)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("workforce")
                .chineseName("工作力量落实")
                .traditionalChineseName("工作力量落實")
                .englishName("the workforce is in place")
                .clause("二(二)")
                .addCriteria(
                    criterion(
                        "workforce.staff-on-duty",
                        "专职干部、禁毒社工及兼职干部认真履职",
                        "專職幹部、禁毒社工及兼職幹部認真履職",
                        "full-time cadres, social workers and part-time cadres perform their duties",
                        "二(二)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "workforce.volunteers-growing",
                        "社区禁毒志愿者队伍规模不断扩大",
                        "社區禁毒志願者隊伍規模不斷擴大",
                        "the volunteer corps keeps growing",
                        "二(二)",
                        Increase.ofCount(Metrics.VOLUNTEERS)))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("responsibility")
                .chineseName("目标责任明确")
                .traditionalChineseName("目標責任明確")
                .englishName("targets and responsibilities are clear")
                .clause("二(三)")
                .addCriteria(
                    criterion(
                        "responsibility.systems",
                        "健全领导责任制和目标管理责任制",
                        "健全領導責任制和目標管理責任制",
                        "leadership and target-management responsibility systems exist",
                        "二(三)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "responsibility.letters-biennial",
                        "与各村、居委及驻区单位每两年签订一次禁毒工作责任书",
                        "與各村、居委及駐區單位每兩年簽訂一次禁毒工作責任書",
                        "a responsibility letter with every village, residents' committee and resident unit"
                            + " at least every two years",
                        "二(三)",
                        Within.of(EventType.RESPONSIBILITY_LETTER, 2)))
                .addCriteria(
                    criterion(
                        "responsibility.rewards-linked",
                        "与各单位主要责任人、直接责任人奖惩挂钩",
                        "與各單位主要責任人、直接責任人獎懲掛鉤",
                        "rewards and penalties are tied to it",
                        "二(三)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "responsibility.in-basic-assessment",
                        "禁毒工作列为对基层单位的基本考核内容之一",
                        "禁毒工作列為對基層單位的基本考核內容之一",
                        "drug control is part of every grassroots unit's basic assessment",
                        "二(三)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "responsibility.veto-applied",
                        "对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决",
                        "對因領導不力、措施不落實導致毒品問題發展蔓延的單位，實行社會治安綜合治理一票否決",
                        "in the town's assessment of its grassroots units, a unit whose weak leadership or unimplemented"
                            + " measures let the drug problem spread is vetoed (comprehensive public-order veto)",
                        "二(三)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("funding")
                .chineseName("经费保障充分")
                .traditionalChineseName("經費保障充分")
                .englishName("funding is sufficient")
                .clause("二(四)")
                .addCriteria(
                    criterion(
                        "funding.in-annual-budget",
                        "禁毒工作经费纳入镇政府每年财政预算",
                        "禁毒工作經費納入鎮政府每年財政預算",
                        "funding is in the town's annual budget",
                        "二(四)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "funding.proportionate",
                        "与本镇经济社会发展水平相适应，经费使用规范、合理",
                        "與本鎮經濟社會發展水平相適應，經費使用規範、合理",
                        "proportionate to the town's development, spent properly",
                        "二(四)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "funding.units-sufficient",
                        "各职能部门、基层单位保证经费投入满足实际需要",
                        "各職能部門、基層單位保證經費投入滿足實際需要",
                        "departments and grassroots units fund their actual needs",
                        "二(四)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("prevention")
                .chineseName("预防教育深入")
                .traditionalChineseName("預防教育深入")
                .englishName("prevention education goes deep")
                .clause("二(五)")
                .addCriteria(
                    criterion(
                        "prevention.annual-plan",
                        "年初有计划",
                        "年初有計劃",
                        "a prevention plan adopted at the start of the year",
                        "二(五)",
                        ByDate.of(EventType.PREVENTION_PLAN, windowFrom, planDeadline)))
                .addCriteria(
                    criterion(
                        "prevention.monthly-activities",
                        "月月有活动",
                        "月月有活動",
                        "at least one activity in every month",
                        "二(五)",
                        EveryPeriod.of(
                            EventType.PREVENTION_ACTIVITY,
                            Cadence.MONTH,
                            Set.of(EventType.PREVENTION_CAMPAIGN))))
                .addCriteria(
                    criterion(
                        "prevention.half-yearly-campaign",
                        "每半年组织一次集中宣传教育",
                        "每半年組織一次集中宣傳教育",
                        "a concentrated campaign in every half-year",
                        "二(五)",
                        EveryPeriod.of(EventType.PREVENTION_CAMPAIGN, Cadence.HALF_YEAR)))
                .addCriteria(
                    criterion(
                        "prevention.seven-settings",
                        "“七进”：进社区、进单位、进学校、进场所、进楼宇、进农村、进家庭",
                        "“七進”：進社區、進單位、進學校、進場所、進樓宇、進農村、進家庭",
                        "activities reach all seven settings: community, workplace, school, venue, office building,"
                            + " rural area, family",
                        "二(五)",
                        AllOf.of(EventType.PREVENTION_ACTIVITY, EnumSet.allOf(Setting.class))))
                .addCriteria(
                    criterion(
                        "prevention.population-coverage",
                        "辖区实有人口宣传覆盖率达到90%以上",
                        "轄區實有人口宣傳覆蓋率達到90%以上",
                        "coverage of the actual (resident) population >= 90 %",
                        "二(五)",
                        atLeast(
                            Metrics.POPULATION_REACHED,
                            Metrics.POPULATION_ACTUAL,
                            Ratio.of(9, 10))))
                .addCriteria(
                    criterion(
                        "prevention.youth-coverage",
                        "社区青少年宣传覆盖率达到90%以上",
                        "社區青少年宣傳覆蓋率達到90%以上",
                        "coverage of community youth >= 90 %",
                        "二(五)",
                        atLeast(Metrics.YOUTH_REACHED, Metrics.YOUTH_TOTAL, Ratio.of(9, 10))))
                .addCriteria(
                    criterion(
                        "prevention.student-coverage",
                        "中小学校适龄学生达到100%",
                        "中小學校適齡學生達到100%",
                        "coverage of school-age primary and secondary students = 100 %",
                        "二(五)",
                        atLeast(Metrics.STUDENTS_REACHED, Metrics.STUDENTS_TOTAL, Ratio.ONE)))
                .addCriteria(
                    criterion(
                        "prevention.foreigner-coverage-rising",
                        "境外人员禁毒宣传的覆盖率增强",
                        "境外人員禁毒宣傳的覆蓋率增強",
                        "coverage of foreign nationals rises",
                        "二(五)",
                        Increase.ofShare(Metrics.FOREIGNERS_REACHED, Metrics.FOREIGNERS_TOTAL)))
                .addCriteria(
                    criterion(
                        "prevention.migrant-coverage-rising",
                        "外省市来沪人员禁毒宣传的覆盖率增强",
                        "外省市來滬人員禁毒宣傳的覆蓋率增強",
                        "coverage of migrants from other provinces rises",
                        "二(五)",
                        Increase.ofShare(Metrics.MIGRANTS_REACHED, Metrics.MIGRANTS_TOTAL)))
                .addCriteria(
                    criterion(
                        "prevention.awareness",
                        "各类人群防范新型毒品、参与禁毒斗争的意识明显增强",
                        "各類人群防範新型毒品、參與禁毒鬥爭的意識明顯增強",
                        "awareness clearly rises in every group",
                        "二(五)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("enforcement")
                .chineseName("打击整治有力")
                .traditionalChineseName("打擊整治有力")
                .englishName("enforcement and clean-up are forceful")
                .clause("二(六)")
                .addCriteria(
                    criterion(
                        "enforcement.hotspot-rectification",
                        "开展对毒品违法犯罪突出区域的集中整治",
                        "開展對毒品違法犯罪突出區域的集中整治",
                        "concentrated clean-up of drug-crime hot spots",
                        "二(六)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "enforcement.venue-management",
                        "加强对歌舞厅、KTV、宾旅馆、浴室、发廊等休闲服务场所的禁毒管理",
                        "加強對歌舞廳、KTV、賓旅館、浴室、髮廊等休閑服務場所的禁毒管理",
                        "drug-control management of leisure venues",
                        "二(六)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "enforcement.rental-housing",
                        "规范出租房屋管理",
                        "規範出租房屋管理",
                        "rental housing is managed",
                        "二(六)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "enforcement.grid-policing",
                        "平安管理站、社区警务站在“分区域、网格化”禁毒执法中发挥核心作用",
                        "平安管理站、社區警務站在“分區域、網格化”禁毒執法中發揮核心作用",
                        "grid-based policing by safety stations and police posts",
                        "二(六)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("rehabilitation")
                .chineseName("帮教机制完善")
                .traditionalChineseName("幫教機制完善")
                .englishName("help-and-education mechanisms are complete")
                .clause("二(七)")
                .addCriteria(
                    criterion(
                        "rehabilitation.procedures",
                        "健全管控帮教制度，规范工作流程",
                        "健全管控幫教制度，規範工作流程",
                        "control, help and education procedures are in place",
                        "二(七)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "rehabilitation.register-on-discovery",
                        "“发现一个、登记一个”",
                        "“發現一個、登記一個”",
                        "every user discovered is registered",
                        "二(七)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "rehabilitation.separated-discovery",
                        "人户分离吸毒人员查找发现率达到90%",
                        "人戶分離吸毒人員查找發現率達到90%",
                        "users living away from their household registration: found / to be found >= 90 %",
                        "二(七)",
                        atLeast(
                            Metrics.SEPARATED_USERS_FOUND,
                            Metrics.SEPARATED_USERS_TOTAL,
                            Ratio.of(9, 10))))
                .addCriteria(
                    criterion(
                        "rehabilitation.urine-test-persons",
                        "人在户在吸毒人员定期尿检，尿检人数达到90%以上",
                        "人在戶在吸毒人員定期尿檢，尿檢人數達到90%以上",
                        "persons tested / persons due >= 90 %",
                        "二(七)",
                        atLeast(
                            Metrics.URINE_TEST_PERSONS_TESTED,
                            Metrics.URINE_TEST_PERSONS_DUE,
                            Ratio.of(9, 10))))
                .addCriteria(
                    criterion(
                        "rehabilitation.urine-test-count",
                        "尿检次数达到90%以上",
                        "尿檢次數達到90%以上",
                        "tests done / tests due >= 90 %",
                        "二(七)",
                        atLeast(
                            Metrics.URINE_TEST_TESTS_DONE,
                            Metrics.URINE_TEST_TESTS_DUE,
                            Ratio.of(9, 10))))
                .addCriteria(
                    criterion(
                        "rehabilitation.assistance",
                        "落实帮困政策，加强自强就业基地建设",
                        "落實幫困政策，加強自強就業基地建設",
                        "hardship policy and self-reliance employment bases",
                        "二(七)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "rehabilitation.employment-rising",
                        "安置就业和推荐就业总量稳步提升",
                        "安置就業和推薦就業總量穩步提升",
                        "job placements plus referrals rise year on year",
                        "二(七)",
                        Increase.ofCount(Metrics.EMPLOYMENT_PLACEMENTS)))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("groundwork")
                .chineseName("基础工作扎实")
                .traditionalChineseName("基礎工作扎實")
                .englishName("groundwork is solid")
                .clause("二(八)")
                .addCriteria(
                    criterion(
                        "groundwork.ledgers",
                        "领导小组和各村、居委、公司、学校的禁毒工作台帐完整、准确、规范",
                        "領導小組和各村、居委、公司、學校的禁毒工作臺帳完整、準確、規範",
                        "ledgers complete and accurate at every level",
                        "二(八)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "groundwork.registration",
                        "及时排摸、发现、登记并如实上报各类吸毒人员",
                        "及時排摸、發現、登記並如實上報各類吸毒人員",
                        "users found, registered and reported on time",
                        "二(八)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "groundwork.quarterly-inspection",
                        "每季度开展禁毒工作检查",
                        "每季度開展禁毒工作檢查",
                        "an inspection in every quarter",
                        "二(八)",
                        EveryPeriod.of(EventType.INSPECTION, Cadence.QUARTER)))
                .addCriteria(
                    criterion(
                        "groundwork.quarterly-analysis",
                        "每季度开展毒情分析",
                        "每季度開展毒情分析",
                        "a drug-situation analysis in every quarter",
                        "二(八)",
                        EveryPeriod.of(EventType.SITUATION_ANALYSIS, Cadence.QUARTER)))
                .addCriteria(
                    criterion(
                        "groundwork.training",
                        "适时组织禁毒工作干部培训",
                        "適時組織禁毒工作幹部培訓",
                        "cadre training is organised",
                        "二(八)",
                        Attested.of()))
                .addCriteria(
                    criterion(
                        "groundwork.information",
                        "畅通信息渠道",
                        "暢通信息渠道",
                        "information channels work",
                        "二(八)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("distinction")
                .chineseName("创建特色鲜明")
                .traditionalChineseName("創建特色鮮明")
                .englishName("the community has distinctive features")
                .clause("二(九)")
                .addCriteria(
                    criterion(
                        "distinction.initiatives",
                        "积极开拓其他禁毒特色工作",
                        "積極開拓其他禁毒特色工作",
                        "distinctive initiatives of its own",
                        "二(九)",
                        Attested.of()))
                .addCriteria(
                    advisory(
                        "distinction.recognition",
                        "力争调研成果和实践经验得到市、区肯定推广",
                        "力爭調研成果和實踐經驗得到市、區肯定推廣",
                        "findings recognised by city or district",
                        "二(九)",
                        Attested.of()))
                .build())
        .addIndicators(
            Indicator.builder()
                .id("results")
                .chineseName("工作成效显著")
                .traditionalChineseName("工作成效顯著")
                .englishName("results are significant")
                .clause("二(十)")
                .addCriteria(
                    criterion(
                        "results.new-user-rate",
                        "年度新滋生吸毒人员与实有人口总数的比例不超过万分之零点五",
                        "年度新滋生吸毒人員與實有人口總數的比例不超過萬分之零點五",
                        "newly emerged users in the year / actual population <= 0.5 per 10,000",
                        "二(十)",
                        MaxRate.of(
                            Metrics.USERS_NEW,
                            Metrics.POPULATION_ACTUAL,
                            Ratio.of(1, 2),
                            10_000,
                            Comparison.AT_MOST)))
                .addCriteria(
                    criterion(
                        "results.abstinence-1y",
                        "戒断毒瘾一年(含)以上人数达到登记在册吸毒人员总数的百分之三十",
                        "戒斷毒癮一年(含)以上人數達到登記在冊吸毒人員總數的百分之三十",
                        "abstinent >= 1 year (inclusive) / registered users >= 30 %",
                        "二(十)",
                        atLeast(
                            Metrics.USERS_ABSTINENT_1Y, Metrics.USERS_REGISTERED, Ratio.of(3, 10))))
                .addCriteria(
                    criterion(
                        "results.abstinence-3y",
                        "其中戒断毒瘾三年以上人数不少于二分之一",
                        "其中戒斷毒癮三年以上人數不少於二分之一",
                        "of those, abstinent >= 3 years / abstinent >= 1 year >= 1/2",
                        "二(十)",
                        atLeast(
                            Metrics.USERS_ABSTINENT_3Y,
                            Metrics.USERS_ABSTINENT_1Y,
                            Ratio.of(1, 2))))
                .addCriteria(
                    criterion(
                        "results.case-rate-lowest",
                        "涉毒八类刑事案件万人发案率在全区最低",
                        "涉毒八類刑事案件萬人發案率在全區最低",
                        "drug-related criminal cases (eight categories) per 10,000 population: lowest in the district",
                        "二(十)",
                        LowestAmongPeers.of(Metrics.CASES_DRUG_RELATED, Metrics.POPULATION_ACTUAL)))
                .addCriteria(
                    criterion(
                        "results.no-hotspots",
                        "无吸毒贩毒问题突出的地区、路段、场所",
                        "無吸毒販毒問題突出的地區、路段、場所",
                        "no area, road or venue with a prominent drug problem",
                        "二(十)",
                        ZeroCount.of(Metrics.HOTSPOTS)))
                .addCriteria(
                    criterion(
                        "results.no-production",
                        "无制造、加工窝点",
                        "無製造、加工窩點",
                        "no production or processing den",
                        "二(十)",
                        ZeroCount.of(Metrics.PRODUCTION_SITES)))
                .addCriteria(
                    criterion(
                        "results.no-drug-induced-serious-cases",
                        "不发生因毒品引发的恶性治安案件",
                        "不發生因毒品引發的惡性治安案件",
                        "no serious public-order case caused by drugs",
                        "二(十)",
                        ZeroCount.of(Metrics.DRUG_INDUCED_SERIOUS_CASES)))
                .build())
        .build();
  }
}
