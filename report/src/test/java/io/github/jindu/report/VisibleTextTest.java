package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the reports print of a text that holds a character that does not show (U+200B) or that reorders the line
 * (U+202E, the right-to-left override that can make 未达标 read as 达标): a visible marker, never the character.
 */
class VisibleTextTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final String ZWSP = "\u200B";
  private static final String RLO = "\u202E";

  @Test
  void escape_marksFormatControlPrivateUseUnassignedAndDefaultIgnorable_andKeepsTheRest() {
    assertThat(VisibleText.escape("hotspots" + ZWSP)).isEqualTo("hotspots<U+200B>");
    assertThat(VisibleText.escape("达标" + RLO + "未")).isEqualTo("达标<U+202E>未");
    assertThat(VisibleText.escape("a\nb\r\tc\u0007")).isEqualTo("a\\nb\\r\\tc<U+0007>");
    assertThat(VisibleText.escape("\u2028\u2029\uFEFF\u00AD\u2066\u200D"))
        .isEqualTo("<U+2028><U+2029><U+FEFF><U+00AD><U+2066><U+200D>");
    assertThat(VisibleText.escape("\uE000\u0378\uD800")).isEqualTo("<U+E000><U+0378><U+D800>");
    assertThat(VisibleText.escape("\u3164\u034F\uFE0F" + new String(Character.toChars(0xE0001))))
        .isEqualTo("<U+3164><U+034F><U+FE0F><U+E0001>");
    String plain = "东沙镇 310199-001\u00A0\u3000（二(五)）≥ 90% ✓ !! \\u200b";
    assertThat(VisibleText.escape(plain)).isSameAs(plain);
    assertThat(VisibleText.escape(VisibleText.escape("x" + RLO))).isEqualTo("x<U+202E>");
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void aViolationMessage_marksTheZeroWidthSpaceAndTheOverride_inItsLocationAndValues(
      ReportLanguage language) {
    Violation violation =
        Violation.of(
            RuleCode.METRIC_UNKNOWN,
            Location.root().member("counts").key("hotspots" + ZWSP + RLO),
            "hotspots" + ZWSP + RLO,
            SET.id());

    String line = Violations.render(violation, language, Optional.of(SET));

    assertThat(line).doesNotContain(ZWSP, RLO).contains("hotspots<U+200B><U+202E>");
    assertThat(Violations.location(violation.location(), language))
        .doesNotContain(ZWSP, RLO)
        .contains("hotspots<U+200B><U+202E>");
    assertThat(Violations.message(violation, language, Optional.of(SET)))
        .doesNotContain(ZWSP, RLO)
        .startsWith(
            language == ReportLanguage.EN
                ? "unknown metric hotspots<U+200B><U+202E>: "
                : language == ReportLanguage.ZH_HANT
                    ? "未知的統計項 hotspots<U+200B><U+202E>："
                    : "未知的统计项 hotspots<U+200B><U+202E>：");
    if (language == ReportLanguage.ZH_HANS) {
      assertThat(line)
          .isEqualTo(
              "计数“hotspots<U+200B><U+202E>”：未知的统计项 hotspots<U+200B><U+202E>：考评标准 "
                  + SET.id()
                  + " 没有任何标准读取它");
    }
    if (language == ReportLanguage.EN) {
      assertThat(line).startsWith("$.counts[\"hotspots<U+200B><U+202E>\"]: unknown metric");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void aTextReport_marksTheZeroWidthSpaceAndTheOverride_inTheUnitsName(ReportLanguage language)
      throws IOException {
    AssessmentResult result;
    try (InputStream in =
        VisibleTextTest.class.getResourceAsStream("/cases/sample-town-2025.json")) {
      result = SET.assess(EvidenceJson.read(in));
    }
    // A result built in Java (or read from result/1) is not checked as evidence is: the report
    // escapes what it prints.
    AssessmentResult forged =
        AssessmentResult.builder()
            .criteriaSetId(result.criteriaSetId())
            .criteriaSetVersion(result.criteriaSetVersion())
            .criteriaSetFingerprint(result.criteriaSetFingerprint())
            .unit(Unit.of("310199-001", "东沙镇" + ZWSP + "（" + RLO + "标达未）", UnitKind.TOWN))
            .period(result.period())
            .overall(result.overall())
            .reason(result.reason())
            .evidenceDigest(result.evidenceDigest())
            .addAllCriteria(result.criteria())
            .build();

    String report = TextReport.render(forged, SET, language);

    assertThat(report)
        .doesNotContain(ZWSP, RLO)
        .contains(
            language == ReportLanguage.EN
                ? "\nUnit: 东沙镇<U+200B>（<U+202E>标达未） (310199-001)\n"
                : (language == ReportLanguage.ZH_HANT ? "\n單位：" : "\n单位：")
                    + "东沙镇<U+200B>（<U+202E>标达未）（310199-001）\n");
  }

  @Test
  void noBundleSentence_holdsACharacterTheEscapeWouldMark() throws IOException {
    for (String base : new String[] {"report", "violations"}) {
      for (ReportLanguage language : ReportLanguage.values()) {
        Properties properties = new Properties();
        String file = Messages.fileName(base, language);
        try (Reader reader =
            new InputStreamReader(
                Messages.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
          String sentence = properties.getProperty(key);
          assertThat(VisibleText.escape(sentence)).as("%s in %s", key, file).isEqualTo(sentence);
        }
      }
    }
  }
}
