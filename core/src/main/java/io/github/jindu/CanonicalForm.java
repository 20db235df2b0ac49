package io.github.jindu;

import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.bar.Sample;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.ThresholdKind;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.points.PointsScheme;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes {@link CriteriaSet#canonicalForm()}: one element a line, tab-separated fields, fixed order, escaped text.
 * Each bar is written as its kind and its parameters in a fixed order, so that equal bars give equal lines.
 */
final class CanonicalForm implements Threshold.Visitor<String> {
  private static final CanonicalForm BARS = new CanonicalForm();

  /** Stands for an absent optional value; written as {@code -}, while a present {@code "-"} is written {@code \-}. */
  @SuppressWarnings("StringEquality")
  private static final String ABSENT = new String("-");

  private CanonicalForm() {}

  static String of(CriteriaSet set) {
    StringBuilder out = new StringBuilder();
    line(out, "criteria-set", set.id(), set.version());
    line(out, "name", set.chineseName(), set.englishName());
    set.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
    line(out, "source", set.source().orElse(ABSENT));
    line(
        out,
        "in-force",
        set.inForceFrom().map(Object::toString).orElse(ABSENT),
        set.inForceUntil().map(Object::toString).orElse(ABSENT));
    line(
        out,
        "unit-kinds",
        set.unitKinds().stream().map(CanonicalNames::of).sorted().collect(Collectors.joining(",")));
    line(out, "annual", Boolean.toString(set.annual()));
    if (set.calendarYear()) {
      line(out, "calendar-year", "true");
    }
    // A set's metrics are a map in criteria/1: written in key order, so that the order of the keys
    // changes nothing.
    for (Metric m :
        set.metricDefinitions().stream()
            .sorted(Comparator.comparing(m -> m.key().name()))
            .toList()) {
      line(
          out,
          "metric",
          m.key().name(),
          m.chineseName(),
          m.englishName(),
          CanonicalNames.of(m.unit()));
      m.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
      if (!m.partOf().isEmpty()) {
        line(
            out,
            "part-of",
            m.partOf().stream().map(MetricKey::name).sorted().collect(Collectors.joining(",")));
      }
    }
    // Declared event types in id order: the order of the list changes nothing. None for a set that
    // declares none, so such a set's canonical form is what it was before event types could be
    // declared.
    for (EventTypeDefinition d :
        set.eventTypes().stream().sorted(Comparator.comparing(EventTypeDefinition::id)).toList()) {
      line(
          out,
          "event-type",
          d.id(),
          d.chineseName(),
          d.englishName(),
          d.carriesSettings() ? "settings" : "no-settings",
          d.namesSubunit() ? "subunit" : "no-subunit");
      d.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
    }
    for (Indicator indicator : set.indicators()) {
      line(
          out,
          "indicator",
          indicator.id(),
          indicator.chineseName(),
          indicator.englishName(),
          indicator.clause());
      indicator.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
      for (Criterion c : indicator.criteria()) {
        line(
            out,
            "criterion",
            c.id(),
            c.chineseName(),
            c.englishName(),
            c.clause(),
            c.advisory() ? "advisory" : "gating",
            c.threshold().accept(BARS));
        c.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
      }
    }
    for (VetoRule veto : set.vetoRules()) {
      line(out, "veto", veto.id(), veto.chineseName(), veto.englishName(), veto.clause());
      veto.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
    }
    set.pointsScheme().ifPresent(scheme -> points(out, scheme));
    return out.toString();
  }

  private static void points(StringBuilder out, PointsScheme scheme) {
    // Maps and sets in key order: two schemes that differ only in the order of their keys are the
    // same scheme.
    new TreeMap<>(scheme.criterionPoints())
        .forEach((id, p) -> line(out, "points-criterion", id, decimal(p)));
    new TreeMap<>(scheme.tiers())
        .forEach(
            (id, tiers) ->
                line(
                    out,
                    "points-tiers",
                    id,
                    tiers.stream()
                        .map(t -> ">=" + t.atLeast() + ":" + decimal(t.points()))
                        .collect(Collectors.joining(","))));
    new TreeMap<>(scheme.perOccurrence())
        .forEach(
            (id, p) ->
                line(out, "points-per-occurrence", id, decimal(p.points()), decimal(p.cap())));
    new TreeMap<>(scheme.perShortfall())
        .forEach(
            (id, p) ->
                line(
                    out,
                    "points-per-shortfall",
                    id,
                    decimal(p.points()),
                    decimal(p.perShortfall()),
                    decimal(p.cap())));
    new TreeMap<>(scheme.indicatorPoints())
        .forEach((id, p) -> line(out, "points-indicator", id, decimal(p)));
    line(
        out,
        "points-missing",
        decimal(scheme.perMissingItem()),
        scheme.missingCap().map(CanonicalForm::decimal).orElse(ABSENT));
    new TreeMap<>(scheme.bonusPoints())
        .forEach((id, p) -> line(out, "points-bonus", id, decimal(p)));
    line(out, "points-bonus-cap", scheme.bonusCap().map(CanonicalForm::decimal).orElse(ABSENT));
    line(out, "points-pass-mark", decimal(scheme.passMark()));
    for (PointsScheme.Band band : scheme.bands()) {
      line(
          out,
          "points-band",
          band.chineseName(),
          band.englishName(),
          (band.lowerInclusive() ? "[" : "(")
              + decimal(band.lower())
              + ","
              + decimal(band.upper())
              + (band.upperInclusive() ? "]" : ")"));
      band.traditionalChineseName().ifPresent(name -> line(out, "name-hant", name));
    }
    scheme.vetoItems().stream().sorted().forEach(id -> line(out, "points-veto-item", id));
    new TreeMap<>(scheme.sections())
        .forEach(
            (id, s) ->
                line(
                    out,
                    "points-section",
                    id,
                    s.weight().map(CanonicalForm::decimal).orElse(ABSENT),
                    Boolean.toString(s.veto())));
  }

  /** {@return a decimal in its shortest plain form, so that 5, 5.0 and 5.00 are written alike} */
  private static String decimal(java.math.BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      out.append(escape(fields[i]));
    }
    out.append('\n');
  }

  private static String escape(String field) {
    if (field == ABSENT) {
      return "-";
    }
    if (field.equals("-")) {
      return "\\-"; // a present "-", told apart from the "-" that stands for an absent value
    }
    return field
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static String bar(ThresholdKind kind, String... parameters) {
    return CanonicalNames.of(kind)
        + (parameters.length == 0 ? "" : " " + String.join(" ", parameters));
  }

  @Override
  public String visit(Attested t) {
    return bar(t.kind());
  }

  @Override
  public String visit(MinShare t) {
    return bar(
        t.kind(),
        "numerator=" + t.numerator(),
        "denominator=" + t.denominator(),
        "bound=" + t.bound(),
        "comparison=" + CanonicalNames.of(t.comparison()));
  }

  @Override
  public String visit(MaxRate t) {
    return bar(
        t.kind(),
        "count=" + t.count(),
        "base=" + t.base(),
        "rate=" + t.rate(),
        "per=" + t.per(),
        "comparison=" + CanonicalNames.of(t.comparison()));
  }

  @Override
  public String visit(ZeroCount t) {
    return bar(t.kind(), "metric=" + t.metric());
  }

  @Override
  public String visit(Increase t) {
    return bar(
        t.kind(),
        "metric=" + t.metric(),
        "denominator=" + t.denominator().map(Object::toString).orElse(ABSENT));
  }

  @Override
  public String visit(EveryPeriod t) {
    return bar(
        t.kind(),
        "event=" + t.eventKind().id(),
        "cadence=" + CanonicalNames.of(t.cadence()),
        "also="
            + t.alsoCountingKinds().stream()
                .map(EventKind::id)
                .sorted()
                .collect(Collectors.joining(",")));
  }

  @Override
  public String visit(AllOf t) {
    return bar(
        t.kind(),
        "event=" + CanonicalNames.of(t.eventType()),
        "settings="
            + t.required().stream()
                .map(CanonicalNames::of)
                .sorted()
                .collect(Collectors.joining(",")));
  }

  @Override
  public String visit(Within t) {
    return bar(t.kind(), "event=" + CanonicalNames.of(t.eventType()), "years=" + t.years());
  }

  @Override
  public String visit(ByDate t) {
    return bar(
        t.kind(),
        "event=" + CanonicalNames.of(t.eventType()),
        "from=" + t.windowFrom().toString().substring(2),
        "deadline=" + t.deadline().toString().substring(2));
  }

  @Override
  public String visit(LowestAmongPeers t) {
    return bar(t.kind(), "cases=" + t.cases(), "population=" + t.population());
  }

  @Override
  public String visit(AtLeastEvents t) {
    return bar(
        t.kind(),
        "event=" + t.eventKind().id(),
        "at-least=" + t.atLeast(),
        "months="
            + t.windowFrom()
                .map(from -> from.getValue() + ".." + t.windowTo().orElseThrow().getValue())
                .orElse(ABSENT));
  }

  @Override
  public String visit(PeerAverage t) {
    return bar(
        t.kind(),
        "metric=" + t.metric(),
        "per=" + t.per().map(MetricKey::toString).orElse(ABSENT),
        "comparison=" + CanonicalNames.of(t.comparison()));
  }

  @Override
  public String visit(Sample t) {
    return bar(
        t.kind(),
        "population=" + t.population(),
        "share=" + t.share(),
        "at-least=" + t.atLeast(),
        "failures-at-most=" + t.failuresAtMost());
  }
}
