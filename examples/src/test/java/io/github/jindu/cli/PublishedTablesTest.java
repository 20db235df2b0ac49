package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.ReasonKind;
import io.github.jindu.examples.DistrictData;
import io.github.jindu.json.CriteriaJson;
import io.github.jindu.json.EvidenceJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published tables of issue 14 as data (examples/data/criteria): each runs from the command line on its
 * evidence file in three languages, and its boundaries hold.
 */
class PublishedTablesTest {
  private static final Path CRITERIA = DistrictData.DATA.resolve("criteria");
  private static final Path TOWNSHIP =
      CRITERIA.resolve("illustration-township-2016-120-points.criteria.json");
  private static final Path VILLAGE =
      CRITERIA.resolve("evidence/illustration-township-2016-village.json");

  private static final Path LIYANG = CRITERIA.resolve("illustration-liyang-2023.criteria.json");
  private static final Path LIYANG_VILLAGE =
      CRITERIA.resolve("evidence/illustration-liyang-2023-village.json");

  private static final Path GUIYANG =
      CRITERIA.resolve("illustration-guiyang-2015-eligibility.criteria.json");
  private static final Path GUIYANG_COMMUNITY =
      CRITERIA.resolve("evidence/illustration-guiyang-2015-community.json");

  private static final Path HANGZHOU = CRITERIA.resolve("illustration-hangzhou-2018.criteria.json");
  private static final Path HANGZHOU_TOWN =
      CRITERIA.resolve("evidence/illustration-hangzhou-2018-town.json");

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JinduCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new String[] {Integer.toString(status), out.toString(UTF_8), err.toString(UTF_8)};
  }

  private static AssessmentResult assess(String evidence) throws IOException {
    return assess(TOWNSHIP, evidence);
  }

  private static AssessmentResult assess(Path criteria, String evidence) throws IOException {
    CriteriaSet set = CriteriaJson.read(Files.readString(criteria, UTF_8));
    return set.assess(EvidenceJson.read(evidence, set));
  }

  @Test
  void township120_runsFromTheCommandLine_inThreeLanguages() {
    String[] zh = run("assess", VILLAGE.toString(), "--criteria", TOWNSHIP.toString());
    assertThat(zh[0]).isEqualTo(Integer.toString(JinduCli.OK));
    assertThat(zh[1])
        .contains(
            "整体结论：达标\n原因：得分 103 分，达到及格线 72 分\n",
            "得分：103 分（满分 120，及格线 72）；等级：合格 [72, 108)",
            "实际：6 次（2025-02-01 至 2025-09-30）；要求：2月至9月禁种铲毒踏查不少于 6 次；得分：6");
    String[] hant =
        run("assess", VILLAGE.toString(), "--criteria", TOWNSHIP.toString(), "--lang", "zh-Hant");
    assertThat(hant[1]).contains("整體結論：達標", "得分：103 分（滿分 120，及格線 72）");
    String[] en =
        run("assess", VILLAGE.toString(), "--criteria", TOWNSHIP.toString(), "--lang", "en");
    assertThat(en[1])
        .contains(
            "Overall conclusion: QUALIFIED",
            "Score: 103 of 120 (pass mark 72); band: passed [72, 108)",
            "observed: 6 (2025-02-01 to 2025-09-30)");
  }

  @Test
  void township120_patrolsAtTheirBoundaries_andTheVetoedSection() throws IOException {
    String village = Files.readString(VILLAGE, UTF_8);
    AssessmentResult asGiven = assess(village);
    assertThat(asGiven.criterion("eradication.patrols").orElseThrow().outcome())
        .as("six patrols from 18 February to 30 September, the seventh on 12 October not counted")
        .isEqualTo(Outcome.MET);
    assertThat(asGiven.score().orElseThrow().total()).isEqualByComparingTo("103");

    String fivePatrols = village.replace("\"2025-09-30\"", "\"2025-10-01\"");
    assertThat(fivePatrols).isNotEqualTo(village);
    AssessmentResult five = assess(fivePatrols);
    assertThat(five.criterion("eradication.patrols").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(five.criterion("eradication.patrols").orElseThrow().gap()).isPresent();
    assertThat(five.overall())
        .as("a patrol short in the eradication section vetoes, though the score is 97")
        .isEqualTo(OverallOutcome.VETOED);
    assertThat(five.score().orElseThrow().total()).isEqualByComparingTo("97");
    assertThat(five.reason().kind()).isEqualTo(ReasonKind.VETO_ITEM_NOT_MET);
    assertThat(five.reason().criteria()).containsExactly("eradication.patrols");

    AssessmentResult planted =
        assess(village.replace("\"planting.sites\": 0", "\"planting.sites\": 1"));
    assertThat(planted.overall()).isEqualTo(OverallOutcome.VETOED);
    assertThat(planted.reason().criteria()).containsExactly("eradication.zero-planting");

    AssessmentResult noRecord = assess(village.replaceAll("(?s),\\s*\"events\": \\[.*?\\]", ""));
    assertThat(noRecord.overall())
        .as("no record of patrols leaves the unit incomplete, not vetoed")
        .isEqualTo(OverallOutcome.INCOMPLETE);
  }

  @Test
  void township120_aPointMovedBetweenSections_isRefused_byTheSectionsWeight() throws IOException {
    String mistyped =
        Files.readString(TOWNSHIP, UTF_8)
            .replace("\"eradication.patrols\": \"6\"", "\"eradication.patrols\": \"5\"")
            .replace(
                "\"prevention.publicity-base-network\": \"17\"",
                "\"prevention.publicity-base-network\": \"18\"");
    InvalidCriteriaException e =
        catchThrowableOfType(InvalidCriteriaException.class, () -> CriteriaJson.read(mistyped));
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.values())
        .containsExactly("points.section-weight [eradication, 18, 17]");
  }

  @Test
  void liyang_runsFromTheCommandLine_inThreeLanguages() {
    String[] zh = run("assess", LIYANG_VILLAGE.toString(), "--criteria", LIYANG.toString());
    assertThat(zh[0]).isEqualTo(Integer.toString(JinduCli.OK));
    assertThat(zh[1])
        .contains(
            "整体结论：达标\n原因：得分 93 分，达到及格线 60 分\n",
            "得分：93 分（满分 105，及格线 60）；等级：禁毒先进单位 [90, 105]",
            "实际：3/4 个下属单位；未覆盖：430700-010-03-04 (无)",
            "实际：300；要求：为 0；得分：13.5");
    String[] hant =
        run(
            "assess",
            LIYANG_VILLAGE.toString(),
            "--criteria",
            LIYANG.toString(),
            "--lang",
            "zh-Hant");
    assertThat(hant[1]).contains("整體結論：達標", "得分：93 分（滿分 105，及格線 60）");
    String[] en =
        run("assess", LIYANG_VILLAGE.toString(), "--criteria", LIYANG.toString(), "--lang", "en");
    assertThat(en[1]).contains("Overall conclusion: QUALIFIED", "Score: 93 of 105 (pass mark 60)");
  }

  private static java.math.BigDecimal points(AssessmentResult r, String criterion) {
    return r.score().orElseThrow().criterionPoints().get(criterion);
  }

  @Test
  void liyang_deductionsPerShortfall_perOccurrence_gradesAndTheBandAt90() throws IOException {
    String village = Files.readString(LIYANG_VILLAGE, UTF_8);
    AssessmentResult asGiven = assess(LIYANG, village);
    CriteriaSet liyang = CriteriaJson.read(Files.readString(LIYANG, UTF_8));
    assertThat(
            io.github.jindu.json.ResultJson.read(
                io.github.jindu.json.ResultJson.write(asGiven), liyang))
        .as("the result/1 of a score with deductions and points per occurrence reads back equal")
        .isEqualTo(asGiven);
    assertThat(points(asGiven, "leadership.letters")).isEqualByComparingTo("9");
    assertThat(points(asGiven, "publicity.articles")).isEqualByComparingTo("3");
    assertThat(points(asGiven, "eradication.zero-planting")).isEqualByComparingTo("13.5");
    assertThat(points(asGiven, "grassroots.control")).isEqualByComparingTo("4.5");
    assertThat(points(asGiven, "public-rating.satisfaction")).isEqualByComparingTo("4");

    String twoLettersMissing =
        village.replaceFirst(
            "(?s)\\{\\s*\"type\": \"responsibility-letter\",\\s*\"date\": \"2025-01-15\",\\s*"
                + "\"subunit\": \"430700-010-03-03\"\\s*\\},",
            "");
    assertThat(twoLettersMissing).isNotEqualTo(village);
    assertThat(points(assess(LIYANG, twoLettersMissing), "leadership.letters"))
        .as("two units without a letter: 2 points off")
        .isEqualByComparingTo("8");

    AssessmentResult at90 =
        assess(
            LIYANG,
            village.replace(
                "\"poppy.plants-eradicated\": 300", "\"poppy.plants-eradicated\": 900"));
    assertThat(points(at90, "eradication.zero-planting")).isEqualByComparingTo("10.5");
    assertThat(at90.score().orElseThrow().total()).isEqualByComparingTo("90");
    assertThat(at90.score().orElseThrow().band().chineseName())
        .as("90分以上 is inclusive")
        .isEqualTo("禁毒先进单位");
    AssessmentResult below90 =
        assess(
            LIYANG,
            village.replace(
                "\"poppy.plants-eradicated\": 300", "\"poppy.plants-eradicated\": 901"));
    assertThat(below90.score().orElseThrow().total()).isEqualByComparingTo("89.995");
    assertThat(below90.score().orElseThrow().band().chineseName()).isEqualTo("合格单位");

    AssessmentResult topGrade =
        assess(
            LIYANG,
            village.replace(
                "\"rating.satisfaction-grade\": 4", "\"rating.satisfaction-grade\": 5"));
    assertThat(points(topGrade, "public-rating.satisfaction")).isEqualByComparingTo("5");
  }

  @Test
  void liyang_theSourcesOverlappingBands_areRefused() throws IOException {
    String overlapping =
        Files.readString(LIYANG, UTF_8)
            .replace("\"range\": \"[80, 90)\"", "\"range\": \"[80, 90]\"");
    InvalidCriteriaException e =
        catchThrowableOfType(InvalidCriteriaException.class, () -> CriteriaJson.read(overlapping));
    assertThat(e.violations())
        .extracting(v -> v.code().code())
        .containsExactly("points.bands-overlap");
  }

  @Test
  void guiyang_runsFromTheCommandLine_inThreeLanguages() {
    String[] zh = run("assess", GUIYANG_COMMUNITY.toString(), "--criteria", GUIYANG.toString());
    assertThat(zh[0]).isEqualTo(Integer.toString(JinduCli.OK));
    assertThat(zh[1])
        .contains(
            "整体结论：达标\n",
            "实际：1830/2000 (91.50 %)；要求：＞ 90%（9/10）",
            "实际：1860/2000 (93.00 %)；区内其他 4 个单位的平均值 93.00 %（精确值 93/100）");
    String[] hant =
        run(
            "assess",
            GUIYANG_COMMUNITY.toString(),
            "--criteria",
            GUIYANG.toString(),
            "--lang",
            "zh-Hant");
    assertThat(hant[1]).contains("整體結論：達標", "區內其他 4 個單位的平均值 93.00 %（精確值 93/100）");
    String[] en =
        run(
            "assess",
            GUIYANG_COMMUNITY.toString(),
            "--criteria",
            GUIYANG.toString(),
            "--lang",
            "en");
    assertThat(en[1])
        .contains(
            "Overall conclusion: QUALIFIED",
            "average of the district's 4 other units 93.00 % (exactly");
  }

  @Test
  void guiyang_90PercentCancels_belowTheAverageCancels_atTheAverageDoesNot() throws IOException {
    String community = Files.readString(GUIYANG_COMMUNITY, UTF_8);
    AssessmentResult asGiven = assess(GUIYANG, community);
    assertThat(asGiven.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(asGiven.criterion("core.safety").orElseThrow().outcome())
        .as("exactly the average (93/100) is not below it")
        .isEqualTo(Outcome.MET);

    AssessmentResult at90 =
        assess(
            GUIYANG,
            community.replace(
                "\"satisfaction.satisfied\": 1830", "\"satisfaction.satisfied\": 1800"));
    assertThat(at90.criterion("core.satisfaction").orElseThrow().outcome())
        .as("90%以下 includes 90 %")
        .isEqualTo(Outcome.NOT_MET);
    assertThat(at90.criterion("core.satisfaction").orElseThrow().gap())
        .hasValue(
            new io.github.jindu.Gap.More(
                io.github.jindu.MetricKey.of("satisfaction.satisfied"), 1));
    assertThat(at90.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);

    AssessmentResult below =
        assess(
            GUIYANG, community.replace("\"safety.feel-safe\": 1860", "\"safety.feel-safe\": 1859"));
    assertThat(below.criterion("core.safety").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(below.criterion("core.safety").orElseThrow().gap())
        .hasValue(
            new io.github.jindu.Gap.More(io.github.jindu.MetricKey.of("safety.feel-safe"), 1));
    assertThat(below.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);

    String unknown =
        community.replace(
            "{ \"unit\": \"520103-902\", \"counts\": { \"safety.respondents\": 1000, \"safety.feel-safe\": 935 } }",
            "{ \"unit\": \"520103-902\", \"counts\": { \"safety.respondents\": 1000 } }");
    assertThat(unknown).isNotEqualTo(community);
    AssessmentResult incomplete = assess(GUIYANG, unknown);
    assertThat(incomplete.criterion("core.safety").orElseThrow().missing())
        .containsExactly(
            new io.github.jindu.MissingEvidence.MissingPeerCount(
                "520103-902", io.github.jindu.MetricKey.of("safety.feel-safe")));
    assertThat(incomplete.overall())
        .as(
            "a community whose figure the city does not know leaves the average, and the verdict, open")
        .isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(
            io.github.jindu.json.ResultJson.read(
                io.github.jindu.json.ResultJson.write(incomplete),
                CriteriaJson.read(Files.readString(GUIYANG, UTF_8))))
        .isEqualTo(incomplete);
  }

  @Test
  void hangzhou_runsFromTheCommandLine_inThreeLanguages() {
    String[] zh = run("assess", HANGZHOU_TOWN.toString(), "--criteria", HANGZHOU.toString());
    assertThat(zh[0]).isEqualTo(Integer.toString(JinduCli.OK));
    assertThat(zh[1])
        .contains(
            "整体结论：达标\n原因：得分 18.5 分，达到及格线 14.4 分\n",
            "得分：18.5 分（满分 24，及格线 14.4）",
            "实际：抽查 5/45 个单位（应抽查 5 个），不合格 1 个：330106-101-s09",
            "差距：超出允许的不合格 1 个",
            "实际：1960/2000 (98.00 %)；要求：≥ 95%（19/20）；得分：5");
    String[] hant =
        run(
            "assess",
            HANGZHOU_TOWN.toString(),
            "--criteria",
            HANGZHOU.toString(),
            "--lang",
            "zh-Hant");
    assertThat(hant[1]).contains("整體結論：達標", "得分：18.5 分（滿分 24，及格線 14.4）", "不合格 1 個");
    String[] en =
        run("assess", HANGZHOU_TOWN.toString(), "--criteria", HANGZHOU.toString(), "--lang", "en");
    assertThat(en[1])
        .contains(
            "Overall conclusion: QUALIFIED",
            "Score: 18.5 of 24 (pass mark 14.4)",
            "gap: failures over those allowed: 1");
  }

  @Test
  void hangzhou_perOccurrence_tiersAt95And98_andTheSchoolSample() throws IOException {
    String town = Files.readString(HANGZHOU_TOWN, UTF_8);
    CriteriaSet set = CriteriaJson.read(Files.readString(HANGZHOU, UTF_8));
    AssessmentResult asGiven = assess(HANGZHOU, town);
    assertThat(
            io.github.jindu.json.ResultJson.read(
                io.github.jindu.json.ResultJson.write(asGiven), set))
        .isEqualTo(asGiven);
    assertThat(points(asGiven, "leadership.standing-meetings"))
        .as("two standing meetings at 0.5, at most 1")
        .isEqualByComparingTo("1");
    assertThat(points(asGiven, "leadership.instructions")).isEqualByComparingTo("0.5");
    assertThat(points(asGiven, "leadership.attendance")).isEqualByComparingTo("4");
    assertThat(points(asGiven, "prevention.awareness")).isEqualByComparingTo("3");
    assertThat(points(asGiven, "prevention.satisfaction"))
        .as("超过98%(含): 98 % exactly earns 5")
        .isEqualByComparingTo("5");
    assertThat(points(asGiven, "prevention.school-education"))
        .as("1 of the 5 sampled schools failed: 1 off")
        .isEqualByComparingTo("3");
    assertThat(asGiven.score().orElseThrow().total()).isEqualByComparingTo("18.5");

    String noMeeting =
        town.replaceAll("\\{ \"type\": \"standing-meeting\", \"date\": \"[0-9-]+\" \\},\\s*", "");
    assertThat(noMeeting).isNotEqualTo(town);
    AssessmentResult none = assess(HANGZHOU, noMeeting);
    assertThat(none.criterion("leadership.standing-meetings").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(points(none, "leadership.standing-meetings"))
        .as("未召开政府常务会议，不得分")
        .isEqualByComparingTo("0");
    String sixEvents =
        town.replace(
            "{ \"type\": \"principal-attendance\", \"date\": \"2018-11-08\" }",
            "{ \"type\": \"principal-attendance\", \"date\": \"2018-11-08\" },"
                + "{ \"type\": \"principal-attendance\", \"date\": \"2018-12-01\" },"
                + "{ \"type\": \"principal-attendance\", \"date\": \"2018-12-02\" }");
    assertThat(points(assess(HANGZHOU, sixEvents), "leadership.attendance"))
        .as("six attendances at 1, at most 5")
        .isEqualByComparingTo("5");

    assertThat(
            points(
                assess(
                    HANGZHOU,
                    town.replace(
                        "\"satisfaction.satisfied\": 1960", "\"satisfaction.satisfied\": 1959")),
                "prevention.satisfaction"))
        .as("97.95 % is below 98 %: the lower tier")
        .isEqualByComparingTo("3");
    AssessmentResult at95 =
        assess(
            HANGZHOU, town.replace("\"awareness.knowing\": 1930", "\"awareness.knowing\": 1900"));
    assertThat(points(at95, "prevention.awareness")).as("95 % inclusive").isEqualByComparingTo("3");
    AssessmentResult below95 =
        assess(
            HANGZHOU, town.replace("\"awareness.knowing\": 1930", "\"awareness.knowing\": 1899"));
    assertThat(below95.criterion("prevention.awareness").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(points(below95, "prevention.awareness")).isEqualByComparingTo("0");

    String fourSampled =
        town.replace(",\n      { \"unit\": \"330106-101-s17\", \"passed\": true }", "");
    assertThat(fourSampled).isNotEqualTo(town);
    AssessmentResult four = assess(HANGZHOU, fourSampled);
    assertThat(four.criterion("prevention.school-education").orElseThrow().gap())
        .as("45 schools: ⌈4.5⌉ = 5 to sample, one short, and one failure")
        .hasValue(new io.github.jindu.Gap.SampleShort(1, 1));
    assertThat(points(four, "prevention.school-education")).isEqualByComparingTo("2");
    AssessmentResult forty =
        assess(HANGZHOU, fourSampled.replace("\"schools.total\": 45", "\"schools.total\": 40"));
    assertThat(forty.criterion("prevention.school-education").orElseThrow().gap())
        .as("40 schools: 10 % is 4, so 4 sampled are enough")
        .hasValue(new io.github.jindu.Gap.SampleShort(0, 1));
    AssessmentResult allFail =
        assess(HANGZHOU, town.replace("\"passed\": true", "\"passed\": false"));
    assertThat(points(allFail, "prevention.school-education"))
        .as("five failures, at most 4 off")
        .isEqualByComparingTo("0");
    AssessmentResult unsampled =
        assess(HANGZHOU, town.replaceAll("(?s),\\s*\"samples\": \\{.*?\\]\\s*\\}", ""));
    assertThat(unsampled.criterion("prevention.school-education").orElseThrow().missing())
        .containsExactly(
            new io.github.jindu.MissingEvidence.MissingSample("prevention.school-education"));
    assertThat(points(unsampled, "prevention.school-education")).isEqualByComparingTo("0");
  }
}
