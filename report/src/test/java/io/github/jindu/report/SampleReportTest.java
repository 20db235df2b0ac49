package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Violation;
import io.github.jindu.json.CriteriaJson;
import io.github.jindu.json.EvidenceJson;
import org.junit.jupiter.api.Test;

/** The sample bar (抽查): its bar, observation, gap, missing list and violations in the three languages. */
class SampleReportTest {
  private static final String SET =
      "{\"format\":\"criteria/1\",\"id\":\"hangzhou-schools\",\"version\":\"2018\","
          + "\"name\":{\"zh\":\"学校抽查\",\"en\":\"school sample\"},\"unitKinds\":[\"town\"],"
          + "\"metrics\":{\"schools.total\":{\"zh\":\"学校总数\",\"en\":\"schools\",\"unit\":\"places\"}},"
          + "\"indicators\":[{\"id\":\"schools\",\"name\":{\"zh\":\"学校\",\"en\":\"schools\"},"
          + "\"clause\":\"三\",\"criteria\":[{\"id\":\"schools.sampled\",\"name\":{\"zh\":\"随机抽查10%\","
          + "\"en\":\"sample 10 %\"},\"clause\":\"三(二)\",\"bar\":{\"kind\":\"sample\","
          + "\"population\":\"schools.total\",\"share\":\"10%\",\"atLeast\":4,\"failuresAtMost\":0}}]}]}";

  private static String evidence(long schools, String samples) {
    return "{\"format\":\"evidence/1\",\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\"},"
        + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
        + "\"counts\":{\"schools.total\":"
        + schools
        + "}"
        + (samples.isEmpty() ? "" : ",\"samples\":{" + samples + "}")
        + "}";
  }

  private static final String THREE_ONE_FAILED =
      "\"schools.sampled\":[{\"unit\":\"s1\",\"passed\":true},{\"unit\":\"s2\",\"passed\":false},"
          + "{\"unit\":\"s3\",\"passed\":true}]";

  private static String render(String evidence, ReportLanguage language) {
    CriteriaSet set = CriteriaJson.read(SET);
    AssessmentResult result = set.assess(EvidenceJson.read(evidence, set));
    return Unwrapped.report(result, set, language);
  }

  @Test
  void chinese_namesTheBar_theSample_theFailuresAndTheGap() {
    assertThat(render(evidence(45, THREE_ONE_FAILED), ReportLanguage.ZH_HANS))
        .contains("要求：从学校总数（schools.total）中抽查不少于 10 %（不足 4 个按 4 个计），不合格不超过 0 个")
        .contains("抽查 3/45 个单位（应抽查 5 个），不合格 1 个：")
        .contains("差距：还需抽查 2 个单位；超出允许的不合格 1 个");
    assertThat(render(evidence(45, ""), ReportLanguage.ZH_HANS))
        .contains("抽查记录（samples.schools.sampled）");
  }

  @Test
  void traditionalAndEnglish_renderTheSameFacts() {
    assertThat(render(evidence(45, THREE_ONE_FAILED), ReportLanguage.ZH_HANT))
        .contains("抽查 3/45 個單位（應抽查 5 個），不合格 1 個：")
        .contains("差距：還需抽查 2 個單位；超出允許的不合格 1 個");
    assertThat(render(evidence(45, THREE_ONE_FAILED), ReportLanguage.EN))
        .contains("required: sample >= 10 % of")
        .contains("3/45 units sampled (5 required), 1 failed: ")
        .contains("gap: units still to sample: 2; failures over those allowed: 1");
    assertThat(render(evidence(40, THREE_ONE_FAILED.replace("false", "true")), ReportLanguage.EN))
        .contains("gap: units still to sample: 1")
        .doesNotContain("failures over");
  }

  @Test
  void violations_areWorded_inTheThreeLanguages() {
    CriteriaSet set = CriteriaJson.read(SET);
    Violation v;
    try {
      EvidenceJson.read(evidence(2, THREE_ONE_FAILED), set);
      throw new AssertionError("refused");
    } catch (InvalidEvidenceException e) {
      v = e.violations().get(0);
    }
    assertThat(Violations.message(v, ReportLanguage.ZH_HANS, java.util.Optional.of(set)))
        .contains("标准 schools.sampled 抽查了 3 个单位，多于");
    assertThat(Violations.message(v, ReportLanguage.ZH_HANT, java.util.Optional.of(set)))
        .contains("標準 schools.sampled 抽查了 3 個單位，多於");
    assertThat(Violations.message(v, ReportLanguage.EN, java.util.Optional.of(set)))
        .contains("criterion schools.sampled samples 3 units, more than the 2");
  }
}
