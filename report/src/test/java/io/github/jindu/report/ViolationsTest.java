package io.github.jindu.report;

import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_3Y;
import static io.github.jindu.catalogue.Metrics.USERS_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleEvidence;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What a person reads of a violation, in each language, and the completeness of the three bundles. */
class ViolationsTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final Optional<CriteriaSet> NAMED = Optional.of(SET);

  private static ResourceBundle bundle(ReportLanguage language) {
    return Violations.bundle(Violations.class, Violations.BUNDLE, language);
  }

  private static Violation reachedAboveActual() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                SampleEvidence.empty()
                    .count(POPULATION_REACHED, 84211)
                    .count(POPULATION_ACTUAL, 84210)
                    .assess());
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @Test
  void everyRuleCode_hasAMessageInEachBundle_thatMessageFormatReads() {
    for (ReportLanguage language : ReportLanguage.values()) {
      ResourceBundle bundle = bundle(language);
      for (RuleCode code : RuleCode.values()) {
        assertThat(bundle.containsKey(code.code())).as("%s in %s", code.code(), language).isTrue();
        assertThat(new MessageFormat(bundle.getString(code.code()), Locale.ROOT).getFormats())
            .as("%s in %s", code.code(), language)
            .isNotNull();
      }
    }
  }

  @Test
  void everyKey_isInAllThreeBundles() {
    Set<String> simplified = new TreeSet<>(bundle(ReportLanguage.ZH_HANS).keySet());
    assertThat(new TreeSet<>(bundle(ReportLanguage.ZH_HANT).keySet())).isEqualTo(simplified);
    assertThat(new TreeSet<>(bundle(ReportLanguage.EN).keySet())).isEqualTo(simplified);
    Set<String> codes = new TreeSet<>();
    for (RuleCode code : RuleCode.values()) {
      codes.add(code.code());
    }
    assertThat(simplified).containsAll(codes);
  }

  /** docs/errors.md lists every rule code with its Chinese and English messages exactly as the bundles hold them. */
  @Test
  void docsErrors_listsEveryRuleCode_withItsMessages() throws java.io.IOException {
    String doc =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "docs", "errors.md"),
            java.nio.charset.StandardCharsets.UTF_8);
    for (RuleCode code : RuleCode.values()) {
      String zh = bundle(ReportLanguage.ZH_HANS).getString(code.code()).replace("|", "\\|");
      String en =
          bundle(ReportLanguage.EN).getString(code.code()).replace("''", "'").replace("|", "\\|");
      assertThat(doc)
          .as(code.code())
          .contains("| `" + code.code() + "` | " + zh + " | " + en + " | ");
    }
  }

  @Test
  void aPartAboveItsWhole_inSimplifiedChinese_namesBothMetricsByTheirChineseNamesAndKeys() {
    Violation v = reachedAboveActual();
    assertThat(Violations.message(v, ReportLanguage.ZH_HANS, NAMED))
        .isEqualTo("受到禁毒宣传教育的实有人口（population.reached）84211 超过实有人口（population.actual）84210");
    assertThat(Violations.render(v, ReportLanguage.ZH_HANS, NAMED))
        .isEqualTo(
            "计数“population.reached”：受到禁毒宣传教育的实有人口（population.reached）84211 超过"
                + "实有人口（population.actual）84210");
  }

  @Test
  void aPartAboveItsWhole_inTraditionalChinese_usesTheTraditionalNames() {
    assertThat(Violations.render(reachedAboveActual(), ReportLanguage.ZH_HANT, NAMED))
        .isEqualTo(
            "計數“population.reached”：受到禁毒宣傳教育的實有人口（population.reached）84211 超過"
                + "實有人口（population.actual）84210");
  }

  @Test
  void aPartAboveItsWhole_inEnglish_showsTheJsonPath() {
    assertThat(Violations.render(reachedAboveActual(), ReportLanguage.EN, NAMED))
        .isEqualTo(
            "$.counts[\"population.reached\"]: population.reached (84211) must not exceed population.actual"
                + " (84210)");
  }

  @Test
  void aKindNotAssessed_namesEveryKindTheSetAssessesInWords_notOnlyByWireName() {
    Violation v =
        Violation.of(
            RuleCode.UNIT_KIND_NOT_ASSESSED,
            Location.root().member("unit").member("kind"),
            "residents-committee",
            "municipal-model-community",
            "town, street");
    assertThat(Violations.message(v, ReportLanguage.ZH_HANS, Optional.empty()))
        .isEqualTo(
            "考评标准 municipal-model-community 不评估居委会（residents-committee）（它评估：镇（town）、街道（street））");
    assertThat(Violations.message(v, ReportLanguage.EN, Optional.empty()))
        .isEqualTo(
            "a residents-committee is not assessed on criteria set municipal-model-community (it assesses town, street)");
  }

  @Test
  void aForgedConclusion_isSaidInWords_withTheWireNamesBeside() {
    Violation v =
        Violation.of(
            RuleCode.RESULT_OVERALL_INCONSISTENT,
            Location.root().member("reason"),
            "QUALIFIED",
            "all-met",
            "NOT_QUALIFIED",
            "gating-not-met",
            "prevention.urine-tests");
    assertThat(Violations.message(v, ReportLanguage.ZH_HANS, Optional.empty()))
        .isEqualTo(
            "整体结论写作达标（QUALIFIED）（原因：必备指标全部达到或不适用"
                + "（all-met）），但按所列各项结果、得分和一票否决情况应为未达标（NOT_QUALIFIED）（原因：必备指标未达到（gating-not-met）；"
                + "所涉标准：prevention.urine-tests）");
    assertThat(Violations.render(v, ReportLanguage.EN))
        .isEqualTo(
            "$.reason: is qualified (QUALIFIED) (reason all gating"
                + " criteria met or not applicable (all-met)), but the outcomes, score and veto findings shown decide not"
                + " qualified (NOT_QUALIFIED) (reason gating criteria not met (gating-not-met); criteria: prevention.urine-tests)");
    Violation outcome =
        Violation.of(
            RuleCode.RESULT_OUTCOME_INCONSISTENT,
            Location.root().member("criteria").index(33).member("outcome"),
            "MET",
            "NOT_MET",
            "prevention.urine-tests");
    assertThat(Violations.message(outcome, ReportLanguage.ZH_HANT, Optional.empty()))
        .isEqualTo("寫作達到（MET），但按所列觀測數據，標準 prevention.urine-tests 應為未達到（NOT_MET）");
  }

  @Test
  void aChainOfParts_isSaidLinkByLink() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                SampleEvidence.empty()
                    .count(USERS_ABSTINENT_3Y, 11)
                    .count(USERS_REGISTERED, 10)
                    .assess());
    Violation v = e.violations().get(0);
    assertThat(Violations.render(v, ReportLanguage.EN, NAMED))
        .isEqualTo(
            "$.counts[\"users.abstinent-3y\"]:"
                + " users.abstinent-3y (11) must not exceed users.registered (10): it is counted within users.abstinent-1y,"
                + " which is counted within users.registered");
    assertThat(Violations.message(v, ReportLanguage.ZH_HANS, NAMED))
        .isEqualTo(
            "戒断毒瘾三年以上人数"
                + "（users.abstinent-3y）11 超过登记在册吸毒人员（users.registered）10：前者计入戒断毒瘾一年(含)以上人数"
                + "（users.abstinent-1y），再计入登记在册吸毒人员（users.registered）");
  }

  @Test
  void locations_inChinese_areWords() {
    Location date = Location.root().member("events").index(3).member("date");
    assertThat(Violations.location(date, ReportLanguage.ZH_HANS)).isEqualTo("第 4 个事件的日期");
    assertThat(Violations.location(date, ReportLanguage.ZH_HANT)).isEqualTo("第 4 個事件的日期");
    assertThat(Violations.location(date, ReportLanguage.EN)).isEqualTo("$.events[3].date");
    assertThat(Violations.location(Location.root(), ReportLanguage.ZH_HANS)).isEqualTo("整个文件");
    assertThat(
            Violations.location(
                Location.root().member("counts").key("users.new").inDocument("310199-001-01"),
                ReportLanguage.ZH_HANS))
        .isEqualTo("310199-001-01 的材料中的计数“users.new”");
    assertThat(
            Violations.location(
                Location.root().member("counts").key("users.new").inDocument("310199-001-01"),
                ReportLanguage.EN))
        .isEqualTo("310199-001-01: $.counts[\"users.new\"]");
    assertThat(
            Violations.location(
                Location.root()
                    .member("attestations")
                    .key("leadership.regular-study")
                    .member("reference"),
                ReportLanguage.ZH_HANS))
        .isEqualTo("标准“leadership.regular-study”的认定的依据文件");
  }

  @Test
  void aControlCharacterOfTheEvidence_neverBreaksTheLine() {
    Violation v =
        Violation.of(
            RuleCode.METRIC_UNKNOWN, Location.root().member("counts").key("a\nb"), "a\nb", "s");
    for (ReportLanguage language : ReportLanguage.values()) {
      assertThat(Violations.render(v, language)).doesNotContain("\n", "\r");
    }
  }

  /**
   * Every rule, at any location, renders in Chinese as one line with no JSON path and no placeholder left
   * unfilled; in English with its JSON path.
   */
  @Test
  void everyRule_atAnyLocation_rendersInEveryLanguage_chineseWithoutAJsonPath() {
    RuleCode[] codes = RuleCode.values();
    String[] members = {
      "unit", "period", "counts", "events", "subunits", "peers", "indicators", "points", "bogus"
    };
    qt().forAll(
            integers().between(0, codes.length - 1),
            integers().between(0, members.length - 1),
            integers().between(0, 30),
            integers().between(0, 8))
        .checkAssert(
            (code, member, index, arity) -> {
              List<String> values = new ArrayList<>();
              for (int i = 0; i < 8; i++) {
                values.add("v" + i);
              }
              Location at = Location.root().member(members[member]).index(index).member("date");
              Violation v = Violation.of(codes[code], at, values);
              for (ReportLanguage language : ReportLanguage.values()) {
                String line = Violations.render(v, language, NAMED);
                assertThat(line).doesNotContain("\n").doesNotMatch(".*\\{[0-9]+}.*");
                if (language == ReportLanguage.EN) {
                  assertThat(line).startsWith("$." + members[member] + "[" + index + "].date: ");
                } else {
                  assertThat(line).doesNotContain("$.", "$[");
                }
              }
            });
  }
}
