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

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JinduCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new String[] {Integer.toString(status), out.toString(UTF_8), err.toString(UTF_8)};
  }

  private static AssessmentResult assess(String evidence) throws IOException {
    CriteriaSet set = CriteriaJson.read(Files.readString(TOWNSHIP, UTF_8));
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
}
