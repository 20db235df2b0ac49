package io.github.jindu.report;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Indicator;
import io.github.jindu.MissingEvidence.MissingPeerFigure;
import io.github.jindu.MissingEvidence.PeerField;
import io.github.jindu.OverallOutcome;
import io.github.jindu.OverallReason;
import io.github.jindu.Peer;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.IndicatorTally;
import io.github.jindu.district.Selection;
import io.github.jindu.district.SelectionOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders a district's {@link Selection} (评选) as plain text, in Simplified Chinese, Traditional Chinese or English
 * ({@link ReportLanguage}), every sentence from the {@code report} message bundle: first every candidate against
 * the indicators (一级指标) of the set, then the selection with ranks.
 *
 * <p>The header names the criteria set, the period, the district, the count of candidates by outcome, the order
 * and the peers of {@code results.case-rate-lowest}: the whole district (全区), the other candidates and each
 * non-candidate unit with the figures the district supplied; for every unit whose population or case count is
 * unknown, a note says so and that the criterion is therefore not assessed for any candidate. The first table has one row per candidate, by unit id, and one column per indicator,
 * numbered as the legend above it lists them; a cell is {@code met/total} (criteria met of the indicator's
 * criteria), followed by {@code ✗} when a gating criterion of it is not met or {@code ?} when one is not assessed;
 * the row ends with the overall outcome and the unit's name. The second table lists the candidates in selection
 * order with their rank ({@code 1（并列）} / {@code 1=} for a tie), name, outcome and the reason, as each result decided
 * it ({@link AssessmentResult#reason()}): the score under a points scheme, the veto findings or the veto items not
 * met or not assessed, the gating criteria not met or not assessed (every one named, in words), and how many
 * counts were rolled up from sub-units. A veto finding is named by its rule's name, its id beside it in brackets,
 * and the document it relies on. {@link #renderWithDetail} adds each candidate's full report. An excerpt in Simplified Chinese:
 *
 * <pre>
 * 单位代码       1    2    3    4     5    6    7    8    9    10  整体结论  单位名称
 * 310199-001   5/5  2/2  4/4  3/3 10/10  4/4 6/7✗ 5/6✗  1/2 6/7✗  未达标    东沙镇
 * </pre>
 *
 * <p>The report ends with the audit block (审核信息) of {@link TextReport}: the criteria set's name, version and
 * fingerprint, the assessment date and the assessor ({@link Selection#attribution()}, {@code 未填写} when not given),
 * and each candidate's evidence digest by unit id.
 *
 * <p>Columns are aligned for a terminal that shows CJK characters two columns wide. The output is a pure function of
 * the arguments: no clock, locale, time zone or floating point; every line ends with {@code "\n"}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class DistrictReport {
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
    checkArgument(
        selection.criteriaSetId().equals(set.id()),
        "the selection is of criteria set %s, not of %s",
        selection.criteriaSetId(),
        set.id());
    Wording w = Wording.of(language, set);
    StringBuilder out = new StringBuilder();
    line(out, w.say("district.title"));
    line(out, w.say("criteria-set", w.setName(), set.id()));
    line(
        out,
        w.say(
            "period", selection.period().start().toString(), selection.period().end().toString()));
    selection.districtId().ifPresent(d -> line(out, w.say("district.district", d)));
    line(out, summary(selection, w));
    line(out, order(selection, w));
    peerLines(selection, set, w).forEach(l -> line(out, l));
    line(out, "");
    indicatorTable(out, selection, set, w);
    line(out, "");
    selectionTable(out, selection, w);
    line(out, "");
    audit(out, selection, w);
    return out.toString();
  }

  /**
   * The audit block: the criteria set with its version and fingerprint as the candidates were assessed on it, the
   * date and the assessor (or 未填写), then each candidate's evidence digest, by unit id.
   */
  private static void audit(StringBuilder out, Selection selection, Wording w) {
    line(out, w.say("audit.heading"));
    TextReport.auditSet(out, selection.candidates().get(0).result(), w);
    TextReport.auditAttribution(out, selection.attribution(), w);
    line(out, w.say("district.audit.evidence"));
    List<List<String>> rows = new ArrayList<>();
    List<Candidate> byId = new ArrayList<>(selection.candidates());
    byId.sort(Comparator.comparing(c -> c.unit().id()));
    for (Candidate c : byId) {
      rows.add(List.of(c.unit().id(), c.result().evidenceDigest(), c.unit().name()));
    }
    table(out, rows, new boolean[3]);
    line(out, w.say("audit.note"));
  }

  /**
   * Renders a selection as text, then each candidate's full report: the same text as {@link #render}, then a
   * heading and, for every candidate in selection order, a line naming its rank, name and id and the text
   * {@link TextReport#render} gives for its result (what {@code jindu assess} prints for it), so that every
   * verdict can be checked against its figures.
   *
   * <p>Example: {@code DistrictReport.renderWithDetail(selection, set, ReportLanguage.ZH_HANS)}.
   *
   * @param selection the selection, made on {@code set}
   * @param set the criteria set
   * @param language the language of the report's words and of the names printed
   * @return the report, lines separated and ended by {@code "\n"}; the same arguments always give the same text
   * @throws IllegalArgumentException if the selection is of another criteria set
   */
  public static String renderWithDetail(
      Selection selection, CriteriaSet set, ReportLanguage language) {
    StringBuilder out = new StringBuilder(render(selection, set, language));
    Wording w = Wording.of(language, set);
    line(out, "");
    line(out, w.say("district.detail"));
    for (Candidate c : selection.candidates()) {
      line(out, "");
      line(
          out,
          w.say(
              "district.detail.heading",
              Integer.toString(c.rank()),
              c.unit().name(),
              c.unit().id()));
      out.append(TextReport.render(c.result(), set, language));
    }
    return out.toString();
  }

  static String summary(Selection selection, Wording w) {
    checkArgument(Selection.OUTCOME_ORDER.size() == 4, "the summary names four outcomes");
    Object[] arguments = new Object[9];
    arguments[0] = Integer.toString(selection.candidates().size());
    for (int i = 0; i < 4; i++) {
      OverallOutcome o = Selection.OUTCOME_ORDER.get(i);
      arguments[1 + 2 * i] = w.overall(o);
      arguments[2 + 2 * i] =
          Long.toString(selection.candidates().stream().filter(c -> c.overall() == o).count());
    }
    return w.say("district.summary", arguments);
  }

  static String order(Selection selection, Wording w) {
    String outcomes =
        w.joined(Selection.OUTCOME_ORDER.stream().map(w::overall).collect(Collectors.toList()));
    boolean outcomeOnly = selection.orderId().equals(SelectionOrder.outcomeOnly().id());
    return outcomeOnly
        ? w.say("district.order", outcomes)
        : w.say("district.order.then", outcomes, selection.orderId());
  }

  /**
   * The peers of the lowest-case-rate criterion: the whole district, the non-candidate units with their figures,
   * and a note for each unit whose figure is unknown (which leaves every candidate's criterion not assessed).
   */
  static List<String> peerLines(Selection selection, CriteriaSet set, Wording w) {
    List<String> out = new ArrayList<>();
    for (Criterion c : set.criteria()) {
      if (c.threshold() instanceof LowestAmongPeers t) {
        out.add(
            w.say(
                "district.peers",
                w.name(c),
                c.id(),
                w.metricWithKey(t.population()),
                w.metricWithKey(t.cases()),
                Integer.toString(selection.others().size()),
                (long) selection.others().size()));
        for (Peer p : selection.others()) {
          String population =
              p.population().isPresent() ? Long.toString(p.population().getAsLong()) : "";
          String cases = p.cases().isPresent() ? Long.toString(p.cases().getAsLong()) : "";
          String key =
              p.isKnown()
                  ? "district.other"
                  : p.population().isPresent()
                      ? "district.other.unknown-cases"
                      : p.cases().isPresent()
                          ? "district.other.unknown-population"
                          : "district.other.unknown";
          out.add(w.say(key, p.unitId(), population, cases));
        }
        Set<MissingPeerFigure> unknown =
            new TreeSet<>(
                Comparator.comparing(MissingPeerFigure::unitId)
                    .thenComparing(MissingPeerFigure::field));
        for (Candidate candidate : selection.candidates()) {
          candidate
              .result()
              .criterion(c.id())
              .ifPresent(
                  r ->
                      r.missing().stream()
                          .filter(MissingPeerFigure.class::isInstance)
                          .map(MissingPeerFigure.class::cast)
                          .forEach(unknown::add));
        }
        for (MissingPeerFigure m : unknown) {
          String figure =
              w.metricWithKey(m.field() == PeerField.POPULATION ? t.population() : t.cases());
          out.add(w.say("district.unknown-figure", m.unitId(), figure, w.name(c), c.id()));
        }
      }
    }
    return out;
  }

  private static void indicatorTable(
      StringBuilder out, Selection selection, CriteriaSet set, Wording w) {
    line(out, w.say("district.indicators"));
    List<Indicator> indicators = set.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      line(
          out,
          pad(Integer.toString(i + 1), 3, true)
              + " "
              + indicator.clause()
              + " "
              + w.name(indicator)
              + " ["
              + indicator.id()
              + "]");
    }
    line(out, "");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(w.say("district.header.unit"));
    for (int i = 0; i < indicators.size(); i++) {
      header.add(Integer.toString(i + 1));
    }
    header.add(w.say("district.header.overall"));
    header.add(w.say("district.header.name"));
    rows.add(header);
    List<Candidate> byId = new ArrayList<>(selection.candidates());
    byId.sort(Comparator.comparing(c -> c.unit().id()));
    for (Candidate c : byId) {
      List<String> row = new ArrayList<>();
      row.add(c.unit().id());
      for (IndicatorTally t : c.indicators()) {
        row.add(
            t.met()
                + "/"
                + t.total()
                + (t.gatingNotMet() > 0 ? "✗" : t.gatingNotAssessed() > 0 ? "?" : " "));
      }
      row.add(w.overall(c.overall()));
      row.add(c.unit().name());
      rows.add(row);
    }
    boolean[] right = new boolean[header.size()];
    for (int i = 1; i <= indicators.size(); i++) {
      right[i] = true;
    }
    table(out, rows, right);
  }

  private static void selectionTable(StringBuilder out, Selection selection, Wording w) {
    line(out, w.say("district.selection"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            w.say("district.header.rank"),
            w.say("district.header.unit"),
            w.say("district.header.name"),
            w.say("district.header.overall"),
            w.say("district.header.reason")));
    for (Candidate c : selection.candidates()) {
      String rank = Integer.toString(c.rank());
      rows.add(
          List.of(
              c.tied() ? w.say("district.rank.tied", rank) : rank,
              c.unit().id(),
              c.unit().name(),
              w.overall(c.overall()),
              reason(c, w)));
    }
    table(out, rows, new boolean[5]);
  }

  /**
   * {@return why the candidate has its outcome, as its result decided it ({@link AssessmentResult#reason()}), with
   * its score and how many of its counts were rolled up}
   */
  static String reason(Candidate c, Wording w) {
    AssessmentResult result = c.result();
    OverallReason reason = result.reason();
    List<String> parts = new ArrayList<>();
    result
        .score()
        .ifPresent(
            score ->
                parts.add(
                    w.say("district.score", score.total().toPlainString(), w.name(score.band()))));
    String named = w.withIds(reason.criteria());
    String passMark = result.score().map(s -> s.passMark().toPlainString()).orElse("");
    Optional<String> why =
        switch (reason.kind()) {
          case VETO_FINDING ->
              Optional.of(
                  w.say(
                      "district.reason.veto-finding",
                      w.joined(
                          reason.findings().stream()
                              .map(
                                  f ->
                                      w.say(
                                          "district.veto-finding",
                                          f.id(),
                                          f.reference(),
                                          w.vetoName(f.id())))
                              .collect(Collectors.toList()))));
          case VETOES_ABSENT -> Optional.of(w.say("district.reason.vetoes-absent"));
          case VETO_ITEM_NOT_MET -> Optional.of(w.say("district.reason.veto-item-not-met", named));
          case VETO_ITEM_NOT_ASSESSED ->
              Optional.of(w.say("district.reason.veto-item-not-assessed", named));
          case BELOW_PASS_MARK ->
              Optional.of(
                  reason.criteria().isEmpty()
                      ? w.say("district.reason.below-pass-mark", passMark)
                      : w.say("district.reason.below-pass-mark.named", passMark, named));
          case GATING_NOT_MET -> Optional.of(w.say("district.reason.gating-not-met", named));
          case GATING_NOT_ASSESSED ->
              Optional.of(w.say("district.reason.gating-not-assessed", named));
          case PASS_MARK_REACHED, ALL_MET -> Optional.empty();
        };
    why.ifPresent(parts::add);
    if (!c.rolledUp().isEmpty()) {
      parts.add(w.say("district.rolled-up", Integer.toString(c.rolledUp().size())));
    }
    return String.join(w.say("district.clause.separator"), parts);
  }

  /** Appends rows as columns two spaces apart, padded to the widest cell, trailing spaces removed. */
  private static void table(StringBuilder out, List<List<String>> rows, boolean[] rightAligned) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], Columns.width(VisibleText.escape(row.get(i))));
      }
    }
    for (List<String> row : rows) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        text.append(i == 0 ? "" : "  ")
            .append(pad(VisibleText.escape(row.get(i)), widths[i], rightAligned[i]));
      }
      line(out, text.toString().stripTrailing());
    }
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - Columns.width(text)));
    return right ? spaces + text : text + spaces;
  }

  /**
   * Appends one line; characters in it that would not show or would reorder it are escaped ({@link
   * VisibleText#escape}), then it is wrapped to fit 100 columns ({@link Columns}).
   */
  private static void line(StringBuilder out, String text) {
    out.append(Columns.wrap(VisibleText.escape(text))).append('\n');
  }
}
