package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.json.CriteriaJson;
import io.github.jindu.json.EvidenceJson;
import org.junit.jupiter.api.Test;

/** A set of declared event types, a yearly cadence and at-least-events, rendered in the three languages. */
class DeclaredEventsReportTest {
  private static final String SET =
      "{\"format\":\"criteria/1\",\"id\":\"township\",\"version\":\"1\","
          + "\"name\":{\"zh\":\"乡镇禁毒考评\",\"en\":\"township drug control\"},\"unitKinds\":[\"town\"],"
          + "\"eventTypes\":[{\"id\":\"patrol\",\"name\":{\"zh\":\"踏查\",\"zh-Hant\":\"踏查\",\"en\":\"patrol\"}},"
          + "{\"id\":\"creation-review\",\"name\":{\"zh\":\"创建工作评议\",\"en\":\"creation review\"}}],"
          + "\"indicators\":[{\"id\":\"eradication\",\"name\":{\"zh\":\"禁种铲毒\",\"en\":\"eradication\"},"
          + "\"clause\":\"一\",\"criteria\":["
          + "{\"id\":\"eradication.patrols\",\"name\":{\"zh\":\"2月至9月至少6次踏查\",\"en\":\"six patrols\"},"
          + "\"clause\":\"一\",\"bar\":{\"kind\":\"at-least-events\",\"event\":\"patrol\",\"atLeast\":6,"
          + "\"months\":{\"from\":2,\"to\":9}}},"
          + "{\"id\":\"eradication.review\",\"name\":{\"zh\":\"每年评议\",\"en\":\"yearly review\"},"
          + "\"clause\":\"一\",\"bar\":{\"kind\":\"every-period\",\"event\":\"creation-review\","
          + "\"cadence\":\"year\"}}]}]}";
  private static final String EVIDENCE =
      "{\"format\":\"evidence/1\",\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\"},"
          + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
          + "\"events\":[{\"type\":\"patrol\",\"date\":\"2025-02-01\"},"
          + "{\"type\":\"patrol\",\"date\":\"2025-09-30\"},{\"type\":\"patrol\",\"date\":\"2025-10-01\"}]}";

  private static String render(ReportLanguage language) {
    CriteriaSet set = CriteriaJson.read(SET);
    AssessmentResult result = set.assess(EvidenceJson.read(EVIDENCE, set));
    return TextReport.render(result, set, language);
  }

  @Test
  void chinese_namesTheDeclaredTypes_theWindow_theCountAndTheGap() {
    assertThat(render(ReportLanguage.ZH_HANS))
        .contains("2月至9月踏查不少于 6 次")
        .contains("2 次（2025-02-01 至 2025-09-30）")
        .contains("差距：2025-02-01 至 2025-09-30（含）还需踏查 4 次")
        .contains("每年至少一次创建工作评议")
        .contains("2025年");
  }

  @Test
  void traditionalAndEnglish_renderTheSameFacts() {
    assertThat(render(ReportLanguage.ZH_HANT)).contains("2月至9月踏查不少於 6 次").contains("還需踏查 4 次");
    assertThat(render(ReportLanguage.EN))
        .contains(">= 6 patrol in months 2 to 9 (inclusive)")
        .contains("gap: 4 more patrol from 2025-02-01 to 2025-09-30 (inclusive)")
        .contains(">= 1 creation review in every calendar year");
  }
}
