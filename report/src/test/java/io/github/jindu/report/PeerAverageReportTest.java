package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.json.CriteriaJson;
import io.github.jindu.json.EvidenceJson;
import org.junit.jupiter.api.Test;

/** The district's average over the peers (全区平均值), rendered in the three languages, with gaps and missing. */
class PeerAverageReportTest {
  private static final String SET =
      "{\"format\":\"criteria/1\",\"id\":\"eligibility\",\"version\":\"1\","
          + "\"name\":{\"zh\":\"参评资格\",\"en\":\"eligibility\"},\"unitKinds\":[\"street\"],"
          + "\"metrics\":{"
          + "\"survey.safe\":{\"zh\":\"感到安全的受访者\",\"zh-Hant\":\"感到安全的受訪者\","
          + "\"en\":\"respondents who feel safe\",\"unit\":\"people\",\"partOf\":[\"survey.respondents\"]},"
          + "\"survey.respondents\":{\"zh\":\"受访者\",\"zh-Hant\":\"受訪者\",\"en\":\"respondents\","
          + "\"unit\":\"people\"},"
          + "\"incidents.reported\":{\"zh\":\"涉毒警情\",\"en\":\"drug-related incidents\",\"unit\":\"cases\"}},"
          + "\"indicators\":[{\"id\":\"eligibility\",\"name\":{\"zh\":\"参评资格\",\"en\":\"eligibility\"},"
          + "\"clause\":\"三\",\"criteria\":["
          + "{\"id\":\"survey.safety-average\",\"name\":{\"zh\":\"安全感不低于全市平均值\","
          + "\"en\":\"sense of safety not below the city's average\"},\"clause\":\"三\","
          + "\"bar\":{\"kind\":\"peer-average\",\"metric\":\"survey.safe\",\"per\":\"survey.respondents\"}},"
          + "{\"id\":\"incidents.below-average\",\"name\":{\"zh\":\"警情低于平均值\","
          + "\"en\":\"incidents below the average\"},\"clause\":\"三\","
          + "\"bar\":{\"kind\":\"peer-average\",\"metric\":\"incidents.reported\","
          + "\"comparison\":\"less-than\"}}]}]}";

  private static String evidence(String peers) {
    return "{\"format\":\"evidence/1\","
        + "\"unit\":{\"id\":\"520102-001\",\"name\":\"中华南路街道\",\"kind\":\"street\"},"
        + "\"period\":{\"start\":\"2015-01-01\",\"end\":\"2015-12-31\"},"
        + "\"counts\":{\"survey.safe\":929,\"survey.respondents\":1000,\"incidents.reported\":6},"
        + "\"peers\":["
        + peers
        + "]}";
  }

  private static final String TWO =
      "{\"unit\":\"520102-002\",\"counts\":{\"survey.safe\":912,\"survey.respondents\":1000,"
          + "\"incidents.reported\":4}},"
          + "{\"unit\":\"520102-003\",\"counts\":{\"survey.safe\":948,\"survey.respondents\":1000,"
          + "\"incidents.reported\":7}}";

  private static String render(String peers, ReportLanguage language) {
    CriteriaSet set = CriteriaJson.read(SET);
    AssessmentResult result = set.assess(EvidenceJson.read(evidence(peers), set));
    return Unwrapped.report(result, set, language);
  }

  @Test
  void chinese_givesTheFigure_theAverage_theBarAndTheGap() {
    assertThat(render(TWO, ReportLanguage.ZH_HANS))
        .contains("不低于区内其他单位的平均值（各单位同等计权，精确比较）")
        .contains("低于区内其他单位的平均值")
        .contains("929/1000 (92.90 %)；区内其他 2 个单位的平均值 93.00 %（精确值 93/100）")
        .contains("6；区内其他 2 个单位的平均值 5.50（精确值 11/2）")
        .contains("差距：感到安全的受访者（survey.safe）还需增加 1（929/1000 → 930/1000）")
        .contains("差距：涉毒警情（incidents.reported）至多 5（现为 6）");
  }

  @Test
  void traditionalAndEnglish_renderTheSameFacts() {
    assertThat(render(TWO, ReportLanguage.ZH_HANT))
        .contains("不低於區內其他單位的平均值")
        .contains("929/1000 (92.90 %)；區內其他 2 個單位的平均值 93.00 %（精確值 93/100）")
        .contains("還需增加 1（929/1000 → 930/1000）");
    assertThat(render(TWO, ReportLanguage.EN))
        .contains(">= the average of the district's other units")
        .contains(
            "929/1000 (92.90 %); average of the district's 2 other units 93.00 % (exactly 93/100)")
        .contains("gap: 1 more survey.safe (929/1000 → 930/1000)")
        .contains("gap: incidents.reported at most 5 (now 6)");
  }

  @Test
  void aPeersUnknownCount_isNamed_inEachLanguage() {
    String partial =
        "{\"unit\":\"520102-002\",\"counts\":{\"survey.respondents\":1000,\"incidents.reported\":4}}";
    assertThat(render(partial, ReportLanguage.ZH_HANS))
        .contains(
            "区内单位 520102-002 的感到安全的受访者（survey.safe）（peers 中 520102-002 的 counts[\"survey.safe\"]）");
    assertThat(render(partial, ReportLanguage.EN))
        .contains(
            "$.peers[?(@.unit == \"520102-002\")].counts[\"survey.safe\"] (the survey.safe of peer"
                + " 520102-002)");
    assertThat(render("", ReportLanguage.ZH_HANS)).contains("区内没有其他单位，无平均值可比");
  }

  @Test
  void english_countsOneOtherUnit_inTheSingular() {
    String one =
        "{\"unit\":\"520102-002\",\"counts\":{\"survey.safe\":912,\"survey.respondents\":1000,"
            + "\"incidents.reported\":4}}";
    assertThat(render(one, ReportLanguage.EN))
        .contains(
            "929/1000 (92.90 %); average of the district's 1 other unit 91.20 % (exactly 114/125)")
        .contains("6; average of the district's 1 other unit 4.00 (exactly 4)");
    assertThat(render(one, ReportLanguage.ZH_HANS)).contains("区内其他 1 个单位的平均值 91.20 %");
  }
}
