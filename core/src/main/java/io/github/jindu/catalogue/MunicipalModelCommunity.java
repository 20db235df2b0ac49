package io.github.jindu.catalogue;

import io.github.jindu.AllOf;
import io.github.jindu.Attested;
import io.github.jindu.ByDate;
import io.github.jindu.Cadence;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.EventType;
import io.github.jindu.EveryPeriod;
import io.github.jindu.Increase;
import io.github.jindu.Indicator;
import io.github.jindu.LowestAmongPeers;
import io.github.jindu.MaxRate;
import io.github.jindu.MinShare;
import io.github.jindu.Ratio;
import io.github.jindu.Setting;
import io.github.jindu.Threshold;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoRule;
import io.github.jindu.Within;
import io.github.jindu.ZeroCount;
import java.time.MonthDay;
import java.util.EnumSet;

/**
 * The default criteria set {@code municipal-model-community} (市禁毒工作示范社区): the 10 indicators (一级指标), 50
 * criteria (二级指标) and one veto (一票否决) of the source policy's part 二 "主要指标和任务", as criteria.md
 * specifies them, for towns (镇) and streets (街道).
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

  /**
   * The policy the set encodes: a town's implementation opinion for creating the municipal drug-control model
   * community, issued by its drug-control leading group; internal evidence dates it to Shanghai around 2009.
   */
  public static final String SOURCE = "禁毒示范社区评选工作意见（镇禁毒工作领导小组，上海，约2009年）";

  /** The default deadline of 年初有计划, 31 March (inclusive). */
  public static final MonthDay DEFAULT_PLAN_DEADLINE = MonthDay.of(3, 31);

  private static final boolean ADVISORY = true;
  private static final boolean GATING = false;

  private static final CriteriaSet DEFAULT = build(DEFAULT_PLAN_DEADLINE);

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
    return planDeadline.equals(DEFAULT_PLAN_DEADLINE) ? DEFAULT : build(planDeadline);
  }

  private static CriteriaSet build(MonthDay planDeadline) {
    CriteriaSet.Builder set = CriteriaSet.builder()
        .id(ID)
        .chineseName("市禁毒工作示范社区")
        .englishName("municipal drug-control model community")
        .source(SOURCE)
        .addUnitKinds(UnitKind.TOWN, UnitKind.STREET);
    Indicator.Builder leadership = indicator("leadership", "组织领导健全", "leadership is sound", "二(一)");
    leadership.addCriteria(
        criterion("leadership.in-development-plan", "二(一)", GATING,
            "禁毒工作纳入镇经济社会发展规划",
            "drug control is part of the town's economic and social development plan",
            Attested.of()));
    leadership.addCriteria(
        criterion("leadership.regular-study", "二(一)", GATING,
            "镇党委、政府定期研究禁毒工作",
            "party committee and government study drug control regularly",
            Attested.of()));
    leadership.addCriteria(
        criterion("leadership.first-responsible", "二(一)", GATING,
            "党政主要领导履行禁毒工作第一责任人职责",
            "principal leaders act as first responsible persons",
            Attested.of()));
    leadership.addCriteria(
        criterion("leadership.leading-group", "二(一)", GATING,
            "禁毒工作领导小组及其办公室组织健全，活动经常",
            "leading group and its office are constituted and active",
            Attested.of()));
    leadership.addCriteria(
        criterion("leadership.member-duties", "二(一)", GATING,
            "成员单位责任分工明确，履行法定职责",
            "member units have clear duties and perform them",
            Attested.of()));
    set.addIndicators(leadership.build());
    Indicator.Builder workforce = indicator("workforce", "工作力量落实", "the workforce is in place", "二(二)");
    workforce.addCriteria(
        criterion("workforce.staff-on-duty", "二(二)", GATING,
            "专职干部、禁毒社工及兼职干部认真履职",
            "full-time cadres, social workers and part-time cadres perform their duties",
            Attested.of()));
    workforce.addCriteria(
        criterion("workforce.volunteers-growing", "二(二)", GATING,
            "社区禁毒志愿者队伍规模不断扩大",
            "the volunteer corps keeps growing",
            Increase.ofCount(Metrics.VOLUNTEERS)));
    set.addIndicators(workforce.build());
    Indicator.Builder responsibility = indicator("responsibility", "目标责任明确", "targets and responsibilities are clear", "二(三)");
    responsibility.addCriteria(
        criterion("responsibility.systems", "二(三)", GATING,
            "健全领导责任制和目标管理责任制",
            "leadership and target-management responsibility systems exist",
            Attested.of()));
    responsibility.addCriteria(
        criterion("responsibility.letters-biennial", "二(三)", GATING,
            "与各村、居委及驻区单位每两年签订一次禁毒工作责任书",
            "a responsibility letter with every village, residents' committee and resident unit at least every two years",
            Within.of(EventType.RESPONSIBILITY_LETTER, 2)));
    responsibility.addCriteria(
        criterion("responsibility.rewards-linked", "二(三)", GATING,
            "与各单位主要责任人、直接责任人奖惩挂钩",
            "rewards and penalties are tied to it",
            Attested.of()));
    responsibility.addCriteria(
        criterion("responsibility.in-basic-assessment", "二(三)", GATING,
            "禁毒工作列为对基层单位的基本考核内容之一",
            "drug control is part of every grassroots unit's basic assessment",
            Attested.of()));
    set.addIndicators(responsibility.build());
    Indicator.Builder funding = indicator("funding", "经费保障充分", "funding is sufficient", "二(四)");
    funding.addCriteria(
        criterion("funding.in-annual-budget", "二(四)", GATING,
            "禁毒工作经费纳入镇政府每年财政预算",
            "funding is in the town's annual budget",
            Attested.of()));
    funding.addCriteria(
        criterion("funding.proportionate", "二(四)", GATING,
            "与本镇经济社会发展水平相适应，经费使用规范、合理",
            "proportionate to the town's development, spent properly",
            Attested.of()));
    funding.addCriteria(
        criterion("funding.units-sufficient", "二(四)", GATING,
            "各职能部门、基层单位保证经费投入满足实际需要",
            "departments and grassroots units fund their actual needs",
            Attested.of()));
    set.addIndicators(funding.build());
    Indicator.Builder prevention = indicator("prevention", "预防教育深入", "prevention education goes deep", "二(五)");
    prevention.addCriteria(
        criterion("prevention.annual-plan", "二(五)", GATING,
            "年初有计划",
            "a prevention plan adopted at the start of the year",
            ByDate.of(EventType.PREVENTION_PLAN, planDeadline)));
    prevention.addCriteria(
        criterion("prevention.monthly-activities", "二(五)", GATING,
            "月月有活动",
            "at least one activity in every month",
            EveryPeriod.of(EventType.PREVENTION_ACTIVITY, Cadence.MONTH)));
    prevention.addCriteria(
        criterion("prevention.half-yearly-campaign", "二(五)", GATING,
            "每半年组织一次集中宣传教育",
            "a concentrated campaign in every half-year",
            EveryPeriod.of(EventType.PREVENTION_CAMPAIGN, Cadence.HALF_YEAR)));
    prevention.addCriteria(
        criterion("prevention.seven-settings", "二(五)", GATING,
            "“七进”：进社区、进单位、进学校、进场所、进楼宇、进农村、进家庭",
            "activities reach all seven settings: community, workplace, school, venue, office building, rural area, family",
            AllOf.of(EventType.PREVENTION_ACTIVITY, EnumSet.allOf(Setting.class))));
    prevention.addCriteria(
        criterion("prevention.population-coverage", "二(五)", GATING,
            "辖区实有人口宣传覆盖率达到90%以上",
            "coverage of the actual (resident) population >= 90 %",
            MinShare.atLeast(Metrics.POPULATION_REACHED, Metrics.POPULATION_ACTUAL, Ratio.of(90, 100))));
    prevention.addCriteria(
        criterion("prevention.youth-coverage", "二(五)", GATING,
            "社区青少年宣传覆盖率达到90%以上",
            "coverage of community youth >= 90 %",
            MinShare.atLeast(Metrics.YOUTH_REACHED, Metrics.YOUTH_TOTAL, Ratio.of(90, 100))));
    prevention.addCriteria(
        criterion("prevention.student-coverage", "二(五)", GATING,
            "中小学校适龄学生达到100%",
            "coverage of school-age primary and secondary students = 100 %",
            MinShare.atLeast(Metrics.STUDENTS_REACHED, Metrics.STUDENTS_TOTAL, Ratio.ONE)));
    prevention.addCriteria(
        criterion("prevention.foreigner-coverage-rising", "二(五)", GATING,
            "境外人员禁毒宣传的覆盖率增强",
            "coverage of foreign nationals rises",
            Increase.ofShare(Metrics.FOREIGNERS_REACHED, Metrics.FOREIGNERS_TOTAL)));
    prevention.addCriteria(
        criterion("prevention.migrant-coverage-rising", "二(五)", GATING,
            "外省市来沪人员禁毒宣传的覆盖率增强",
            "coverage of migrants from other provinces rises",
            Increase.ofShare(Metrics.MIGRANTS_REACHED, Metrics.MIGRANTS_TOTAL)));
    prevention.addCriteria(
        criterion("prevention.awareness", "二(五)", GATING,
            "各类人群防范新型毒品、参与禁毒斗争的意识明显增强",
            "awareness clearly rises in every group",
            Attested.of()));
    set.addIndicators(prevention.build());
    Indicator.Builder enforcement = indicator("enforcement", "打击整治有力", "enforcement and clean-up are forceful", "二(六)");
    enforcement.addCriteria(
        criterion("enforcement.hotspot-rectification", "二(六)", GATING,
            "开展对毒品违法犯罪突出区域的集中整治",
            "concentrated clean-up of drug-crime hot spots",
            Attested.of()));
    enforcement.addCriteria(
        criterion("enforcement.venue-management", "二(六)", GATING,
            "加强对歌舞厅、KTV、宾旅馆、浴室、发廊等休闲服务场所的禁毒管理",
            "drug-control management of leisure venues",
            Attested.of()));
    enforcement.addCriteria(
        criterion("enforcement.rental-housing", "二(六)", GATING,
            "规范出租房屋管理",
            "rental housing is managed",
            Attested.of()));
    enforcement.addCriteria(
        criterion("enforcement.grid-policing", "二(六)", GATING,
            "平安管理站、社区警务站在“分区域、网格化”禁毒执法中发挥核心作用",
            "grid-based policing by safety stations and police posts",
            Attested.of()));
    set.addIndicators(enforcement.build());
    Indicator.Builder rehabilitation = indicator("rehabilitation", "帮教机制完善", "help-and-education mechanisms are complete", "二(七)");
    rehabilitation.addCriteria(
        criterion("rehabilitation.procedures", "二(七)", GATING,
            "健全管控帮教制度，规范工作流程",
            "control, help and education procedures are in place",
            Attested.of()));
    rehabilitation.addCriteria(
        criterion("rehabilitation.register-on-discovery", "二(七)", GATING,
            "“发现一个、登记一个”",
            "every user discovered is registered",
            Attested.of()));
    rehabilitation.addCriteria(
        criterion("rehabilitation.separated-discovery", "二(七)", GATING,
            "人户分离吸毒人员查找发现率达到90%",
            "users living away from their household registration: found / to be found >= 90 %",
            MinShare.atLeast(Metrics.SEPARATED_USERS_FOUND, Metrics.SEPARATED_USERS_TOTAL, Ratio.of(90, 100))));
    rehabilitation.addCriteria(
        criterion("rehabilitation.urine-test-persons", "二(七)", GATING,
            "人在户在吸毒人员定期尿检，尿检人数达到90%以上",
            "persons tested / persons due >= 90 %",
            MinShare.atLeast(Metrics.URINE_TEST_PERSONS_TESTED, Metrics.URINE_TEST_PERSONS_DUE, Ratio.of(90, 100))));
    rehabilitation.addCriteria(
        criterion("rehabilitation.urine-test-count", "二(七)", GATING,
            "尿检次数达到90%以上",
            "tests done / tests due >= 90 %",
            MinShare.atLeast(Metrics.URINE_TEST_TESTS_DONE, Metrics.URINE_TEST_TESTS_DUE, Ratio.of(90, 100))));
    rehabilitation.addCriteria(
        criterion("rehabilitation.assistance", "二(七)", GATING,
            "落实帮困政策，加强自强就业基地建设",
            "hardship policy and self-reliance employment bases",
            Attested.of()));
    rehabilitation.addCriteria(
        criterion("rehabilitation.employment-rising", "二(七)", GATING,
            "安置就业和推荐就业总量稳步提升",
            "job placements plus referrals rise year on year",
            Increase.ofCount(Metrics.EMPLOYMENT_PLACEMENTS)));
    set.addIndicators(rehabilitation.build());
    Indicator.Builder groundwork = indicator("groundwork", "基础工作扎实", "groundwork is solid", "二(八)");
    groundwork.addCriteria(
        criterion("groundwork.ledgers", "二(八)", GATING,
            "领导小组和各村、居委、公司、学校的禁毒工作台帐完整、准确、规范",
            "ledgers complete and accurate at every level",
            Attested.of()));
    groundwork.addCriteria(
        criterion("groundwork.registration", "二(八)", GATING,
            "及时排摸、发现、登记并如实上报各类吸毒人员",
            "users found, registered and reported on time",
            Attested.of()));
    groundwork.addCriteria(
        criterion("groundwork.quarterly-inspection", "二(八)", GATING,
            "每季度开展禁毒工作检查",
            "an inspection in every quarter",
            EveryPeriod.of(EventType.INSPECTION, Cadence.QUARTER)));
    groundwork.addCriteria(
        criterion("groundwork.quarterly-analysis", "二(八)", GATING,
            "每季度开展毒情分析",
            "a drug-situation analysis in every quarter",
            EveryPeriod.of(EventType.SITUATION_ANALYSIS, Cadence.QUARTER)));
    groundwork.addCriteria(
        criterion("groundwork.training", "二(八)", GATING,
            "适时组织禁毒工作干部培训",
            "cadre training is organised",
            Attested.of()));
    groundwork.addCriteria(
        criterion("groundwork.information", "二(八)", GATING,
            "畅通信息渠道",
            "information channels work",
            Attested.of()));
    set.addIndicators(groundwork.build());
    Indicator.Builder distinction = indicator("distinction", "创建特色鲜明", "the community has distinctive features", "二(九)");
    distinction.addCriteria(
        criterion("distinction.initiatives", "二(九)", GATING,
            "积极开拓其他禁毒特色工作",
            "distinctive initiatives of its own",
            Attested.of()));
    distinction.addCriteria(
        criterion("distinction.recognition", "二(九)", ADVISORY,
            "力争调研成果和实践经验得到市、区肯定推广",
            "findings recognised by city or district",
            Attested.of()));
    set.addIndicators(distinction.build());
    Indicator.Builder results = indicator("results", "工作成效显著", "results are significant", "二(十)");
    results.addCriteria(
        criterion("results.new-user-rate", "二(十)", GATING,
            "年度新滋生吸毒人员与实有人口总数的比例不超过万分之零点五",
            "newly emerged users in the year / actual population <= 0.5 per 10,000",
            MaxRate.atMost(Metrics.USERS_NEW, Metrics.POPULATION_ACTUAL, Ratio.of(1, 2), 10_000)));
    results.addCriteria(
        criterion("results.abstinence-1y", "二(十)", GATING,
            "戒断毒瘾一年(含)以上人数达到登记在册吸毒人员总数的百分之三十",
            "abstinent >= 1 year (inclusive) / registered users >= 30 %",
            MinShare.atLeast(Metrics.USERS_ABSTINENT_1Y, Metrics.USERS_REGISTERED, Ratio.of(30, 100))));
    results.addCriteria(
        criterion("results.abstinence-3y", "二(十)", GATING,
            "其中戒断毒瘾三年以上人数不少于二分之一",
            "of those, abstinent >= 3 years / abstinent >= 1 year >= 1/2",
            MinShare.atLeast(Metrics.USERS_ABSTINENT_3Y, Metrics.USERS_ABSTINENT_1Y, Ratio.of(1, 2))));
    results.addCriteria(
        criterion("results.case-rate-lowest", "二(十)", GATING,
            "涉毒八类刑事案件万人发案率在全区最低",
            "drug-related criminal cases (eight categories) per 10,000 population: lowest in the district",
            LowestAmongPeers.of(Metrics.CASES_DRUG_RELATED, Metrics.POPULATION_ACTUAL)));
    results.addCriteria(
        criterion("results.no-hotspots", "二(十)", GATING,
            "无吸毒贩毒问题突出的地区、路段、场所",
            "no area, road or venue with a prominent drug problem",
            ZeroCount.of(Metrics.HOTSPOTS)));
    results.addCriteria(
        criterion("results.no-production", "二(十)", GATING,
            "无制造、加工窝点",
            "no production or processing den",
            ZeroCount.of(Metrics.PRODUCTION_SITES)));
    results.addCriteria(
        criterion("results.no-drug-induced-serious-cases", "二(十)", GATING,
            "不发生因毒品引发的恶性治安案件",
            "no serious public-order case caused by drugs",
            ZeroCount.of(Metrics.DRUG_INDUCED_SERIOUS_CASES)));
    set.addIndicators(results.build());
    set.addVetoRules(
        VetoRule.builder()
            .id(VETO_LEADERSHIP_FAILURE)
            .chineseName("对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决")
            .englishName("weak leadership or unimplemented measures let the drug problem spread")
            .clause("二(三)")
            .build());
    return set.build();
  }

  private static Indicator.Builder indicator(String id, String chinese, String english, String clause) {
    return Indicator.builder().id(id).chineseName(chinese).englishName(english).clause(clause);
  }

  private static Criterion criterion(
      String id, String clause, boolean advisory, String chinese, String english, Threshold threshold) {
    return Criterion.builder()
        .id(id)
        .chineseName(chinese)
        .englishName(english)
        .clause(clause)
        .threshold(threshold)
        .advisory(advisory)
        .build();
  }
}
