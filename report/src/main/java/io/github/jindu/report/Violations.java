package io.github.jindu.report;

import static java.util.Objects.requireNonNull;

import io.github.jindu.CriteriaSet;
import io.github.jindu.EventType;
import io.github.jindu.Location;
import io.github.jindu.Location.Segment;
import io.github.jindu.Location.SegmentKind;
import io.github.jindu.Metric;
import io.github.jindu.MetricKey;
import io.github.jindu.RuleCode;
import io.github.jindu.UnitKind;
import io.github.jindu.Violation;
import io.github.jindu.json.JsonPaths;
import io.github.jindu.json.WireNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Renders a {@link Violation} as one line a person reads, in a {@link ReportLanguage}, from the message bundles
 * {@code violations.properties} (Simplified Chinese, the default), {@code violations_zh_Hant.properties} and
 * {@code violations_en.properties}, whose keys are the {@link RuleCode#code() rule codes}.
 *
 * <p>In Chinese the location is said in words and a metric by its Chinese name with its key, as the criteria set
 * defines it:
 *
 * <pre>
 * 计数“population.reached”：受到禁毒宣传教育的实有人口（population.reached）84211 超过实有人口（population.actual）84210
 * </pre>
 *
 * <p>In English the location is the JSON path into the document ({@link JsonPaths#of}) and a metric is its key:
 *
 * <pre>
 * $.counts["population.reached"]: population.reached (84211) must not exceed population.actual (84210)
 * </pre>
 *
 * <p>Characters of the input that would not show or would reorder the line (a line break, a zero-width space or a
 * right-to-left override in a key) are escaped by {@link VisibleText#escape}, so one violation is one line and reads
 * as it is: {@code 计数“hotspots<U+200B>”}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Violations {
  /** The base name of the bundles, next to this class. */
  static final String BUNDLE = "violations";

  private static final Map<ReportLanguage, ResourceBundle> BUNDLES =
      new EnumMap<>(ReportLanguage.class);

  /** The words of the reports (names of event types and unit kinds: {@code event.}, {@code unit-kind.}). */
  private static final Map<ReportLanguage, ResourceBundle> WORDS =
      new EnumMap<>(ReportLanguage.class);

  static {
    for (ReportLanguage language : ReportLanguage.values()) {
      BUNDLES.put(language, bundle(Violations.class, BUNDLE, language));
      WORDS.put(language, bundle(Violations.class, "report", language));
    }
  }

  private Violations() {}

  /**
   * Renders a violation as one line: where, then the rule broken with its values. Metrics are named by their key
   * only, as no criteria set is given.
   *
   * @param violation the violation
   * @param language the language
   * @return one line without a line break, such as {@code 计数“hotspots”：毒品问题重点地区数 -1 为负数}
   */
  public static String render(Violation violation, ReportLanguage language) {
    return render(violation, language, Optional.empty());
  }

  /**
   * Renders a violation as one line, naming metrics as {@code set} defines them.
   *
   * @param violation the violation
   * @param language the language
   * @param set the criteria set whose metric definitions name the metrics; empty to name them by key
   * @return one line without a line break
   */
  public static String render(
      Violation violation, ReportLanguage language, Optional<CriteriaSet> set) {
    ResourceBundle bundle = requireNonNull(BUNDLES.get(language));
    return VisibleText.escape(
        format(
            bundle,
            "line",
            location(violation.location(), language),
            message(violation, language, set)));
  }

  /**
   * Renders the rule broken and its values, without the location.
   *
   * @param violation the violation
   * @param language the language
   * @param set the criteria set whose metric definitions name the metrics; empty to name them by key
   * @return the message, such as {@code 实有人口（population.actual）0 小于 1：它是 users.new 的比率的基数}
   */
  public static String message(
      Violation violation, ReportLanguage language, Optional<CriteriaSet> set) {
    ResourceBundle bundle = requireNonNull(BUNDLES.get(language));
    List<String> values = new ArrayList<>(violation.values());
    for (int i : metricPositions(violation.code(), values.size())) {
      values.set(i, metric(values.get(i), language, set, bundle));
    }
    for (int i : wordPositions(violation.code())) {
      if (i < values.size() && bundle.containsKey("word." + values.get(i))) {
        values.set(
            i,
            format(bundle, "word.named", bundle.getString("word." + values.get(i)), values.get(i)));
      }
    }
    for (int i : termPositions(violation.code())) {
      if (i < values.size()) {
        values.set(i, term(violation.code(), i, values.get(i), language, bundle));
      }
    }
    int fixed = fixedArity(violation.code());
    if (fixed >= 0 && values.size() > fixed) {
      String separator =
          bundle.getString(
              violation.code() == RuleCode.COUNT_PART_ABOVE_WHOLE_VIA
                  ? "separator.chain"
                  : violation.code() == RuleCode.SUBUNIT_CYCLE
                      ? "separator.cycle"
                      : "separator.list");
      String tail = String.join(separator, values.subList(fixed, values.size()));
      values = new ArrayList<>(values.subList(0, fixed));
      values.add(tail);
    }
    return VisibleText.escape(format(bundle, violation.code().code(), values.toArray()));
  }

  /**
   * Renders a location: in Chinese in words ({@code 第 4 个事件的日期}, {@code 计数“users.new”}), in English as
   * its JSON path ({@code $.events[3].date}); a document's label comes first.
   *
   * @param location the location
   * @param language the language
   * @return the location, such as {@code 下级单位 310199-001-01 的材料中的计数“users.new”}
   */
  public static String location(Location location, ReportLanguage language) {
    ResourceBundle bundle = requireNonNull(BUNDLES.get(language));
    String where = language == ReportLanguage.EN ? JsonPaths.of(location) : words(location, bundle);
    return VisibleText.escape(
        location.document().isPresent()
            ? format(bundle, "location.document", location.document().get(), where)
            : where);
  }

  private static String words(Location location, ResourceBundle bundle) {
    List<Segment> segments = location.segments();
    if (segments.isEmpty()) {
      return bundle.getString("location.whole");
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      Segment next = i + 1 < segments.size() ? segments.get(i + 1) : null;
      if (s.kind() == SegmentKind.MEMBER && next != null && next.kind() == SegmentKind.INDEX) {
        words.add(
            bundle.containsKey("location.item." + s.name())
                ? format(bundle, "location.item." + s.name(), next.index() + 1)
                : format(bundle, "location.item", next.index() + 1, field(s.name(), bundle)));
        i++;
      } else if (s.kind() == SegmentKind.MEMBER && next != null && next.kind() == SegmentKind.KEY) {
        words.add(
            bundle.containsKey("location.key." + s.name())
                ? format(bundle, "location.key." + s.name(), next.name())
                : format(bundle, "location.entry", field(s.name(), bundle), next.name()));
        i++;
      } else if (s.kind() == SegmentKind.MEMBER) {
        words.add(field(s.name(), bundle));
      } else if (s.kind() == SegmentKind.INDEX) {
        words.add(format(bundle, "location.index", s.index() + 1));
      } else {
        words.add(format(bundle, "location.key", s.name()));
      }
    }
    return String.join(bundle.getString("location.join"), words);
  }

  private static String field(String name, ResourceBundle bundle) {
    return bundle.containsKey("location.field." + name)
        ? bundle.getString("location.field." + name)
        : format(bundle, "location.field", name);
  }

  /** {@return a metric by name and key in Chinese when the set defines it, else by key} */
  private static String metric(
      String key, ReportLanguage language, Optional<CriteriaSet> set, ResourceBundle bundle) {
    if (language == ReportLanguage.EN || !MetricKey.isWellFormed(key) || set.isEmpty()) {
      return key;
    }
    Optional<Metric> definition = set.get().metricDefinition(MetricKey.of(key));
    if (definition.isEmpty()) {
      return key;
    }
    Metric metric = definition.get();
    String name =
        language == ReportLanguage.ZH_HANT
            ? metric
                .traditionalChineseName()
                .orElseGet(
                    () ->
                        format(
                            requireNonNull(WORDS.get(language)),
                            "name.untranslated",
                            metric.chineseName()))
            : metric.chineseName();
    return format(bundle, "metric.named", name, key);
  }

  /** {@return a wire name (an event type, a unit kind) by its Chinese name and the wire name in Chinese} */
  private static String term(
      RuleCode code,
      int position,
      String wireName,
      ReportLanguage language,
      ResourceBundle bundle) {
    boolean unitKind =
        code == RuleCode.SUBUNIT_KIND
            || code == RuleCode.UNIT_KIND_NOT_ASSESSED
            || code == RuleCode.SUBUNIT_KIND_DIFFERS;
    if (code == RuleCode.UNIT_KIND_NOT_ASSESSED
        && position == 2) { // the kinds the set assesses, "town, street"
      List<String> shown = new ArrayList<>();
      for (String kind : wireName.split(", ", -1)) {
        shown.add(term(code, 0, kind, language, bundle));
      }
      return String.join(bundle.getString("separator.list"), shown);
    }
    boolean known =
        unitKind
            ? WireNames.find(UnitKind.class, wireName).isPresent()
            : WireNames.find(EventType.class, wireName).isPresent();
    if (language == ReportLanguage.EN || !known) {
      return wireName;
    }
    String shown =
        format(
            requireNonNull(WORDS.get(language)), (unitKind ? "unit-kind." : "event.") + wireName);
    return format(bundle, "term.named", shown, wireName);
  }

  /** {@return the positions of the values of a rule that are wire names of event types or unit kinds} */
  private static List<Integer> termPositions(RuleCode code) {
    return switch (code) {
      case EVENT_AFTER_PERIOD,
          EVENT_BEFORE_PERIOD,
          EVENT_BEFORE_WINDOW,
          EVENT_SETTINGS_NOT_ACTIVITY,
          EVENT_NO_SUBUNITS,
          EVENT_UNLISTED_SUBUNIT ->
          List.of(0);
      case UNIT_KIND_NOT_ASSESSED -> List.of(0, 2);
      case SUBUNIT_KIND -> List.of(1);
      case SUBUNIT_KIND_DIFFERS -> List.of(2, 3);
      default -> List.of();
    };
  }

  /** {@return the positions of the values of a rule that are outcomes, overall outcomes or reason kinds} */
  private static List<Integer> wordPositions(RuleCode code) {
    return switch (code) {
      case RESULT_OUTCOME_INCONSISTENT -> List.of(0, 1);
      case RESULT_OVERALL_INCONSISTENT -> List.of(0, 1, 2, 3);
      default -> List.of();
    };
  }

  /** {@return the positions of the values of a rule that are metric keys} */
  private static List<Integer> metricPositions(RuleCode code, int size) {
    return switch (code) {
      case COUNT_NEGATIVE,
          METRIC_UNKNOWN,
          PREVIOUS_METRIC_UNKNOWN,
          ROLLUP_OVERFLOW,
          ROLLUP_DIFFERS ->
          List.of(0);
      case COUNT_PART_ABOVE_WHOLE -> List.of(0, 2);
      case COUNT_PART_ABOVE_WHOLE_VIA -> {
        List<Integer> out = new ArrayList<>(List.of(0, 2));
        for (int i = 4; i < size; i++) {
          out.add(i);
        }
        yield out;
      }
      case COUNT_RATE_BASE_ZERO -> {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          out.add(i);
        }
        yield out;
      }
      default -> List.of();
    };
  }

  /** {@return how many values a rule's message takes before a list that is joined into its last argument; -1 if none} */
  private static int fixedArity(RuleCode code) {
    return switch (code) {
      case COUNT_PART_ABOVE_WHOLE_VIA -> 4;
      case COUNT_RATE_BASE_ZERO -> 1;
      case ROLLUP_OVERFLOW -> 3;
      case ROLLUP_DIFFERS -> 5;
      case SUBUNIT_CYCLE -> 0;
      default -> -1;
    };
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }

  /**
   * Returns the bundle of a language: the file {@code base.properties} (Simplified Chinese),
   * {@code base_zh_Hant.properties} or {@code base_en.properties} next to {@code anchor}, read as UTF-8, with no
   * fallback to another language or to the default locale (each file holds every key).
   *
   * @throws IllegalStateException if the file is missing
   */
  static ResourceBundle bundle(Class<?> anchor, String base, ReportLanguage language) {
    String name =
        base
            + (language == ReportLanguage.ZH_HANT
                ? "_zh_Hant"
                : language == ReportLanguage.EN ? "_en" : "")
            + ".properties";
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
