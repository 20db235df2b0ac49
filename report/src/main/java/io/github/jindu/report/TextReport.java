package io.github.jindu.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.Outcome;
import io.github.jindu.ReasonKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.VetoRule;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders an {@link AssessmentResult} as plain text an official can read (考评报告), in Simplified Chinese,
 * Traditional Chinese or English ({@link ReportLanguage}), every sentence from the message bundle
 * {@code io/github/jindu/report/report.properties} (and its {@code _zh_Hant} and {@code _en} files).
 *
 * <p>The report opens with the overall conclusion (整体结论) and the reason for it, as the result decided it
 * ({@link AssessmentResult#reason()}: the report never recomputes it), then the unit (name and id), the period, the
 * criteria set, a count of the criteria by outcome and the veto findings (一票否决), if any. Then comes every
 * indicator (一级指标) of the set, headed by its clause and name ({@code 二(五) 预防教育深入}), with each of its
 * criteria (二级指标) on a line of its own: a mark and the outcome, the criterion's name, its clause and id;
 * under it the figure observed against the bar required and, for a criterion not assessed, the evidence that is
 * missing. Lines of criteria that are not met or not assessed start with {@code !!} so that they stand out;
 * advisory criteria are labelled as such. An excerpt in Simplified Chinese:
 *
 * <pre>
 * 禁毒工作示范社区考评报告
 * 整体结论：未达标
 * 单位：东沙镇（310199-001）
 * 考评期：2025-01-01 至 2025-12-31
 * ...
 * 二(七) 帮教机制完善
 *    ✓ 达到 人在户在吸毒人员定期尿检，尿检人数达到90%以上（二(七)）[rehabilitation.urine-test-persons]
 *       实际：129/138 (93.48 %)；要求：≥ 90%（9/10）
 * !! ✗ 未达到 尿检次数达到90%以上（二(七)）[rehabilitation.urine-test-count]
 *       实际：979/1104 (88.68 %)；要求：≥ 90%（9/10）
 * </pre>
 *
 * <p>The report ends with an audit block (审核信息), so that whoever signs it can tell what it was computed from:
 * the criteria set's name, id and version and its fingerprint ({@link AssessmentResult#criteriaSetFingerprint()}),
 * the evidence digest ({@link AssessmentResult#evidenceDigest()}), and the assessment date and the assessor
 * ({@link AssessmentResult#attribution()}), each shown as {@code 未填写} (not given) when the caller gave none:
 *
 * <pre>
 * 审核信息
 * 考评标准：禁毒工作示范社区考评标准（municipal-model-community），版本 2009
 * 标准指纹：sha256:…
 * 材料摘要：sha256:211ef4a9…
 * 考评日期：2026-01-15
 * 考评人：区禁毒办 考评组
 * 说明：标准指纹和材料摘要是 SHA-256 校验值；…
 * </pre>
 *
 * <p>Figures are written from the result's {@link io.github.jindu.Observation}s: exact integers, with percentages
 * and rates rounded toward the side of the outcome (so a printed figure never contradicts its outcome); bars are
 * written from the criterion's {@link io.github.jindu.bar.Threshold}. In Traditional Chinese a name the set has no
 * Traditional form for is printed in its Simplified form and marked so. The output is a pure function of the
 * arguments: no clock, default locale, time zone or floating point is involved, and every line ends with
 * {@code "\n"}.
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
   * @param language the language of the report's words and of the names printed
   * @return the report, lines separated and ended by {@code "\n"}; the same arguments always give the same text
   * @throws IllegalArgumentException if the result is not one of {@code set}: another criteria set id, or not
   *     exactly one result for every criterion of the set
   */
  public static String render(AssessmentResult result, CriteriaSet set, ReportLanguage language) {
    Map<String, CriterionResult> byId = criteriaById(result, set);
    Wording w = Wording.of(language, set);
    StringBuilder out = new StringBuilder();
    line(out, w.say("title"));
    line(out, w.say("conclusion", w.overall(result.overall())));
    line(out, w.reason(result));
    line(out, w.say("unit", result.unit().name(), result.unit().id()));
    line(
        out, w.say("period", result.period().start().toString(), result.period().end().toString()));
    line(out, w.say("criteria-set", w.setName(), set.id()));
    set.source().ifPresent(source -> line(out, w.say("source", w.source(source))));
    line(out, summary(result, w));
    result.score().ifPresent(score -> line(out, score(score, w)));
    result.score().flatMap(score -> advice(result, score, set, w)).ifPresent(a -> line(out, a));
    line(out, w.say(result.score().isPresent() ? "note.scored" : "note"));
    line(out, "");
    vetoes(out, result, set, w);
    for (Indicator indicator : set.indicators()) {
      line(out, "");
      line(out, w.say("indicator.heading", indicator.clause(), w.name(indicator)));
      for (Criterion criterion : indicator.criteria()) {
        criterion(out, criterion, requireNonNull(byId.get(criterion.id())), result, w);
      }
    }
    line(out, "");
    line(out, w.say("audit.heading"));
    auditSet(out, result, w);
    line(out, w.say("audit.evidence", result.evidenceDigest()));
    auditAttribution(out, result.attribution(), w);
    line(out, w.say("audit.note"));
    return out.toString();
  }

  /**
   * Checks that a result is one of a set and returns its criteria's results by id.
   *
   * @throws IllegalArgumentException if the result is of another criteria set, or has not exactly one result for
   *     every criterion of the set
   */
  static Map<String, CriterionResult> criteriaById(AssessmentResult result, CriteriaSet set) {
    checkArgument(
        result.criteriaSetId().equals(set.id()),
        "the result is of criteria set %s, not of %s",
        result.criteriaSetId(),
        set.id());
    Map<String, CriterionResult> byId = new LinkedHashMap<>();
    for (CriterionResult r : result.criteria()) {
      checkArgument(
          set.criterion(r.criterionId()).isPresent(),
          "criterion %s of the result is not in criteria set %s",
          r.criterionId(),
          set.id());
      checkArgument(
          byId.put(r.criterionId(), r) == null,
          "criterion %s appears twice in the result",
          r.criterionId());
    }
    for (Criterion c : set.criteria()) {
      checkArgument(byId.containsKey(c.id()), "the result has no outcome for criterion %s", c.id());
    }

    return byId;
  }

  /** The audit block's lines of the criteria set: its name, id and version, then its fingerprint, as recorded. */
  static void auditSet(StringBuilder out, AssessmentResult result, Wording w) {
    line(
        out,
        w.say(
            "audit.criteria-set",
            w.setName(),
            result.criteriaSetId(),
            result.criteriaSetVersion()));
    line(out, w.say("audit.fingerprint", result.criteriaSetFingerprint()));
  }

  /** The audit block's lines of the date and the assessor, each {@code 未填写} (not given) when absent. */
  static void auditAttribution(StringBuilder out, Attribution attribution, Wording w) {
    line(
        out,
        attribution
            .assessedOn()
            .map(d -> w.say("audit.assessed-on", d.toString()))
            .orElseGet(() -> w.say("audit.assessed-on.none")));
    line(
        out,
        attribution
            .assessor()
            .map(a -> w.say("audit.assessor", a))
            .orElseGet(() -> w.say("audit.assessor.none")));
  }

  /** A line of the report that may be flagged (a veto or criterion that stands in the way). */
  record Flagged(boolean flagged, String text) {}

  private static void vetoes(
      StringBuilder out, AssessmentResult result, CriteriaSet set, Wording w) {
    for (Flagged f : vetoLines(result, set, w)) {
      line(out, (f.flagged() ? FLAG : "") + f.text());
    }
  }

  /**
   * The veto lines: the veto items or findings that decided the outcome, flagged, each after a heading line; or one
   * line saying there are none, or no rules, or that they were not checked.
   */
  static List<Flagged> vetoLines(AssessmentResult result, CriteriaSet set, Wording w) {
    List<Flagged> out = new ArrayList<>();
    ReasonKind kind = result.reason().kind();
    if (kind == ReasonKind.VETO_ITEM_NOT_MET || kind == ReasonKind.VETO_ITEM_NOT_ASSESSED) {
      // A points scheme's veto items decided the outcome: name them here too, never "none".
      List<String> items = result.reason().criteria();
      String heading =
          kind == ReasonKind.VETO_ITEM_NOT_MET
              ? "vetoes.items-not-met"
              : "vetoes.items-not-assessed";
      out.add(new Flagged(false, w.say(heading, (long) items.size())));
      for (String id : items) {
        Criterion item = set.criterion(id).orElseThrow();
        out.add(new Flagged(true, w.say("veto.item.line", w.name(item), item.clause(), id)));
      }
      return out;
    }
    if (kind == ReasonKind.VETOES_ABSENT) {
      out.add(new Flagged(false, w.say("vetoes.absent")));
      return out;
    }
    if (result.vetoes().isEmpty()) {
      boolean scoredItems =
          set.pointsScheme()
              .map(
                  p ->
                      !p.vetoItems().isEmpty()
                          || p.sections().values().stream().anyMatch(PointsScheme.Section::veto))
              .orElse(false);
      String none = set.vetoRules().isEmpty() && !scoredItems ? "vetoes.no-rules" : "vetoes.none";
      out.add(new Flagged(false, w.say(none)));
      return out;
    }
    out.add(new Flagged(false, w.say("vetoes.count", Integer.toString(result.vetoes().size()))));
    for (VetoFinding finding : result.vetoes()) {
      Optional<VetoRule> rule =
          set.vetoRules().stream().filter(v -> v.id().equals(finding.id())).findFirst();
      out.add(
          new Flagged(
              true,
              rule.isPresent()
                  ? w.say(
                      "veto.line",
                      finding.id(),
                      w.name(rule.get()),
                      rule.get().clause(),
                      finding.reference())
                  : w.say("veto.line.unknown-rule", finding.id(), finding.reference())));
    }
    return out;
  }

  private static void criterion(
      StringBuilder out,
      Criterion criterion,
      CriterionResult r,
      AssessmentResult result,
      Wording w) {
    boolean flagged =
        !r.advisory() && (r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.NOT_ASSESSED);
    String key =
        !r.advisory()
            ? "criterion.line"
            : result.score().isPresent()
                ? "criterion.line.advisory-scored"
                : "criterion.line.advisory";
    line(
        out,
        (flagged ? FLAG : NO_FLAG)
            + w.say(key, w.mark(r.outcome()), w.name(criterion), r.clause(), r.criterionId()));
    String observed = w.observed(r);
    String required = w.required(r.threshold());
    Optional<String> points =
        result
            .score()
            .map(score -> score.criterionPoints().get(r.criterionId()))
            .map(p -> p.toPlainString());
    line(
        out,
        DETAIL_INDENT
            + (points.isPresent()
                ? w.say("detail.points", observed, required, points.get())
                : w.say("detail", observed, required)));
    r.gap().ifPresent(gap -> line(out, DETAIL_INDENT + w.gap(r, gap)));
    if (!r.missing().isEmpty()) {
      line(
          out,
          DETAIL_INDENT
              + w.say(
                  "missing",
                  w.joined(r.missing().stream().map(w::missing).collect(Collectors.toList()))));
    }
  }

  /** The score line: total, maximum, pass mark, band, bonus and deductions. */
  static String score(Score score, Wording w) {
    return w.say(
        "score",
        score.total().toPlainString(),
        score.maxTotal().toPlainString(),
        score.passMark().toPlainString(),
        w.name(score.band()),
        score.band().range(),
        score.bonus().toPlainString(),
        score.deductions().toPlainString());
  }

  /**
   * Under a points scheme, below the pass mark: how many points stand between the score and the mark, and the
   * gating criteria not met or not assessed that are worth the most (the points each could still earn), at most
   * five, the most first, in catalogue order among equals.
   */
  static Optional<String> advice(AssessmentResult result, Score score, CriteriaSet set, Wording w) {
    BigDecimal shortBy = score.passMark().subtract(score.total());
    if (shortBy.signum() <= 0 || set.pointsScheme().isEmpty()) {
      return Optional.empty();
    }
    PointsScheme scheme = set.pointsScheme().get();
    // Each unmet gating criterion with what it could still earn, in catalogue order; a stable sort
    // keeps that
    // order among equals.
    Map<String, BigDecimal> worth = new LinkedHashMap<>();
    result.criteria().stream()
        .filter(r -> !r.advisory())
        .filter(r -> r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.NOT_ASSESSED)
        .forEach(r -> worth.put(r.criterionId(), worth(r, score, scheme)));
    List<String> items =
        worth.entrySet().stream()
            .filter(e -> e.getValue().signum() > 0)
            .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
            .map(
                e ->
                    w.say("advice.item", w.criterionName(e.getKey()), e.getValue().toPlainString()))
            .collect(Collectors.toList());
    if (items.isEmpty()) {
      return Optional.of(w.say("advice.short", shortBy.toPlainString()));
    }
    List<String> shown = items.subList(0, Math.min(5, items.size()));
    String listed = w.joined(shown) + (items.size() > shown.size() ? w.say("advice.more") : "");
    return Optional.of(w.say("advice", shortBy.toPlainString(), listed));
  }

  /** {@return the points an unmet criterion could still earn: its most points less what it earned} */
  private static BigDecimal worth(CriterionResult r, Score score, PointsScheme scheme) {
    return scheme
        .mostPointsOf(r.criterionId())
        .subtract(score.criterionPoints().getOrDefault(r.criterionId(), BigDecimal.ZERO));
  }

  /** The counts of gating and of advisory criteria by outcome. */
  static String summary(AssessmentResult result, Wording w) {
    long[] gating = counts(result, false);
    long[] advisory = counts(result, true);
    Object[] arguments = new Object[12];
    for (int i = 0; i < 5; i++) {
      arguments[i] = Long.toString(gating[i]);
      arguments[5 + i] = Long.toString(advisory[i]);
    }
    arguments[10] = gating[0];
    arguments[11] = advisory[0];
    return w.say(advisory[0] > 0 ? "summary.with-advisory" : "summary", arguments);
  }

  /** {@return the total, then the MET, NOT_MET, NOT_ASSESSED and NOT_APPLICABLE counts of gating or advisory criteria} */
  private static long[] counts(AssessmentResult result, boolean advisory) {
    long[] n = new long[5];
    for (CriterionResult r : result.criteria()) {
      if (r.advisory() == advisory) {
        n[0]++;
        n[
            1
                + switch (r.outcome()) {
                  case MET -> 0;
                  case NOT_MET -> 1;
                  case NOT_ASSESSED -> 2;
                  case NOT_APPLICABLE -> 3;
                }]++;
      }
    }
    return n;
  }

  /**
   * Appends one line; characters in it that would not show or would reorder it (from names, ids, references or the
   * assessor) are escaped ({@link VisibleText#escape}), then it is wrapped to fit 100 columns ({@link Columns}).
   */
  private static void line(StringBuilder out, String text) {
    out.append(Columns.wrap(VisibleText.escape(text))).append('\n');
  }
}
