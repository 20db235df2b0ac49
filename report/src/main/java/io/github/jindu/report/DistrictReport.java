package io.github.jindu.report;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.points.Score;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.jindu.district.Candidate;
import io.github.jindu.district.IndicatorTally;
import io.github.jindu.district.Selection;
import io.github.jindu.district.SelectionOrder;
import io.github.jindu.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a district's {@link Selection} (评选) as plain text, in Chinese or English: first every candidate against
 * the indicators (一级指标) of the set, then the selection with ranks.
 *
 * <p>The header names the criteria set, the period, the district, the count of candidates by outcome, the order
 * and how peers were taken. The first table has one row per candidate, by unit id, and one column per indicator,
 * numbered as the legend above it lists them; a cell is {@code met/total} (criteria met of the indicator's
 * criteria), followed by {@code ✗} when a gating criterion of it is not met or {@code ?} when one is not assessed;
 * the row ends with the overall outcome and the unit's name. The second table lists the candidates in selection
 * order with their rank ({@code 1（并列）} / {@code 1=} for a tie), name, outcome and the reason: the gating criteria
 * not met or not assessed (at most three named), the veto, and how many counts were rolled up from sub-units. An
 * excerpt in Chinese:
 *
 * <pre>
 * 单位代码       1    2    3    4     5    6    7    8    9    10  整体结论  单位名称
 * 310199-001   5/5  2/2  4/4  3/3 10/10  4/4 6/7✗ 5/6✗  1/2 6/7✗  未达标    东沙镇
 * </pre>
 *
 * <p>Columns are aligned for a terminal that shows CJK characters two columns wide. The output is a pure function of
 * the arguments: no clock, locale, time zone or floating point; every line ends with {@code "\n"}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class DistrictReport {
  private static final int REASONS_NAMED = 3;

  private DistrictReport() {}

  /**
   * Renders a selection as text.
   *
   * <p>Example: {@code DistrictReport.render(selection, MunicipalModelCommunity.criteriaSet(), ReportLanguage.ZH_HANS)}.
   *
   * @param selection the selection, made on {@code set}
   * @param set the criteria set; it supplies the names and clauses of the indicators and criteria
   * @param language the language of the report's words and of the names printed
   * @return the report, lines separated and ended by {@code "\n"}; the same arguments always give the same text
   * @throws IllegalArgumentException if the selection is of another criteria set
   */
  public static String render(Selection selection, CriteriaSet set, ReportLanguage language) {
    checkArgument(selection.criteriaSet().equals(set.id()), "the selection is of criteria set %s, not of %s",
        selection.criteriaSet(), set.id());
    boolean zh = language != ReportLanguage.EN;
    StringBuilder out = new StringBuilder();
    line(out, zh ? "禁毒工作示范社区评选报告" : "Drug-control model community selection report");
    line(out, (zh ? "考评标准：" + set.chineseName() + "（" : "Criteria set: " + set.englishName() + " (") + set.id()
        + (zh ? "）" : ")"));
    line(out, (zh ? "考评期：" : "Period: ") + selection.period().start() + (zh ? " 至 " : " to ")
        + selection.period().end());
    selection.district().ifPresent(d -> line(out, (zh ? "区：" : "District: ") + d));
    line(out, summary(selection, zh));
    line(out, order(selection, zh));
    peers(out, set, zh);
    line(out, "");
    indicatorTable(out, selection, set, zh);
    line(out, "");
    selectionTable(out, selection, set, zh);
    return out.toString();
  }

  private static String summary(Selection selection, boolean zh) {
    List<String> parts = new ArrayList<>();
    for (OverallOutcome o : Selection.OUTCOME_ORDER) {
      long n = selection.candidates().stream().filter(c -> c.overall() == o).count();
      parts.add(zh ? outcome(o, true) + " " + n + " 个" : o.name() + " " + n);
    }
    int total = selection.candidates().size();
    return zh
        ? "候选单位：" + total + " 个；" + String.join("，", parts)
        : "Candidates: " + total + "; " + String.join(", ", parts);
  }

  private static String order(Selection selection, boolean zh) {
    String outcomes = Selection.OUTCOME_ORDER.stream()
        .map(o -> outcome(o, zh))
        .collect(Collectors.joining(zh ? "、" : ", "));
    boolean outcomeOnly = selection.order().equals(SelectionOrder.outcomeOnly().id());
    if (zh) {
      return "排序：按整体结论（" + outcomes + "）"
          + (outcomeOnly ? "" : "，结论相同者按排序规则「" + selection.order() + "」")
          + "；名次相同者并列，按单位代码排列";
    }
    return "Order: by overall outcome (" + outcomes + ")"
        + (outcomeOnly ? "" : ", then by the order \"" + selection.order() + "\"")
        + "; candidates that tie share a rank and are listed by unit id";
  }

  private static void peers(StringBuilder out, CriteriaSet set, boolean zh) {
    for (Criterion c : set.criteria()) {
      if (c.threshold() instanceof LowestAmongPeers) {
        LowestAmongPeers t = (LowestAmongPeers) c.threshold();
        line(out, zh
            ? "比较对象：“" + c.chineseName() + "”以其他候选单位为比较对象；缺少 " + t.population() + " 或 " + t.cases()
                + " 的候选单位不作为比较对象"
            : "Peers: for " + c.id() + " each candidate is compared with the other candidates; a candidate without "
                + t.population() + " or " + t.cases() + " is no one's peer");
      }
    }
  }

  private static void indicatorTable(StringBuilder out, Selection selection, CriteriaSet set, boolean zh) {
    line(out, zh
        ? "一、各候选单位一级指标情况（达到项数/二级指标项数；✗ 有必备指标未达到；? 有必备指标材料缺失）"
        : "1. Indicators (criteria met/criteria of the indicator; ✗ a gating criterion not met; ? a gating criterion"
            + " not assessed)");
    List<Indicator> indicators = set.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      line(out, pad(Integer.toString(i + 1), 3, true) + " " + indicator.clause() + " "
          + (zh ? indicator.chineseName() : indicator.englishName()) + " [" + indicator.id() + "]");
    }
    line(out, "");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(zh ? "单位代码" : "Unit");
    for (int i = 0; i < indicators.size(); i++) {
      header.add(Integer.toString(i + 1));
    }
    header.add(zh ? "整体结论" : "Overall");
    header.add(zh ? "单位名称" : "Name");
    rows.add(header);
    List<Candidate> byId = new ArrayList<>(selection.candidates());
    byId.sort(Comparator.comparing(c -> c.unit().id()));
    for (Candidate c : byId) {
      List<String> row = new ArrayList<>();
      row.add(c.unit().id());
      for (IndicatorTally t : c.indicators()) {
        row.add(t.met() + "/" + t.total() + (t.gatingNotMet() > 0 ? "✗" : t.gatingNotAssessed() > 0 ? "?" : " "));
      }
      row.add(outcome(c.overall(), zh));
      row.add(c.unit().name());
      rows.add(row);
    }
    boolean[] right = new boolean[header.size()];
    for (int i = 1; i <= indicators.size(); i++) {
      right[i] = true;
    }
    table(out, rows, right);
  }

  private static void selectionTable(StringBuilder out, Selection selection, CriteriaSet set, boolean zh) {
    line(out, zh ? "二、评选结果（达标单位在前）" : "2. Selection (qualified candidates first)");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(zh ? "名次" : "Rank", zh ? "单位代码" : "Unit", zh ? "单位名称" : "Name",
        zh ? "整体结论" : "Overall", zh ? "说明" : "Reason"));
    for (Candidate c : selection.candidates()) {
      rows.add(List.of(c.rank() + (c.tied() ? (zh ? "（并列）" : "=") : ""), c.unit().id(), c.unit().name(),
          outcome(c.overall(), zh), reason(c, set, zh)));
    }
    table(out, rows, new boolean[5]);
  }

  /** {@return why the candidate has its outcome, and how many of its counts were rolled up} */
  private static String reason(Candidate c, CriteriaSet set, boolean zh) {
    String why;
    switch (c.overall()) {
      case VETOED:
        why = c.result().vetoes().stream()
            .map(v -> v.id() + (zh ? "（依据：" + v.reference() + "）" : " (reference: " + v.reference() + ")"))
            .collect(Collectors.joining(zh ? "、" : ", ", zh ? "一票否决：" : "veto: ", ""));
        break;
      case NOT_QUALIFIED:
        why = (zh ? "未达到：" : "not met: ") + named(c, set, Outcome.NOT_MET, zh);
        break;
      case INCOMPLETE:
        why = (zh ? "材料缺失：" : "not assessed: ") + named(c, set, Outcome.NOT_ASSESSED, zh);
        break;
      default:
        why = "";
        break;
    }
    if (c.result().score().isPresent()) {
      Score score = c.result().score().get();
      String points = zh
          ? "得分 " + score.total().toPlainString() + "（" + score.band().chineseName() + "）"
          : "score " + score.total().toPlainString() + " (" + score.band().englishName() + ")";
      why = why.isEmpty() ? points : points + (zh ? "；" : "; ") + why;
    }
    if (c.rolledUp().isEmpty()) {
      return why;
    }
    String rolled = zh
        ? c.rolledUp().size() + " 项统计数由下级单位汇总"
        : c.rolledUp().size() + " counts rolled up from sub-units";
    return why.isEmpty() ? rolled : why + (zh ? "；" : "; ") + rolled;
  }

  /** {@return the gating criteria with an outcome: at most three named (Chinese names in 「」, or ids), then a count} */
  private static String named(Candidate c, CriteriaSet set, Outcome outcome, boolean zh) {
    List<String> names = new ArrayList<>();
    for (CriterionResult r : c.result().criteria()) {
      if (!r.advisory() && r.outcome() == outcome) {
        names.add(zh ? "「" + set.criterion(r.criterion()).map(Criterion::chineseName).orElse(r.criterion()) + "」"
            : r.criterion());
      }
    }
    String shown = String.join(zh ? "" : ", ", names.subList(0, Math.min(REASONS_NAMED, names.size())));
    if (names.size() <= REASONS_NAMED) {
      return shown;
    }
    return zh ? shown + "等 " + names.size() + " 项" : shown + ", … (" + names.size() + " in all)";
  }

  private static String outcome(OverallOutcome overall, boolean zh) {
    return zh ? ChineseText.overall(overall) : overall.name();
  }

  /** Appends rows as columns two spaces apart, padded to the widest cell, trailing spaces removed. */
  private static void table(StringBuilder out, List<List<String>> rows, boolean[] rightAligned) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(Texts.printable(row.get(i))));
      }
    }
    for (List<String> row : rows) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        text.append(i == 0 ? "" : "  ").append(pad(Texts.printable(row.get(i)), widths[i], rightAligned[i]));
      }
      line(out, text.toString().stripTrailing());
    }
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - width(text)));
    return right ? spaces + text : text + spaces;
  }

  /** {@return the columns a terminal gives the text: two for a CJK or full-width character, one otherwise} */
  private static int width(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD ? 2 : 1).sum();
  }

  /** Appends one line; control characters in it (from names or references in the evidence) are escaped. */
  private static void line(StringBuilder out, String text) {
    out.append(Texts.printable(text)).append('\n');
  }
}
