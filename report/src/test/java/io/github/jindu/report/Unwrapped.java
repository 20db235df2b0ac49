package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.district.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: undoes the wrapping of a text report ({@link Columns}), so that a test can read each line as it was
 * written before it was wrapped to 100 columns. A line is taken as the continuation of the line above when it is
 * indented by the logical line's indentation plus two spaces and wrapping the two joined gives back exactly the
 * lines read; so a real line that happens to be indented two more (the district report's numbered indicators under
 * their heading) stays a line of its own.
 */
final class Unwrapped {
  private Unwrapped() {}

  /**
   * {@return the unit report ({@link TextReport#render}) with its wrapped lines joined back}; asserts first that
   * wrapping the joined lines gives back the report.
   */
  static String report(AssessmentResult result, CriteriaSet set, ReportLanguage language) {
    return checked(TextReport.render(result, set, language));
  }

  /** {@return the district report ({@link DistrictReport#render}) with its wrapped lines joined back} */
  static String district(Selection selection, CriteriaSet set, ReportLanguage language) {
    return checked(DistrictReport.render(selection, set, language));
  }

  /** {@return the district report with detail ({@link DistrictReport#renderWithDetail}), lines joined back} */
  static String districtWithDetail(Selection selection, CriteriaSet set, ReportLanguage language) {
    return checked(DistrictReport.renderWithDetail(selection, set, language));
  }

  private static String checked(String report) {
    String text = text(report);
    StringBuilder rewrapped = new StringBuilder();
    text.lines().forEach(l -> rewrapped.append(Columns.wrap(l)).append('\n'));
    assertThat(rewrapped.toString()).as("the report wrapped again").isEqualTo(report);
    return text;
  }

  /**
   * {@return the report with each wrapped line joined back into one: the lines as written, each ended by {@code
   * "\n"} if the report's were}
   *
   * @param report a report rendered by {@link TextReport} or {@link DistrictReport}
   */
  static String text(String report) {
    boolean ended = report.endsWith("\n");
    String body = ended ? report.substring(0, report.length() - 1) : report;
    String joined = String.join("\n", lines(body));
    return ended ? joined + "\n" : joined;
  }

  /**
   * {@return the lines of a report, each wrapped line joined back into one}
   *
   * @param report a report, its lines separated by {@code "\n"}
   */
  static List<String> lines(String report) {
    return lines(report, Columns.WIDTH);
  }

  /**
   * {@return the lines of a text wrapped to a number of columns, each wrapped line joined back into one}
   *
   * @param report a text, its lines separated by {@code "\n"}
   * @param columns the columns it was wrapped to ({@link Columns#wrap(String, int)})
   */
  static List<String> lines(String report, int columns) {
    List<String> physical = Arrays.asList(report.split("\n", -1));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < physical.size(); ) {
      String logical = physical.get(i);
      int start = Columns.indentation(logical);
      String continuation = " ".repeat(Columns.width(logical.substring(0, start)) + 2);
      int next = i + 1;
      while (next < physical.size()) {
        String line = physical.get(next);
        if (logical.isEmpty()
            || !line.startsWith(continuation)
            || line.length() == continuation.length()
            || line.charAt(continuation.length()) == ' ') {
          break;
        }
        String rest = line.substring(continuation.length());
        String candidate =
            logical
                + Columns.joiner(logical.codePointBefore(logical.length()), rest.codePointAt(0))
                + rest;
        if (!Columns.wrap(candidate, columns)
            .equals(String.join("\n", physical.subList(i, next + 1)))) {
          break;
        }
        logical = candidate;
        next++;
      }
      out.add(logical);
      i = next;
    }
    return out;
  }
}
