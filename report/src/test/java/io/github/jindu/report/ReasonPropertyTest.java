package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.OverallOutcome;
import io.github.jindu.OverallReason;
import io.github.jindu.ReasonKind;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.ResultJson;
import io.github.jindu.testing.SampleEvidence;
import io.github.jindu.testing.Towns;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Law: for any evidence under any points scheme with veto items, the reason each report prints (in zh-Hans, zh-Hant
 * and en) is the result's {@link AssessmentResult#reason()}: the same kind, the same criteria (the first five, in
 * order) or findings, the same score; and the conclusion printed above it is the reason's and the result's overall
 * outcome. The expected sentences are written here, independently of the bundles, so a bundle that swapped two keys
 * fails. Each result also reads back from {@code result/1} equal to itself.
 */
class ReasonPropertyTest {
  /** The Traditional names of the default set's criteria, from the set itself. */
  private static final CriteriaSet DEFAULT_SET = MunicipalModelCommunity.criteriaSet();

  /** How one language writes each reason: a pattern whose groups are the count, the criteria, or the score. */
  private record Language(
      ReportLanguage language,
      Map<ReasonKind, Pattern> reasons,
      Map<OverallOutcome, String> conclusions,
      Function<String, String> name,
      Function<List<String>, String> few) {}

  private static Map<ReasonKind, Pattern> patterns(String... pairs) {
    Map<ReasonKind, Pattern> out = new EnumMap<>(ReasonKind.class);
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(ReasonKind.valueOf(pairs[i]), Pattern.compile(pairs[i + 1]));
    }
    assertThat(out).hasSize(ReasonKind.values().length);
    return out;
  }

  private static Map<OverallOutcome, String> conclusions(
      String qualified, String notQualified, String incomplete, String vetoed) {
    return new EnumMap<>(
        Map.of(
            OverallOutcome.QUALIFIED,
            qualified,
            OverallOutcome.NOT_QUALIFIED,
            notQualified,
            OverallOutcome.INCOMPLETE,
            incomplete,
            OverallOutcome.VETOED,
            vetoed));
  }

  private static String chineseFew(List<String> names) {
    String shown = names.stream().limit(5).map(n -> "「" + n + "」").collect(Collectors.joining());
    return names.size() > 5 ? shown + "等" : shown;
  }

  private static final List<Language> LANGUAGES =
      List.of(
          new Language(
              ReportLanguage.ZH_HANS,
              patterns(
                  "VETO_FINDING", "原因：一票否决（(.+)）",
                  "VETOES_ABSENT", "原因：本考评标准设一票否决事项，但材料未载明一票否决核查情况（vetoes），无法排除一票否决",
                  "VETO_ITEM_NOT_MET", "原因：一票否决项未达到（(.+)）",
                  "VETO_ITEM_NOT_ASSESSED", "原因：一票否决项材料缺失 (\\d+) 项，无法排除一票否决（(.+)）",
                  "BELOW_PASS_MARK", "原因：得分 (\\S+) 分，低于及格线 (\\S+) 分",
                  "PASS_MARK_REACHED", "原因：得分 (\\S+) 分，达到及格线 (\\S+) 分",
                  "GATING_NOT_MET", "原因：必备指标未达到 (\\d+) 项（(.+)）",
                  "GATING_NOT_ASSESSED", "原因：必备指标材料缺失 (\\d+) 项（(.+)）",
                  "ALL_MET", "原因：必备指标全部达到或不适用，无一票否决"),
              conclusions("整体结论：达标", "整体结论：未达标", "整体结论：材料不全", "整体结论：一票否决"),
              id -> Scored.SET.criterion(id).orElseThrow().chineseName(),
              ReasonPropertyTest::chineseFew),
          new Language(
              ReportLanguage.ZH_HANT,
              patterns(
                  "VETO_FINDING", "原因：一票否決（(.+)）",
                  "VETOES_ABSENT", "原因：本考評標準設一票否決事項，但材料未載明一票否決核查情況（vetoes），無法排除一票否決",
                  "VETO_ITEM_NOT_MET", "原因：一票否決項未達到（(.+)）",
                  "VETO_ITEM_NOT_ASSESSED", "原因：一票否決項材料缺失 (\\d+) 項，無法排除一票否決（(.+)）",
                  "BELOW_PASS_MARK", "原因：得分 (\\S+) 分，低於及格線 (\\S+) 分",
                  "PASS_MARK_REACHED", "原因：得分 (\\S+) 分，達到及格線 (\\S+) 分",
                  "GATING_NOT_MET", "原因：必備指標未達到 (\\d+) 項（(.+)）",
                  "GATING_NOT_ASSESSED", "原因：必備指標材料缺失 (\\d+) 項（(.+)）",
                  "ALL_MET", "原因：必備指標全部達到或不適用，無一票否決"),
              conclusions("整體結論：達標", "整體結論：未達標", "整體結論：材料不全", "整體結論：一票否決"),
              id ->
                  DEFAULT_SET.criterion(id).flatMap(Criterion::traditionalChineseName).orElse(null),
              ReasonPropertyTest::chineseFew),
          new Language(
              ReportLanguage.EN,
              patterns(
                  "VETO_FINDING", "Reason: veto finding \\((.+)\\)",
                  "VETOES_ABSENT",
                      "Reason: the criteria set has veto rules and the evidence does not record the veto check"
                          + " \\(vetoes\\), so no veto can be ruled out",
                  "VETO_ITEM_NOT_MET", "Reason: veto item NOT_MET \\((.+)\\)",
                  "VETO_ITEM_NOT_ASSESSED",
                      "Reason: (\\d+) veto items? NOT_ASSESSED, so the veto cannot be ruled out \\((.+)\\)",
                  "BELOW_PASS_MARK", "Reason: a score of (\\S+) is below the pass mark (\\S+)",
                  "PASS_MARK_REACHED", "Reason: a score of (\\S+) reaches the pass mark (\\S+)",
                  "GATING_NOT_MET", "Reason: (\\d+) gating criteria NOT_MET \\((.+)\\)",
                  "GATING_NOT_ASSESSED", "Reason: (\\d+) gating criteria NOT_ASSESSED \\((.+)\\)",
                  "ALL_MET", "Reason: every gating criterion MET or NOT_APPLICABLE, no veto"),
              conclusions(
                  "Overall conclusion: QUALIFIED",
                  "Overall conclusion: NOT_QUALIFIED",
                  "Overall conclusion: INCOMPLETE",
                  "Overall conclusion: VETOED"),
              id -> DEFAULT_SET.criterion(id).orElseThrow().englishName() + " [" + id + "]",
              ids ->
                  String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                      + (ids.size() > 5 ? ", …" : "")));

  /** {@return how a language names a veto finding: by its rule's name, with the id beside in English} */
  private static String vetoName(CriteriaSet set, ReportLanguage language, String id) {
    io.github.jindu.VetoRule rule =
        set.vetoRules().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    return switch (language) {
      case ZH_HANS -> rule.chineseName();
      case ZH_HANT -> rule.traditionalChineseName().orElseThrow();
      case EN -> rule.englishName() + " [" + id + "]";
    };
  }

  @Test
  void theReasonEveryReportPrints_isTheResultsReason_andAgreesWithTheOverallOutcome() {
    qt().withExamples(200)
        .forAll(Towns.towns(), longs().all())
        .checkAssert(
            (town, seed) -> {
              Random random = new Random(seed);
              SampleEvidence evidence = town.copy();
              for (MetricKey key : town.countKeys()) {
                if (random.nextInt(12) == 0) {
                  evidence.withoutCount(key);
                }
              }
              for (String criterion : town.attestedCriteria()) {
                if (random.nextInt(12) == 0) {
                  evidence.withoutAttestation(criterion);
                }
              }
              if (random.nextInt(8) == 0) {
                evidence.veto(SampleEvidence.VETO, "区综治委通报 2025-7号");
              } else if (random.nextInt(8) == 0) {
                evidence.withoutVetoes();
              } else {
                evidence.vetoesChecked();
              }
              Evidence built = evidence.build();
              check(Scored.random(seed), built);
              check(Scored.SET, built);
            });
    assertThat(SEEN.keySet())
        .as("the reasons the examples reached")
        .contains(
            ReasonKind.VETO_ITEM_NOT_MET,
            ReasonKind.VETO_ITEM_NOT_ASSESSED,
            ReasonKind.BELOW_PASS_MARK,
            ReasonKind.PASS_MARK_REACHED,
            ReasonKind.GATING_NOT_MET,
            ReasonKind.VETO_FINDING,
            ReasonKind.VETOES_ABSENT);
  }

  private static final Map<ReasonKind, Integer> SEEN = new ConcurrentHashMap<>();

  private static void check(CriteriaSet set, Evidence evidence) {
    {
      AssessmentResult result = set.assess(evidence);
      OverallReason reason = result.reason();
      SEEN.merge(reason.kind(), 1, Integer::sum);
      // The reason, observations and digest survive result/1 byte for byte, whatever the reason.
      String json = ResultJson.write(result);
      assertThat(ResultJson.read(json, set)).isEqualTo(result);
      assertThat(reason.overall()).isEqualTo(result.overall());
      for (Language l : LANGUAGES) {
        String[] lines = Unwrapped.report(result, set, l.language()).split("\n");
        assertThat(lines[1])
            .as("%s conclusion", l.language())
            .isEqualTo(l.conclusions().get(result.overall()));
        List<ReasonKind> printed = new ArrayList<>();
        Matcher match = null;
        for (Map.Entry<ReasonKind, Pattern> e : l.reasons().entrySet()) {
          Matcher m = e.getValue().matcher(lines[2]);
          if (m.matches()) {
            printed.add(e.getKey());
            match = m;
          }
        }
        assertThat(printed)
            .as("%s reason line %s", l.language(), lines[2])
            .containsExactly(reason.kind());
        switch (reason.kind()) {
          case VETO_FINDING ->
              assertThat(match.group(1))
                  .isEqualTo(
                      reason.findings().stream()
                          .map(f -> vetoName(set, l.language(), f.id()))
                          .collect(
                              Collectors.joining(l.language() == ReportLanguage.EN ? ", " : "、")));
          case VETO_ITEM_NOT_MET -> assertThat(match.group(1)).isEqualTo(few(l, reason));
          case VETO_ITEM_NOT_ASSESSED, GATING_NOT_MET, GATING_NOT_ASSESSED -> {
            assertThat(match.group(1)).isEqualTo(Integer.toString(reason.criteria().size()));
            assertThat(match.group(2)).isEqualTo(few(l, reason));
          }
          case BELOW_PASS_MARK, PASS_MARK_REACHED -> {
            assertThat(match.group(1))
                .isEqualTo(result.score().orElseThrow().total().toPlainString());
            assertThat(match.group(2))
                .isEqualTo(result.score().orElseThrow().passMark().toPlainString());
          }
          case VETOES_ABSENT, ALL_MET -> {}
        }
      }
    }
  }

  private static String few(Language l, OverallReason reason) {
    return l.few().apply(reason.criteria().stream().map(l.name()).collect(Collectors.toList()));
  }
}
