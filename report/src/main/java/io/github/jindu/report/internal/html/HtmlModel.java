package io.github.jindu.report.internal.html;

import java.util.List;

/**
 * What the HTML report's templates ({@code src/main/jte}) print: every text already in the reader's language, from
 * the {@code report} bundle, and every figure already written; the templates only place and escape them. Not API:
 * this package is not exported.
 */
public final class HtmlModel {
  private HtmlModel() {}

  /**
   * One HTML document: a unit's report, or a district's with a section per candidate.
   *
   * @param lang the BCP 47 tag of the document's language ({@code zh-Hans}, {@code zh-Hant}, {@code en})
   * @param title the document's title
   * @param labels the column headings and notes
   * @param district the district's part, empty for a unit's report
   * @param units the units' reports: one for {@code assess}, one per candidate in selection order for a district
   */
  public record Page(
      String lang, String title, Labels labels, List<DistrictView> district, List<UnitView> units) {
    /** Copies the lists. */
    public Page {
      district = List.copyOf(district);
      units = List.copyOf(units);
    }
  }

  /**
   * The headings of the criteria table and the legend of the charts.
   *
   * @param clause the heading of the clause column
   * @param criterion the heading of the criterion column
   * @param outcome the heading of the outcome column
   * @param observed the heading of the observed-figure column
   * @param required the heading of the bar column
   * @param notes the heading of the column of gaps, missing evidence and points
   * @param legend the outcomes in chart order (met, not met, not assessed, not applicable), each with its mark
   * @param audit the heading of the audit block
   */
  public record Labels(
      String clause,
      String criterion,
      String outcome,
      String observed,
      String required,
      String notes,
      List<String> legend,
      String audit) {
    /** Copies the list. */
    public Labels {
      legend = List.copyOf(legend);
    }
  }

  /**
   * A line that may be flagged (a criterion or veto that stands in the way), shown in red with a mark.
   *
   * @param text the line
   * @param flagged whether it is flagged
   */
  public record Line(String text, boolean flagged) {}

  /**
   * One unit's report.
   *
   * @param anchor the id of its section in the document, made of the unit's id
   * @param heading the unit's name and id
   * @param outcome the CSS class of the overall outcome ({@code qualified}, {@code not-qualified}, {@code
   *     incomplete}, {@code vetoed})
   * @param conclusion the conclusion line
   * @param reason the reason line
   * @param facts the unit, period, criteria set, counts, score and advice lines
   * @param note how to read the flags
   * @param vetoes the veto lines
   * @param indicators every indicator of the set, in catalogue order
   * @param audit the audit block's lines
   */
  public record UnitView(
      String anchor,
      String heading,
      String outcome,
      String conclusion,
      String reason,
      List<String> facts,
      String note,
      List<Line> vetoes,
      List<IndicatorView> indicators,
      List<String> audit) {
    /** Copies the lists. */
    public UnitView {
      facts = List.copyOf(facts);
      vetoes = List.copyOf(vetoes);
      indicators = List.copyOf(indicators);
      audit = List.copyOf(audit);
    }
  }

  /**
   * One indicator (一级指标): its heading, its chart and its criteria.
   *
   * @param heading the clause and name
   * @param chart the chart of its criteria by outcome
   * @param rows its criteria, in catalogue order
   */
  public record IndicatorView(String heading, Chart chart, List<CriterionRow> rows) {
    /** Copies the list. */
    public IndicatorView {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One criterion's row.
   *
   * @param outcome the CSS class of its outcome ({@code met}, {@code not-met}, {@code not-assessed}, {@code
   *     not-applicable})
   * @param flagged whether it is a gating criterion not met or not assessed
   * @param clause its clause, such as {@code 二(七)}
   * @param name its name, with the advisory label when it is advisory
   * @param id its id
   * @param mark its outcome in words, with its mark
   * @param observed the figure observed
   * @param required the bar
   * @param notes its gap, its missing evidence and its points, each a line
   */
  public record CriterionRow(
      String outcome,
      boolean flagged,
      String clause,
      String name,
      String id,
      String mark,
      String observed,
      String required,
      List<String> notes) {
    /** Copies the list. */
    public CriterionRow {
      notes = List.copyOf(notes);
    }
  }

  /**
   * A horizontal bar of an indicator's criteria by outcome, drawn as inline SVG {@link #WIDTH} units wide.
   *
   * @param label what the chart shows, in words (its accessible name): the indicator and its counts
   * @param counts the counts by outcome in words, printed under the chart (a narrow segment has no room for its
   *     count, and a printed page has no tooltip)
   * @param segments the outcomes with at least one criterion, left to right
   */
  public record Chart(String label, String counts, List<Segment> segments) {
    /** The chart's width in SVG user units. */
    public static final int WIDTH = 600;

    /** Copies the list. */
    public Chart {
      segments = List.copyOf(segments);
    }
  }

  /**
   * A segment of a chart.
   *
   * @param outcome the CSS class of its outcome
   * @param x its left edge, in [0, {@link Chart#WIDTH}]
   * @param width its width, {@code x + width <= Chart.WIDTH}
   * @param count how many criteria it stands for
   * @param title its outcome and count in words
   */
  public record Segment(String outcome, int x, int width, long count, String title) {}

  /**
   * A table of texts.
   *
   * @param header the header cells
   * @param rows the rows, each as many cells as the header
   */
  public record Table(List<String> header, List<List<Cell>> rows) {
    /** Copies the lists. */
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A table cell.
   *
   * @param text its text
   * @param cssClass its CSS class, empty for none
   */
  public record Cell(String text, String cssClass) {}

  /**
   * A district's part of the document, before the candidates' sections.
   *
   * @param facts the criteria set, period, district, counts, order and peers lines
   * @param legendHeading the heading of the list of indicators
   * @param legend the indicators, numbered as the tally's columns
   * @param tally the candidates against the indicators
   * @param rankingHeading the heading of the ranking
   * @param ranking the candidates in selection order with rank, outcome and reason
   * @param detailHeading the heading of the candidates' sections
   * @param audit the audit block's lines
   * @param digests the candidates' evidence digests by unit id
   */
  public record DistrictView(
      List<String> facts,
      String legendHeading,
      List<String> legend,
      Table tally,
      String rankingHeading,
      Table ranking,
      String detailHeading,
      List<String> audit,
      Table digests) {
    /** Copies the lists. */
    public DistrictView {
      facts = List.copyOf(facts);
      legend = List.copyOf(legend);
      audit = List.copyOf(audit);
    }
  }
}
