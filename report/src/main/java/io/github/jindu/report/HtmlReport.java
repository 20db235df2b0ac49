package io.github.jindu.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.IndicatorTally;
import io.github.jindu.district.Selection;
import io.github.jindu.report.internal.html.HtmlModel.Cell;
import io.github.jindu.report.internal.html.HtmlModel.Chart;
import io.github.jindu.report.internal.html.HtmlModel.CriterionRow;
import io.github.jindu.report.internal.html.HtmlModel.DistrictView;
import io.github.jindu.report.internal.html.HtmlModel.IndicatorView;
import io.github.jindu.report.internal.html.HtmlModel.Labels;
import io.github.jindu.report.internal.html.HtmlModel.Line;
import io.github.jindu.report.internal.html.HtmlModel.Page;
import io.github.jindu.report.internal.html.HtmlModel.Segment;
import io.github.jindu.report.internal.html.HtmlModel.Table;
import io.github.jindu.report.internal.html.HtmlModel.UnitView;
import io.github.jindu.report.internal.html.JtepageGenerated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders a unit's {@link AssessmentResult} or a district's {@link Selection} as one self-contained HTML document
 * (考评报告 / 评选报告), readable on screen and printable on A4, in Simplified Chinese, Traditional Chinese or English
 * ({@link ReportLanguage}), every text from the {@code report} message bundle, as {@link TextReport} and
 * {@link DistrictReport} word it.
 *
 * <p>A unit's document opens with the conclusion and its reason, then the unit, period, criteria set, counts, score
 * and the veto lines; then, for every indicator (一级指标), a bar drawn as inline SVG of its criteria by outcome
 * (met, not met, not assessed, not applicable) and a table of its criteria with clause, name and id, outcome, the
 * figure observed, the bar, and the gap (差距), the missing evidence and the points; it ends with the audit block
 * (审核信息). A district's document opens with the selection's header, the candidates against the indicators, the
 * ranking and the audit block with every candidate's evidence digest, then a section per candidate in selection
 * order, each starting on a new printed page.
 *
 * <p>The document needs nothing outside itself: no script, no external style sheet, image or font (the reader's
 * system fonts), and its {@code Content-Security-Policy} forbids loading any. It is generated from precompiled
 * <a href="https://jte.gg">jte</a> templates with contextual HTML escaping: a name such as
 * {@code <script>} from the evidence is printed as text, never as markup. The output is a pure function of the
 * arguments: no clock, default locale, time zone or floating point.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class HtmlReport {
  private static final List<Outcome> CHART_ORDER =
      List.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_ASSESSED, Outcome.NOT_APPLICABLE);

  private HtmlReport() {}

  /**
   * Renders a unit's result as an HTML document.
   *
   * <p>Example: {@code HtmlReport.render(result, MunicipalModelCommunity.criteriaSet(), ReportLanguage.ZH_HANS)}.
   *
   * @param result the result of assessing evidence against {@code set}
   * @param set the criteria set the result was assessed against; it supplies the names and clauses
   * @param language the language of the document's words and of the names printed
   * @return the document, UTF-8 text starting with {@code <!DOCTYPE html>}; the same arguments always give the
   *     same text
   * @throws IllegalArgumentException if the result is not one of {@code set}: another criteria set id, or not
   *     exactly one result for every criterion of the set
   */
  public static String render(AssessmentResult result, CriteriaSet set, ReportLanguage language) {
    Wording w = Wording.of(language, set);
    UnitView unit = unit(result, set, w);
    return html(new Page(language.tag(), w.say("title"), labels(w), List.of(), List.of(unit)));
  }

  /**
   * Renders a district's selection as an HTML document: the selection, then every candidate's report in selection
   * order.
   *
   * <p>Example: {@code HtmlReport.render(selection, MunicipalModelCommunity.criteriaSet(), ReportLanguage.EN)}.
   *
   * @param selection the selection, made on {@code set}
   * @param set the criteria set; it supplies the names and clauses
   * @param language the language of the document's words and of the names printed
   * @return the document, UTF-8 text starting with {@code <!DOCTYPE html>}; the same arguments always give the
   *     same text
   * @throws IllegalArgumentException if the selection is of another criteria set
   */
  public static String render(Selection selection, CriteriaSet set, ReportLanguage language) {
    checkArgument(
        selection.criteriaSetId().equals(set.id()),
        "the selection is of criteria set %s, not of %s",
        selection.criteriaSetId(),
        set.id());
    Wording w = Wording.of(language, set);
    List<String> facts = new ArrayList<>();
    facts.add(w.say("criteria-set", w.setName(), set.id()));
    facts.add(
        w.say(
            "period", selection.period().start().toString(), selection.period().end().toString()));
    selection.districtId().ifPresent(d -> facts.add(w.say("district.district", d)));
    facts.add(DistrictReport.summary(selection, w));
    facts.add(DistrictReport.order(selection, w));
    facts.addAll(DistrictReport.peerLines(selection, set, w));

    List<String> legend =
        set.indicators().stream()
            .map(i -> w.say("indicator.heading", i.clause(), w.name(i)))
            .collect(Collectors.toList());
    List<Candidate> byId = new ArrayList<>(selection.candidates());
    byId.sort(Comparator.comparing(c -> c.unit().id()));

    List<String> tallyHeader = new ArrayList<>();
    tallyHeader.add(w.say("district.header.unit"));
    for (int i = 1; i <= set.indicators().size(); i++) {
      tallyHeader.add(Integer.toString(i));
    }
    tallyHeader.add(w.say("district.header.overall"));
    tallyHeader.add(w.say("district.header.name"));
    List<List<Cell>> tallyRows = new ArrayList<>();
    for (Candidate c : byId) {
      List<Cell> row = new ArrayList<>();
      row.add(new Cell(c.unit().id(), ""));
      for (IndicatorTally t : c.indicators()) {
        boolean notMet = t.gatingNotMet() > 0;
        boolean notAssessed = !notMet && t.gatingNotAssessed() > 0;
        row.add(
            new Cell(
                t.met() + "/" + t.total() + (notMet ? "✗" : notAssessed ? "?" : ""),
                notMet ? "not-met" : notAssessed ? "not-assessed" : ""));
      }
      row.add(new Cell(w.overall(c.overall()), cssClass(c.overall())));
      row.add(new Cell(c.unit().name(), ""));
      tallyRows.add(row);
    }

    List<List<Cell>> rankingRows = new ArrayList<>();
    for (Candidate c : selection.candidates()) {
      String rank = Integer.toString(c.rank());
      rankingRows.add(
          List.of(
              new Cell(c.tied() ? w.say("district.rank.tied", rank) : rank, ""),
              new Cell(c.unit().id(), ""),
              new Cell(c.unit().name(), ""),
              new Cell(w.overall(c.overall()), cssClass(c.overall())),
              new Cell(DistrictReport.reason(c, w), "")));
    }
    Table ranking =
        new Table(
            List.of(
                w.say("district.header.rank"),
                w.say("district.header.unit"),
                w.say("district.header.name"),
                w.say("district.header.overall"),
                w.say("district.header.reason")),
            rankingRows);

    List<String> audit = new ArrayList<>();
    if (!selection.candidates().isEmpty()) {
      audit.addAll(auditSet(selection.candidates().get(0).result(), w));
    }
    audit.addAll(attribution(selection, w));
    audit.add(w.say("district.audit.evidence"));
    Table digests =
        new Table(
            List.of(
                w.say("district.header.unit"), w.say("html.digest"), w.say("district.header.name")),
            byId.stream()
                .map(
                    c ->
                        List.of(
                            new Cell(c.unit().id(), ""),
                            new Cell(c.result().evidenceDigest(), "digest"),
                            new Cell(c.unit().name(), "")))
                .collect(Collectors.toList()));
    audit.add(w.say("audit.note"));

    DistrictView district =
        new DistrictView(
            facts,
            w.say("district.indicators"),
            legend,
            new Table(tallyHeader, tallyRows),
            w.say("district.selection"),
            ranking,
            w.say("district.detail"),
            audit,
            digests);
    List<UnitView> units = new ArrayList<>();
    for (Candidate c : selection.candidates()) {
      UnitView u = unit(c.result(), set, w);
      units.add(
          new UnitView(
              u.anchor(),
              w.say(
                  "district.detail.heading.html",
                  Integer.toString(c.rank()),
                  c.unit().name(),
                  c.unit().id()),
              u.outcome(),
              u.conclusion(),
              u.reason(),
              u.facts(),
              u.note(),
              u.vetoes(),
              u.indicators(),
              u.audit()));
    }
    return html(
        new Page(language.tag(), w.say("district.title"), labels(w), List.of(district), units));
  }

  private static String html(Page page) {
    StringOutput out = new StringOutput();
    JtepageGenerated.render(new VisibleHtmlOutput(out), null, page);
    return out.toString();
  }

  /**
   * The templates' output: every value printed is first made visible ({@link VisibleText#escape}: a hidden or
   * reordering character from the evidence shows as {@code <U+202E>}), then escaped for its HTML context by jte.
   */
  static final class VisibleHtmlOutput extends OwaspHtmlTemplateOutput {
    VisibleHtmlOutput(StringOutput out) {
      super(out);
    }

    @Override
    public void writeUserContent(@Nullable String value) {
      super.writeUserContent(value == null ? null : VisibleText.escape(value));
    }
  }

  private static Labels labels(Wording w) {
    return new Labels(
        w.say("html.col.clause"),
        w.say("html.col.criterion"),
        w.say("html.col.outcome"),
        w.say("html.col.observed"),
        w.say("html.col.required"),
        w.say("html.col.notes"),
        CHART_ORDER.stream().map(w::mark).collect(Collectors.toList()),
        w.say("audit.heading"));
  }

  private static UnitView unit(AssessmentResult result, CriteriaSet set, Wording w) {
    Map<String, CriterionResult> byId = TextReport.criteriaById(result, set);
    List<String> facts = new ArrayList<>();
    facts.add(w.say("unit", result.unit().name(), result.unit().id()));
    facts.add(
        w.say("period", result.period().start().toString(), result.period().end().toString()));
    facts.add(w.say("criteria-set", w.setName(), set.id()));
    set.source().ifPresent(source -> facts.add(w.say("source", w.source(source))));
    facts.add(TextReport.summary(result, w));
    result.score().ifPresent(score -> facts.add(TextReport.score(score, w)));
    result.score().flatMap(score -> TextReport.advice(result, score, set, w)).ifPresent(facts::add);
    List<Line> vetoes =
        TextReport.vetoLines(result, set, w).stream()
            .map(f -> new Line(f.text(), f.flagged()))
            .collect(Collectors.toList());
    List<IndicatorView> indicators = new ArrayList<>();
    for (Indicator indicator : set.indicators()) {
      List<CriterionRow> rows = new ArrayList<>();
      List<Outcome> outcomes = new ArrayList<>();
      for (Criterion criterion : indicator.criteria()) {
        CriterionResult r = requireNonNull(byId.get(criterion.id()));
        outcomes.add(r.outcome());
        rows.add(row(criterion, r, result, w));
      }
      String heading = w.say("indicator.heading", indicator.clause(), w.name(indicator));
      indicators.add(new IndicatorView(heading, chart(heading, outcomes, w), rows));
    }
    List<String> audit = new ArrayList<>(auditSet(result, w));
    audit.add(w.say("audit.evidence", result.evidenceDigest()));
    audit.add(
        result
            .attribution()
            .assessedOn()
            .map(d -> w.say("audit.assessed-on", d.toString()))
            .orElseGet(() -> w.say("audit.assessed-on.none")));
    audit.add(
        result
            .attribution()
            .assessor()
            .map(a -> w.say("audit.assessor", a))
            .orElseGet(() -> w.say("audit.assessor.none")));
    audit.add(w.say("audit.note"));
    return new UnitView(
        "unit-" + result.unit().id(),
        w.say("unit", result.unit().name(), result.unit().id()),
        cssClass(result.overall()),
        w.say("conclusion", w.overall(result.overall())),
        w.reason(result),
        facts,
        w.say(result.score().isPresent() ? "note.scored" : "note"),
        vetoes,
        indicators,
        audit);
  }

  private static List<String> auditSet(AssessmentResult result, Wording w) {
    return List.of(
        w.say(
            "audit.criteria-set", w.setName(), result.criteriaSetId(), result.criteriaSetVersion()),
        w.say("audit.fingerprint", result.criteriaSetFingerprint()));
  }

  private static List<String> attribution(Selection selection, Wording w) {
    return List.of(
        selection
            .attribution()
            .assessedOn()
            .map(d -> w.say("audit.assessed-on", d.toString()))
            .orElseGet(() -> w.say("audit.assessed-on.none")),
        selection
            .attribution()
            .assessor()
            .map(a -> w.say("audit.assessor", a))
            .orElseGet(() -> w.say("audit.assessor.none")));
  }

  private static CriterionRow row(
      Criterion criterion, CriterionResult r, AssessmentResult result, Wording w) {
    boolean flagged =
        !r.advisory() && (r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.NOT_ASSESSED);
    String name =
        !r.advisory()
            ? w.name(criterion)
            : w.name(criterion)
                + w.say(result.score().isPresent() ? "html.advisory-scored" : "html.advisory");
    List<String> notes = new ArrayList<>();
    r.gap().ifPresent(gap -> notes.add(w.gap(r, gap)));
    if (!r.missing().isEmpty()) {
      notes.add(
          w.say(
              "missing",
              w.joined(r.missing().stream().map(w::missing).collect(Collectors.toList()))));
    }
    result
        .score()
        .map(score -> score.criterionPoints().get(r.criterionId()))
        .ifPresent(p -> notes.add(w.say("html.points", p.toPlainString())));
    return new CriterionRow(
        cssClass(r.outcome()),
        flagged,
        r.clause(),
        name,
        r.criterionId(),
        w.mark(r.outcome()),
        w.observed(r),
        w.required(r.threshold()),
        notes);
  }

  /**
   * The chart of an indicator's criteria by outcome: one segment per outcome with at least one criterion, its
   * width the outcome's share of {@link Chart#WIDTH}, edges rounded down from exact integer shares so that the
   * segments tile the whole width without gaps.
   */
  static Chart chart(String heading, List<Outcome> outcomes, Wording w) {
    long[] counts = new long[CHART_ORDER.size()];
    for (Outcome o : outcomes) {
      counts[CHART_ORDER.indexOf(o)]++;
    }
    long total = outcomes.size();
    List<Segment> segments = new ArrayList<>();
    long before = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      int x = (int) (before * Chart.WIDTH / total);
      before += counts[i];
      int end = (int) (before * Chart.WIDTH / total);
      Outcome outcome = CHART_ORDER.get(i);
      segments.add(
          new Segment(
              cssClass(outcome),
              x,
              end - x,
              counts[i],
              w.say("html.segment", w.mark(outcome), Long.toString(counts[i]))));
    }
    String counted =
        w.say(
            "html.chart.counts",
            Long.toString(counts[0]),
            Long.toString(counts[1]),
            Long.toString(counts[2]),
            Long.toString(counts[3]));
    String label = w.say("html.chart", heading, counted);
    return new Chart(label, counted, segments);
  }

  private static String cssClass(Outcome outcome) {
    return switch (outcome) {
      case MET -> "met";
      case NOT_MET -> "not-met";
      case NOT_ASSESSED -> "not-assessed";
      case NOT_APPLICABLE -> "not-applicable";
    };
  }

  private static String cssClass(OverallOutcome outcome) {
    return switch (outcome) {
      case QUALIFIED -> "qualified";
      case NOT_QUALIFIED -> "not-qualified";
      case INCOMPLETE -> "incomplete";
      case VETOED -> "vetoed";
    };
  }
}
