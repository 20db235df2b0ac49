package io.github.jindu.report;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.VetoFinding;
import io.github.jindu.points.Score;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.jindu.internal.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders an {@link AssessmentResult} as plain text an official can read (考评报告), in Chinese or English.
 *
 * <p>The report opens with the overall conclusion (整体结论), then the unit (name and id), the period, the
 * criteria set, a count of the criteria by outcome and the veto findings (一票否决), if any. Then comes every
 * indicator (一级指标) of the set, headed by its clause and name ({@code 二(五) 预防教育深入}), with each of its
 * criteria (二级指标) on a line of its own: a mark and the outcome, the criterion's name, its clause and id;
 * under it the figure observed against the bar required and, for a criterion not assessed, the evidence that is
 * missing. Lines of criteria that are not met or not assessed start with {@code !!} so that they stand out;
 * advisory criteria are labelled as such. An excerpt in Chinese:
 *
 * <pre>
 * 禁毒工作示范社区考评报告
 * 整体结论：未达标
 * 单位：东沙镇（310199-001）
 * 考评期：2025-01-01 至 2025-12-31
 * ...
 * 二(七) 帮教机制完善
 *    ✓ 达到 人在户在吸毒人员定期尿检，尿检人数达到90%以上（二(七)）[rehabilitation.urine-test-persons]
 *       实际：129/138 (93.48 %)；要求：&gt;= 9/10
 * !! ✗ 未达到 尿检次数达到90%以上（二(七)）[rehabilitation.urine-test-count]
 *       实际：979/1104 (88.68 %)；要求：&gt;= 9/10
 * </pre>
 *
 * <p>Observed figures and bars are printed as the result holds them ({@link CriterionResult#observed()},
 * {@link CriterionResult#required()}): exact, or rounded toward the side of the outcome, so a printed figure
 * never contradicts its outcome. The output is a pure function of the arguments: no clock, locale, time zone or
 * floating point is involved, and every line ends with {@code "\n"}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class TextReport {
  private static final String FLAG = "!! ";
  private static final String NO_FLAG = "   ";
  private static final String DETAIL_INDENT = "      ";

  private TextReport() {}

  /**
   * Renders a result as text.
   *
   * <p>Example: {@code TextReport.render(result, MunicipalModelCommunity.criteriaSet(), ReportLanguage.ZH_HANS)}.
   *
   * @param result the result of assessing evidence against {@code set}
   * @param set the criteria set the result was assessed against; it supplies the names and clauses of the
   *     indicators, criteria and veto rules
   * @param language the language of the report's words and of the criteria names printed
   * @return the report, lines separated and ended by {@code "\n"}; the same arguments always give the same text
   * @throws IllegalArgumentException if the result is not one of {@code set}: another criteria set id, or not
   *     exactly one result for every criterion of the set
   */
  public static String render(AssessmentResult result, CriteriaSet set, ReportLanguage language) {
    checkArgument(
        result.criteriaSet().equals(set.id()),
        "the result is of criteria set %s, not of %s",
        result.criteriaSet(),
        set.id());
    Map<String, CriterionResult> byId = new LinkedHashMap<>();
    for (CriterionResult r : result.criteria()) {
      checkArgument(set.criterion(r.criterion()).isPresent(),
          "criterion %s of the result is not in criteria set %s", r.criterion(), set.id());
      checkArgument(byId.put(r.criterion(), r) == null,
          "criterion %s appears twice in the result", r.criterion());
    }
    for (Criterion c : set.criteria()) {
      checkArgument(byId.containsKey(c.id()), "the result has no outcome for criterion %s", c.id());
    }

    Words w = Words.of(language);
    StringBuilder out = new StringBuilder();
    line(out, w.title());
    line(out, w.conclusion() + w.overall(result.overall()));
    line(out, w.reason(result, set));
    line(out, w.unit() + result.unit().name() + w.open() + result.unit().id() + w.close());
    line(out, w.period() + result.period().start() + w.to() + result.period().end());
    line(out, w.criteriaSet() + w.name(set.chineseName(), set.englishName()) + w.open() + set.id() + w.close());
    set.source().ifPresent(source -> line(out, w.source() + source));
    line(out, w.summary(result));
    result.score().ifPresent(score -> line(out, w.score(score)));
    line(out, result.score().isPresent() ? w.noteScored() : w.note());
    line(out, "");
    vetoes(out, result, set, w);
    for (Indicator indicator : set.indicators()) {
      line(out, "");
      line(out, indicator.clause() + " " + w.name(indicator.chineseName(), indicator.englishName()));
      for (Criterion criterion : indicator.criteria()) {
        criterion(out, criterion, byId.get(criterion.id()), result, w);
      }
    }
    return out.toString();
  }

  private static void vetoes(StringBuilder out, AssessmentResult result, CriteriaSet set, Words w) {
    if (result.vetoes().isEmpty()) {
      line(out, w.vetoes() + w.none());
      return;
    }
    line(out, w.vetoes() + w.count(result.vetoes().size()));
    for (VetoFinding finding : result.vetoes()) {
      String text = set.vetoRules().stream()
          .filter(v -> v.id().equals(finding.id()))
          .findFirst()
          .map(v -> w.name(v.chineseName(), v.englishName()) + w.open() + v.clause() + w.close())
          .orElse("");
      line(out, FLAG + finding.id() + " " + text + w.sep() + w.reference() + finding.reference());
    }
  }

  private static void criterion(
      StringBuilder out, Criterion criterion, CriterionResult r, AssessmentResult result, Words w) {
    boolean flagged = !r.advisory() && (r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.NOT_ASSESSED);
    String name = w.name(criterion.chineseName(), criterion.englishName());
    line(out, (flagged ? FLAG : NO_FLAG) + w.mark(r.outcome()) + " " + name
        + w.open() + r.source() + w.close()
        + (r.advisory() ? (result.score().isPresent() ? w.advisoryScored() : w.advisory()) : "")
        + w.gap() + "[" + r.criterion() + "]");
    String observed = w.chinese() ? ChineseText.observed(r) : r.observed().orElse("—");
    String required = w.chinese() ? ChineseText.requirement(criterion.threshold()) : r.required();
    String points = result.score().map(score -> score.criterionPoints().get(r.criterion()))
        .map(p -> w.sep() + w.points() + p.toPlainString()).orElse("");
    line(out, DETAIL_INDENT + w.observed() + observed + w.sep() + w.required() + required + points);
    if (!r.missing().isEmpty()) {
      line(out, DETAIL_INDENT + w.missing() + String.join(w.listSep(), r.missing()));
    }
  }

  /** Appends one line; control characters in it (from names or references in the evidence) are escaped. */
  private static void line(StringBuilder out, String text) {
    out.append(Texts.printable(text)).append('\n');
  }

  /** The words of one language, and which of two names it prints. */
  private record Words(
      boolean chinese,
      String title,
      String conclusion,
      String unit,
      String period,
      String to,
      String criteriaSet,
      String source,
      String note,
      String vetoes,
      String none,
      String reference,
      String observed,
      String required,
      String missing,
      String advisory,
      String open,
      String close,
      String gap,
      String sep,
      String listSep) {
    static final Words ZH = new Words(
        true,
        "禁毒工作示范社区考评报告",
        "整体结论：",
        "单位：",
        "考评期：",
        " 至 ",
        "考评标准：",
        "政策依据：",
        "说明：标有“!!”的行是未达到或材料缺失的必备指标；参考项不影响整体结论。",
        "一票否决：",
        "无",
        "依据：",
        "实际：",
        "要求：",
        "缺少材料：",
        "〔参考项，不影响整体结论〕",
        "（",
        "）",
        "",
        "；",
        "、");
    static final Words EN = new Words(
        false,
        "Drug-control model community assessment report",
        "Overall conclusion: ",
        "Unit: ",
        "Period: ",
        " to ",
        "Criteria set: ",
        "Source: ",
        "Note: lines marked \"!!\" are gating criteria not met or not assessed; advisory criteria do not gate the"
            + " overall conclusion.",
        "Vetoes: ",
        "none",
        "reference: ",
        "observed: ",
        "required: ",
        "missing evidence: ",
        " [advisory, does not gate]",
        " (",
        ")",
        " ",
        "; ",
        ", ");

    static Words of(ReportLanguage language) {
      return language != ReportLanguage.EN ? ZH : EN;
    }

    String name(String chineseName, String englishName) {
      return chinese ? chineseName : englishName;
    }

    String overall(OverallOutcome overall) {
      return chinese ? ChineseText.overall(overall) : overall.name();
    }

    String mark(Outcome outcome) {
      switch (outcome) {
        case MET:
          return "✓ " + (chinese ? "达到" : outcome.name());
        case NOT_MET:
          return "✗ " + (chinese ? "未达到" : outcome.name());
        case NOT_ASSESSED:
          return "? " + (chinese ? "材料缺失" : outcome.name());
        case NOT_APPLICABLE:
          return "– " + (chinese ? "不适用" : outcome.name());
        default:
          throw new AssertionError(outcome);
      }
    }

    String count(int vetoes) {
      return chinese ? vetoes + " 项" : Integer.toString(vetoes);
    }

    /** The line under the conclusion that says why: the vetoes, or the gating criteria not met or not assessed. */
    String reason(AssessmentResult result, CriteriaSet set) {
      if (result.score().isPresent() && result.vetoes().isEmpty()) {
        return scoredReason(result, set, result.score().get());
      }
      switch (result.overall()) {
        case VETOED:
          String vetoes = result.vetoes().stream().map(VetoFinding::id).collect(Collectors.joining(listSep()));
          return chinese ? "原因：一票否决（" + vetoes + "）" : "Reason: veto finding (" + vetoes + ")";
        case NOT_QUALIFIED:
          List<String> notMet = gating(result, set, Outcome.NOT_MET);
          return chinese
              ? "原因：必备指标未达到 " + notMet.size() + " 项（" + firstFew(notMet) + "）"
              : "Reason: " + notMet.size() + " gating criteria NOT_MET (" + firstFew(notMet) + ")";
        case INCOMPLETE:
          List<String> missing = gating(result, set, Outcome.NOT_ASSESSED);
          return chinese
              ? "原因：必备指标材料缺失 " + missing.size() + " 项（" + firstFew(missing) + "）"
              : "Reason: " + missing.size() + " gating criteria NOT_ASSESSED (" + firstFew(missing) + ")";
        case QUALIFIED:
          return chinese ? "原因：必备指标全部达到或不适用，无一票否决" : "Reason: every gating criterion MET or NOT_APPLICABLE, no veto";
        default:
          throw new AssertionError(result.overall());
      }
    }

    /** The reason under a points scheme: the total against the pass mark, or the veto items not met. */
    private String scoredReason(AssessmentResult result, CriteriaSet set, Score score) {
      String total = score.total().toPlainString();
      String mark = score.passMark().toPlainString();
      switch (result.overall()) {
        case VETOED:
          List<String> items = result.criteria().stream()
              .filter(r -> r.outcome() == Outcome.NOT_MET
                  && set.pointsScheme().orElseThrow().vetoItems().contains(r.criterion()))
              .map(r -> chinese ? set.criterion(r.criterion()).orElseThrow().chineseName() : r.criterion())
              .collect(Collectors.toList());
          return chinese ? "原因：一票否决项未达到（" + firstFew(items) + "）"
              : "Reason: veto item NOT_MET (" + firstFew(items) + ")";
        case QUALIFIED:
          return chinese ? "原因：得分 " + total + " 分，达到及格线 " + mark + " 分"
              : "Reason: a score of " + total + " reaches the pass mark " + mark;
        default:
          return chinese ? "原因：得分 " + total + " 分，低于及格线 " + mark + " 分"
              : "Reason: a score of " + total + " is below the pass mark " + mark;
      }
    }

    /** Joins at most five names (each in 「」 in Chinese), ending with 等 / "…" when there are more. */
    private String firstFew(List<String> names) {
      int shown = Math.min(names.size(), 5);
      String joined = chinese
          ? names.subList(0, shown).stream().map(n -> "「" + n + "」").collect(Collectors.joining())
          : String.join(listSep(), names.subList(0, shown));
      return joined + (names.size() > shown ? (chinese ? "等" : listSep() + "…") : "");
    }

    /** The gating criteria with an outcome: their Chinese names in Chinese, their ids in English. */
    private List<String> gating(AssessmentResult result, CriteriaSet set, Outcome outcome) {
      return result.criteria().stream()
          .filter(r -> !r.advisory() && r.outcome() == outcome)
          .map(r -> chinese ? set.criterion(r.criterion()).orElseThrow().chineseName() : r.criterion())
          .collect(Collectors.toList());
    }

    /** The label of an advisory criterion under a points scheme, where its bonus may count toward the total. */
    String advisoryScored() {
      return chinese ? "〔参考项，非必备；计分方案可计加分〕" : " [advisory, not gating; may earn bonus points]";
    }

    /** The note of a scored report: the conclusion follows the total and the pass mark. */
    String noteScored() {
      return chinese
          ? "说明：标有“!!”的行是未达到或材料缺失的必备指标；整体结论按计分方案的得分与及格线确定，参考项可计加分。"
          : "Note: lines marked \"!!\" are gating criteria not met or not assessed; the conclusion follows the score and"
              + " the pass mark, and advisory criteria may earn bonus points.";
    }

    /** The points a criterion earned, as the detail line names them. */
    String points() {
      return chinese ? "得分：" : "points: ";
    }

    /** The score line: total, maximum, pass mark, band, bonus and deductions. */
    String score(Score score) {
      if (chinese) {
        return "得分：" + score.total().toPlainString() + " 分（满分 " + score.maxTotal().toPlainString() + "，及格线 "
            + score.passMark().toPlainString() + "）；等级：" + score.band().chineseName() + " " + score.band().range()
            + "；加分 " + score.bonus().toPlainString() + "，扣分 " + score.deductions().toPlainString();
      }
      return "Score: " + score.total().toPlainString() + " of " + score.maxTotal().toPlainString() + " (pass mark "
          + score.passMark().toPlainString() + "); band: " + score.band().englishName() + " " + score.band().range()
          + "; bonus " + score.bonus().toPlainString() + ", deductions " + score.deductions().toPlainString();
    }

    /** The counts of gating and of advisory criteria by outcome. */
    String summary(AssessmentResult result) {
      return (chinese ? "统计：" : "Summary: ") + counts(result, false)
          + (result.criteria().stream().anyMatch(CriterionResult::advisory)
              ? (chinese ? "；" : "; ") + counts(result, true) : "");
    }

    private String counts(AssessmentResult result, boolean advisory) {
      long[] n = new long[Outcome.values().length];
      long total = 0;
      for (CriterionResult r : result.criteria()) {
        if (r.advisory() == advisory) {
          n[r.outcome().ordinal()]++;
          total++;
        }
      }
      long met = n[Outcome.MET.ordinal()];
      long notMet = n[Outcome.NOT_MET.ordinal()];
      long notAssessed = n[Outcome.NOT_ASSESSED.ordinal()];
      long notApplicable = n[Outcome.NOT_APPLICABLE.ordinal()];
      if (chinese) {
        return (advisory ? "参考项 " : "必备指标 ") + total + " 项：达到 " + met + " 项，未达到 " + notMet + " 项，材料缺失 "
            + notAssessed + " 项，不适用 " + notApplicable + " 项";
      }
      return total + (advisory ? " advisory" : " gating") + (total == 1 ? " criterion: " : " criteria: ") + met
          + " MET, " + notMet + " NOT_MET, "
          + notAssessed + " NOT_ASSESSED, " + notApplicable + " NOT_APPLICABLE";
    }
  }
}
