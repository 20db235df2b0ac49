package io.github.jindu.catalogue;

import io.github.jindu.MetricKey;

/**
 * The count keys of the default criteria set (docs/evidence-format.md, "Count keys of the default catalogue"); they
 * are the keys of {@code evidence/1}'s {@code counts} and {@code previous}. Every count is a whole number of
 * people, tests, cases or sites, at least 0.
 */
public final class Metrics {
  /** 实有人口: the actual (resident) population, people. Base of the new-user and case rates. */
  public static final MetricKey POPULATION_ACTUAL = MetricKey.of("population.actual");

  /** 受到禁毒宣传教育的实有人口: the actual population reached by prevention education, people. */
  public static final MetricKey POPULATION_REACHED = MetricKey.of("population.reached");

  /** 社区青少年: community youth, people. */
  public static final MetricKey YOUTH_TOTAL = MetricKey.of("youth.total");

  /** 其中受教育的社区青少年: community youth reached, people. */
  public static final MetricKey YOUTH_REACHED = MetricKey.of("youth.reached");

  /** 中小学校适龄学生: school-age primary and secondary students, people. */
  public static final MetricKey STUDENTS_TOTAL = MetricKey.of("students.total");

  /** 其中受教育的学生: students reached, people. */
  public static final MetricKey STUDENTS_REACHED = MetricKey.of("students.reached");

  /** 境外人员: foreign nationals in the unit, people (also read from the previous period). */
  public static final MetricKey FOREIGNERS_TOTAL = MetricKey.of("foreigners.total");

  /** 其中受宣传的境外人员: foreign nationals reached, people (also read from the previous period). */
  public static final MetricKey FOREIGNERS_REACHED = MetricKey.of("foreigners.reached");

  /** 外省市来沪人员: migrants from other provinces, people (also read from the previous period). */
  public static final MetricKey MIGRANTS_TOTAL = MetricKey.of("migrants.total");

  /** 其中受宣传的来沪人员: migrants reached, people (also read from the previous period). */
  public static final MetricKey MIGRANTS_REACHED = MetricKey.of("migrants.reached");

  /** 社区禁毒志愿者人数: drug-control volunteers, people (also read from the previous period). */
  public static final MetricKey VOLUNTEERS = MetricKey.of("volunteers");

  /** 应查找的人户分离吸毒人员: users living away from their registered household, to be found, people. */
  public static final MetricKey SEPARATED_USERS_TOTAL = MetricKey.of("separated-users.total");

  /** 已查找发现的人户分离吸毒人员: of those, found, people. */
  public static final MetricKey SEPARATED_USERS_FOUND = MetricKey.of("separated-users.found");

  /** 应尿检人数: persons due for a urine test, people. */
  public static final MetricKey URINE_TEST_PERSONS_DUE = MetricKey.of("urine-test.persons-due");

  /** 实际尿检人数: persons tested, people. */
  public static final MetricKey URINE_TEST_PERSONS_TESTED =
      MetricKey.of("urine-test.persons-tested");

  /** 应尿检次数: urine tests due, tests. */
  public static final MetricKey URINE_TEST_TESTS_DUE = MetricKey.of("urine-test.tests-due");

  /** 实际尿检次数: urine tests done, tests. */
  public static final MetricKey URINE_TEST_TESTS_DONE = MetricKey.of("urine-test.tests-done");

  /** 安置就业与推荐就业人数合计: job placements plus referrals, people (also read from the previous period). */
  public static final MetricKey EMPLOYMENT_PLACEMENTS = MetricKey.of("employment.placements");

  /** 年度新滋生吸毒人员: users newly emerged in the year, people. */
  public static final MetricKey USERS_NEW = MetricKey.of("users.new");

  /** 登记在册吸毒人员: registered drug users, people. */
  public static final MetricKey USERS_REGISTERED = MetricKey.of("users.registered");

  /** 戒断毒瘾一年(含)以上: users abstinent for one year or more (inclusive), people. */
  public static final MetricKey USERS_ABSTINENT_1Y = MetricKey.of("users.abstinent-1y");

  /** 戒断毒瘾三年以上: users abstinent for three years or more, people; a part of {@link #USERS_ABSTINENT_1Y}. */
  public static final MetricKey USERS_ABSTINENT_3Y = MetricKey.of("users.abstinent-3y");

  /** 涉毒八类刑事案件数: drug-related criminal cases of the eight categories in the period, cases. */
  public static final MetricKey CASES_DRUG_RELATED = MetricKey.of("cases.drug-related");

  /** 吸毒贩毒问题突出的地区、路段、场所数: areas, roads or venues with a prominent drug problem, places. */
  public static final MetricKey HOTSPOTS = MetricKey.of("hotspots");

  /** 制造、加工窝点数: production or processing dens, sites. */
  public static final MetricKey PRODUCTION_SITES = MetricKey.of("production-sites");

  /** 因毒品引发的恶性治安案件数: serious public-order cases caused by drugs, cases. */
  public static final MetricKey DRUG_INDUCED_SERIOUS_CASES =
      MetricKey.of("drug-induced-serious-cases");

  private Metrics() {}
}
