package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.Outcome;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.report.internal.html.HtmlModel.Chart;
import io.github.jindu.report.internal.html.HtmlModel.Segment;
import io.github.jindu.testing.SampleDistrict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML report: the sample town's unmet items with their gaps in each language, the district with a section per
 * candidate, nothing loaded from outside the document, every text from the bundles, names from the evidence
 * escaped, and charts that tile their width exactly.
 */
class HtmlReportTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  private static String sampleJson() {
    try (InputStream in =
        HtmlReportTest.class.getResourceAsStream("/cases/sample-town-2025.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AssessmentResult assess(String json, Attribution attribution) {
    Evidence evidence =
        EvidenceJson.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    return SET.assess(evidence, attribution);
  }

  private static AssessmentResult sample() {
    return assess(sampleJson(), Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组"));
  }

  /** {@return the document's text with its tags removed and its five entities decoded} */
  private static String text(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", "")
        .replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void sampleTown_showsTheUnmetItemsWithTheirGaps_inEachLanguage() {
    String zh = HtmlReport.render(sample(), SET, ReportLanguage.ZH_HANS);
    assertThat(zh).startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\">");
    assertThat(text(zh))
        .contains("整体结论：未达标")
        .contains("差距：实际尿检次数（urine-test.tests-done）还需增加 15（979/1104 → 994/1104）")
        .contains("差距：戒断毒瘾三年以上人数（users.abstinent-3y）还需增加 3（58/121 → 61/121）")
        .contains("差距：尚未覆盖 2025年第三季度")
        .contains("考评人：区禁毒办 考评组");

    String hant = HtmlReport.render(sample(), SET, ReportLanguage.ZH_HANT);
    assertThat(hant).startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">");
    assertThat(text(hant))
        .contains("整體結論：未達標")
        .contains("15（979/1104 → 994/1104）")
        .contains("2025年第三季度");

    String en = HtmlReport.render(sample(), SET, ReportLanguage.EN);
    assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(text(en))
        .contains("gap: 15 more urine-test.tests-done (979/1104 → 994/1104)")
        .contains("gap: 3 more users.abstinent-3y (58/121 → 61/121)")
        .contains("gap: not yet covered: 2025-Q3");
  }

  @Test
  void sampleTown_hasAChartAndARowPerCriterion_andFlagsTheUnmetOnes() {
    AssessmentResult result = sample();
    String html = HtmlReport.render(result, SET, ReportLanguage.ZH_HANS);
    assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(SET.indicators().size());
    assertThat(count(html, "<code>")).isEqualTo(SET.criteria().size());
    long flagged =
        result.criteria().stream()
            .filter(r -> !r.advisory())
            .filter(r -> r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.NOT_ASSESSED)
            .count();
    assertThat(flagged).isPositive();
    assertThat(count(html, " flagged\">")).isEqualTo((int) flagged);
    assertThat(html).contains("<tr class=\"not-met flagged\">");
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void everyDocument_isSelfContained_andFromTheBundles(ReportLanguage language) {
    for (String html :
        List.of(
            HtmlReport.render(sample(), SET, language),
            HtmlReport.render(SampleDistrict.selection(), SET, language))) {
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("<link")
          .doesNotContain("<img")
          .doesNotContain("src=")
          .doesNotContain("href=")
          .doesNotContain("url(")
          .doesNotContain("http:")
          .doesNotContain("https:")
          .contains("default-src 'none'")
          .endsWith("</html>\n");
      String text = text(html);
      if (language == ReportLanguage.EN) {
        assertThat(text).doesNotContain("整体结论").contains("Clause");
      } else {
        assertThat(text).doesNotContain("Clause").doesNotContain("Outcome").doesNotContain("gap:");
      }
    }
  }

  @Test
  void district_hasTheRanking_andASectionPerCandidate_eachOnANewPage() {
    var selection = SampleDistrict.selection();
    String html = HtmlReport.render(selection, SET, ReportLanguage.ZH_HANS);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\">");
    assertThat(count(html, "<section class=\"unit candidate\""))
        .isEqualTo(selection.candidates().size());
    assertThat(html).contains("section.candidate, h2.detail-heading { break-before: page;");
    String text = text(html);
    assertThat(text).contains("禁毒工作示范社区评选报告").contains("二、评选结果（达标单位在前）");
    // Every candidate's section, in selection order, headed by its rank and name.
    int at = 0;
    for (var c : selection.candidates()) {
      int next = text.indexOf("第 " + c.rank() + " 名：" + c.unit().name(), at);
      assertThat(next).as("section of %s after position %s", c.unit().id(), at).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void namesFromTheEvidence_areEscaped_neverMarkup() {
    String json =
        sampleJson()
            .replace(
                "\"name\": \"东沙镇\"",
                "\"name\": \"东沙镇<script>alert(1)</script>\\\"><img onerror=x>\"");
    AssessmentResult result =
        assess(json, Attribution.of(LocalDate.of(2026, 1, 15), "</p><script>alert(2)</script>"));
    assertThat(result.unit().name()).contains("<script>");
    for (ReportLanguage language : ReportLanguage.values()) {
      String html = HtmlReport.render(result, SET, language);
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .contains("东沙镇&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img onerror=x&gt;")
          .contains("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
      assertThat(text(html)).contains("东沙镇<script>alert(1)</script>\"><img onerror=x>");
    }
  }

  @Test
  void hiddenCharacters_showAsMarkers_escapedForTheirContext() {
    // The readers and the core refuse such text in evidence; a set's names or a caller's objects
    // may still hold it.
    gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
    HtmlReport.VisibleHtmlOutput html = new HtmlReport.VisibleHtmlOutput(out);
    html.writeUserContent("东沙镇\u202e标达<b>");
    html.setContext("p", "title");
    html.writeUserContent("\u200b\"");
    assertThat(out.toString()).isEqualTo("东沙镇&lt;U+202E&gt;标达&lt;b&gt;&lt;U+200B>&#34;");
  }

  @Test
  void theSameArguments_giveTheSameDocument() {
    assertThat(HtmlReport.render(sample(), SET, ReportLanguage.EN))
        .isEqualTo(HtmlReport.render(sample(), SET, ReportLanguage.EN));
    assertThat(HtmlReport.render(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANT))
        .isEqualTo(HtmlReport.render(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANT));
  }

  @Test
  void aChartsSegments_tileItsWidth_inOutcomeOrder_eachAsWideAsItsShare() {
    Wording w = Wording.of(ReportLanguage.EN, SET);
    qt().withExamples(500)
        .forAll(
            integers().between(0, 9),
            integers().between(0, 9),
            integers().between(0, 9),
            integers().between(0, 9))
        .assuming((a, b, c, d) -> a + b + c + d > 0)
        .checkAssert(
            (a, b, c, d) -> {
              List<Outcome> results = new ArrayList<>();
              int[] counts = {a, b, c, d};
              Outcome[] outcomes = {
                Outcome.MET, Outcome.NOT_MET, Outcome.NOT_ASSESSED, Outcome.NOT_APPLICABLE
              };
              // Mixed order: the chart counts, it does not follow the list's order.
              for (int round = 0; round < 9; round++) {
                for (int i = 3; i >= 0; i--) {
                  if (round < counts[i]) {
                    results.add(outcomes[i]);
                  }
                }
              }
              Chart chart = HtmlReport.chart("h", results, w);
              int total = a + b + c + d;
              int x = 0;
              int shown = 0;
              for (Segment s : chart.segments()) {
                assertThat(s.x()).isEqualTo(x);
                assertThat(s.count()).isPositive();
                // Its width is its share of the whole, rounded down or up by less than one unit.
                assertThat((long) s.width() * total)
                    .isBetween(s.count() * Chart.WIDTH - total, s.count() * Chart.WIDTH + total);
                x += s.width();
                shown++;
              }
              assertThat(x).isEqualTo(Chart.WIDTH);
              assertThat(shown)
                  .isEqualTo((a > 0 ? 1 : 0) + (b > 0 ? 1 : 0) + (c > 0 ? 1 : 0) + (d > 0 ? 1 : 0));
              assertThat(chart.counts())
                  .isEqualTo(
                      a
                          + " met, "
                          + b
                          + " not met, "
                          + c
                          + " not assessed, "
                          + d
                          + " not applicable");
              assertThat(chart.label())
                  .isEqualTo(
                      "h: "
                          + a
                          + " met, "
                          + b
                          + " not met, "
                          + c
                          + " not assessed, "
                          + d
                          + " not applicable");
            });
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
