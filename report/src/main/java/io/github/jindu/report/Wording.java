package io.github.jindu.report;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CalendarPeriod;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.Gap;
import io.github.jindu.Indicator;
import io.github.jindu.MetricKey;
import io.github.jindu.MissingEvidence;
import io.github.jindu.Observation;
import io.github.jindu.Observation.AttestationObservation;
import io.github.jindu.Observation.CountObservation;
import io.github.jindu.Observation.DateObservation;
import io.github.jindu.Observation.IncreaseObservation;
import io.github.jindu.Observation.Lapse;
import io.github.jindu.Observation.LettersObservation;
import io.github.jindu.Observation.PeerObservation;
import io.github.jindu.Observation.RateObservation;
import io.github.jindu.Observation.ScheduleObservation;
import io.github.jindu.Observation.SettingsObservation;
import io.github.jindu.Observation.ShareIncreaseObservation;
import io.github.jindu.Observation.ShareObservation;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.OverallReason;
import io.github.jindu.Ratio;
import io.github.jindu.Setting;
import io.github.jindu.VetoRule;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.json.Figures;
import io.github.jindu.json.WireNames;
import io.github.jindu.points.PointsScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words of one report in one language: every sentence from the {@code report} bundle, the names of the
 * set's elements in that language, and the figures of an {@link Observation} written exactly. Nothing here decides
 * an outcome or a reason: it writes the data it is given.
 */
final class Wording implements Threshold.Visitor<String> {
  private static final String BUNDLE = "report";

  private final Messages m;
  private final ReportLanguage language;
  private final CriteriaSet set;

  private Wording(ReportLanguage language, CriteriaSet set) {
    this.m = Messages.of(BUNDLE, language);
    this.language = language;
    this.set = set;
  }

  static Wording of(ReportLanguage language, CriteriaSet set) {
    return new Wording(language, set);
  }

  /** {@return the sentence of a key} */
  String say(String key, Object... arguments) {
    return m.format(key, arguments);
  }

  // ---- names ----

  /**
   * {@return a name of the set in this language: its Chinese or English name, or its Traditional name; an element
   * without a Traditional name is named in Simplified characters, marked as untranslated}
   */
  private String name(
      String chineseName, Optional<String> traditionalChineseName, String englishName) {
    return switch (language) {
      case ZH_HANS -> chineseName;
      case EN -> englishName;
      case ZH_HANT -> traditionalChineseName.orElseGet(() -> say("name.untranslated", chineseName));
    };
  }

  /**
   * {@return the set's source (政策依据) as printed: as cited, but in Traditional Chinese marked as cited in
   * Simplified characters when it holds Han characters (a set gives its source in one form, and a title is not
   * translated)}
   */
  String source(String source) {
    boolean han =
        source
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return language == ReportLanguage.ZH_HANT && han ? say("source.as-cited", source) : source;
  }

  String setName() {
    return name(set.chineseName(), set.traditionalChineseName(), set.englishName());
  }

  String name(Indicator indicator) {
    return name(
        indicator.chineseName(), indicator.traditionalChineseName(), indicator.englishName());
  }

  String name(Criterion criterion) {
    return name(
        criterion.chineseName(), criterion.traditionalChineseName(), criterion.englishName());
  }

  String name(VetoRule rule) {
    return name(rule.chineseName(), rule.traditionalChineseName(), rule.englishName());
  }

  String name(PointsScheme.Band band) {
    return name(band.chineseName(), band.traditionalChineseName(), band.englishName());
  }

  /** {@return the name of a criterion of the set by id, or the id if the set has none such} */
  String criterionName(String id) {
    return set.criterion(id).map(this::name).orElse(id);
  }

  private Optional<String> metricName(MetricKey key) {
    return set.metricDefinition(key)
        .map(d -> name(d.chineseName(), d.traditionalChineseName(), d.englishName()));
  }

  private String event(EventType type) {
    return say("event." + WireNames.of(type));
  }

  /** {@return a built-in event type's name from the bundle, a declared one's from the set, else its id} */
  private String event(EventKind kind) {
    if (kind.builtIn().isPresent()) {
      return event(kind.builtIn().get());
    }
    return set.eventType(kind)
        .map(d -> name(d.chineseName(), d.traditionalChineseName(), d.englishName()))
        .orElse(kind.id());
  }

  private String setting(Setting setting) {
    return say("setting." + WireNames.of(setting));
  }

  // ---- outcomes ----

  String overall(OverallOutcome overall) {
    return say(
        switch (overall) {
          case QUALIFIED -> "overall.qualified";
          case NOT_QUALIFIED -> "overall.not-qualified";
          case INCOMPLETE -> "overall.incomplete";
          case VETOED -> "overall.vetoed";
        });
  }

  String mark(Outcome outcome) {
    return say(
        switch (outcome) {
          case MET -> "mark.met";
          case NOT_MET -> "mark.not-met";
          case NOT_ASSESSED -> "mark.not-assessed";
          case NOT_APPLICABLE -> "mark.not-applicable";
        });
  }

  // ---- lists ----

  /** {@return items joined by the list separator, such as 「a」「b」 or a, b} */
  String joined(List<String> items) {
    return String.join(say("list.separator"), items);
  }

  /** {@return at most {@code shown} names, each quoted and joined, with the mark of more when there are more} */
  String firstFew(List<String> names, int shown) {
    int n = Math.min(shown, names.size());
    String joined =
        names.subList(0, n).stream()
            .map(x -> say("list.quoted", x))
            .collect(Collectors.joining(say("list.joiner")));
    return names.size() > n ? say("list.more", joined) : joined;
  }

  /**
   * Returns the criteria behind a reason as the reason line names them: their names in Chinese; in English their
   * English names with the id beside (the English names are descriptions, the id tells them apart); veto findings
   * by the name of their rule likewise, or its id when the set has no such rule.
   */
  List<String> reasonItems(OverallReason reason) {
    if (!reason.findings().isEmpty()) {
      return reason.findings().stream()
          .map(
              f ->
                  language == ReportLanguage.EN
                      ? withId(vetoName(f.id()), f.id())
                      : vetoName(f.id()))
          .collect(Collectors.toList());
    }
    return reason.criteria().stream()
        .map(
            id -> language == ReportLanguage.EN ? withId(criterionName(id), id) : criterionName(id))
        .collect(Collectors.toList());
  }

  /** {@return a name with its id beside it: 「name」[id] in Chinese, name [id] in English} */
  String withId(String name, String id) {
    return say("named.with-id", name, id);
  }

  /** {@return names each with its id beside, joined as a list: 「a」[x]「b」[y], or a [x], b [y]} */
  String withIds(List<String> ids) {
    return ids.stream()
        .map(id -> withId(criterionName(id), id))
        .collect(Collectors.joining(say("list.joiner")));
  }

  /** {@return the name of a veto rule of the set by id, or the id if the set has none such} */
  String vetoName(String id) {
    return set.vetoRules().stream()
        .filter(v -> v.id().equals(id))
        .findFirst()
        .map(this::name)
        .orElse(id);
  }

  /** {@return a count's name in words with its key beside it, such as 实有人口（population.actual）} */
  String metricWithKey(MetricKey key) {
    return metricName(key)
        .map(n -> say("missing.count.named", key.name(), n, key.name()))
        .orElse(key.name());
  }

  /** {@return the reason line under the conclusion, written from {@link AssessmentResult#reason()}} */
  String reason(AssessmentResult result) {
    OverallReason reason = result.reason();
    List<String> items = reasonItems(reason);
    String names = reason.findings().isEmpty() ? firstFew(items, 5) : joined(items);
    String total = result.score().map(s -> s.total().toPlainString()).orElse("");
    String passMark = result.score().map(s -> s.passMark().toPlainString()).orElse("");
    String key =
        switch (reason.kind()) {
          case VETO_FINDING -> "reason.veto-finding";
          case VETOES_ABSENT -> "reason.vetoes-absent";
          case VETO_ITEM_NOT_MET -> "reason.veto-item-not-met";
          case VETO_ITEM_NOT_ASSESSED -> "reason.veto-item-not-assessed";
          case BELOW_PASS_MARK -> "reason.below-pass-mark";
          case PASS_MARK_REACHED -> "reason.pass-mark-reached";
          case GATING_NOT_MET -> "reason.gating-not-met";
          case GATING_NOT_ASSESSED -> "reason.gating-not-assessed";
          case ALL_MET -> "reason.all-met";
        };
    return say(key, names, Integer.toString(items.size()), total, passMark, (long) items.size());
  }

  // ---- what was observed ----

  /** {@return what a criterion observed, in words and exact figures, or a dash when nothing was} */
  String observed(CriterionResult r) {
    if (r.observation().isEmpty()) {
      return say("observed.none");
    }
    Observation observation = r.observation().get();
    Threshold threshold = r.threshold();
    if (observation instanceof ShareObservation o) {
      if (o.whole() == 0) {
        return say("observed.share.nothing-to-measure", text(o.part()));
      }
      Ratio bound = ((MinShare) threshold).bound();
      Ratio share = Ratio.of(o.part(), o.whole());
      return say(
          "observed.share",
          text(o.part()),
          text(o.whole()),
          Figures.percent(share, Figures.scaleFor(share, bound, 100, 2)));
    } else if (observation instanceof RateObservation o) {
      MaxRate t = (MaxRate) threshold;
      Ratio rate = Ratio.of(o.count(), o.base());
      String value =
          rate.toDecimal(
                  t.per(),
                  Figures.scaleFor(rate, t.bound(), t.per(), 3),
                  java.math.RoundingMode.HALF_EVEN)
              .toPlainString();
      return say(
          t.per() == 10_000 ? "observed.rate.per-ten-thousand" : "observed.rate",
          text(o.count()),
          text(o.base()),
          value,
          text(t.per()));
    } else if (observation instanceof CountObservation o) {
      return say("observed.count", text(o.value()));
    } else if (observation instanceof IncreaseObservation o) {
      return say("observed.increase", text(o.now()), text(o.before()));
    } else if (observation instanceof ShareIncreaseObservation o) {
      if (o.wholeNow() == 0 || o.wholeBefore() == 0) {
        return say(
            "observed.share-increase.nothing-to-measure",
            text(o.partNow()),
            text(o.wholeNow()),
            text(o.partBefore()),
            text(o.wholeBefore()));
      }
      Ratio now = Ratio.of(o.partNow(), o.wholeNow());
      Ratio before = Ratio.of(o.partBefore(), o.wholeBefore());
      int scale = Figures.scaleFor(now, before, 100, 2);
      return say(
          "observed.share-increase",
          text(o.partNow()),
          text(o.wholeNow()),
          Figures.percent(now, scale),
          text(o.partBefore()),
          text(o.wholeBefore()),
          Figures.percent(before, scale));
    } else if (observation instanceof ScheduleObservation o) {
      String cadence = "observed.schedule." + WireNames.of(((EveryPeriod) threshold).cadence());
      if (o.periods().isEmpty()) {
        return say(cadence + ".none");
      }
      String covered = Integer.toString(o.covered());
      String all = Integer.toString(o.periods().size());
      return o.uncovered().isEmpty()
          ? say(cadence, covered, all)
          : say(
              cadence + ".uncovered",
              covered,
              all,
              joined(o.uncovered().stream().map(this::period).collect(Collectors.toList())));
    } else if (observation instanceof SettingsObservation o) {
      String reached = Integer.toString(o.reached().size());
      String all = Integer.toString(o.reached().size() + o.missing().size());
      return o.missing().isEmpty()
          ? say("observed.settings", reached, all)
          : say(
              "observed.settings.missing",
              reached,
              all,
              joined(o.missing().stream().map(this::setting).collect(Collectors.toList())));
    } else if (observation instanceof LettersObservation o) {
      if (o.subunits() == 0) {
        return say("observed.letters.none");
      }
      String covered = Integer.toString(o.covered());
      String all = Integer.toString(o.subunits());
      return o.uncovered().isEmpty()
          ? say("observed.letters", covered, all)
          : say(
              "observed.letters.uncovered",
              covered,
              all,
              joined(o.uncovered().stream().map(this::lapse).collect(Collectors.toList())));
    } else if (observation instanceof DateObservation o) {
      if (o.deadline().isEmpty()) {
        ByDate t = (ByDate) threshold;
        return say(
            "observed.date.no-deadline",
            Integer.toString(t.deadline().getMonthValue()),
            Integer.toString(t.deadline().getDayOfMonth()),
            t.deadline().toString().substring(2));
      }
      return o.earliest()
          .map(d -> say("observed.date", d.toString()))
          .orElseGet(() -> say("observed.date.none"));
    } else if (observation instanceof PeerObservation o) {
      Ratio own = Ratio.of(o.cases(), o.population());
      if (o.lowest().isEmpty()) {
        return say("observed.peers", text(o.cases()), text(o.population()), perTenThousand(own, 3));
      }
      Observation.PeerFigure lowest = o.lowest().get();
      Ratio theirs = Ratio.of(lowest.cases(), lowest.population());
      int scale = Figures.scaleFor(own, theirs, 10_000, 3);
      return say(
          "observed.peers.lowest",
          text(o.cases()),
          text(o.population()),
          perTenThousand(own, scale),
          lowest.unitId(),
          text(lowest.cases()),
          text(lowest.population()),
          perTenThousand(theirs, scale));
    } else if (observation instanceof Observation.SampleObservation o) {
      if (o.population() == 0) {
        return say(
            "observed.sample.none", ((io.github.jindu.bar.Sample) threshold).population().name());
      }
      if (o.failed().isEmpty()) {
        return say("observed.sample", text(o.sampled()), text(o.population()), text(o.required()));
      }
      return say(
          "observed.sample.failed",
          text(o.sampled()),
          text(o.population()),
          text(o.required()),
          text(o.failures()),
          joined(o.failed()));
    } else if (observation instanceof Observation.PeerAverageObservation o) {
      String figure =
          o.base().isPresent() ? o.value() + "/" + o.base().getAsLong() : text(o.value());
      if (o.mean().isEmpty()) {
        return say("observed.peer-average.none", figure);
      }
      Observation.Mean mean = o.mean().get();
      boolean share = o.base().isPresent();
      String[] shown =
          Figures.againstMean(
              o.value(),
              o.base().orElse(1),
              mean.numerator(),
              mean.denominator(),
              share ? 100 : 1,
              2);
      return share
          ? say(
              "observed.peer-average.share",
              figure,
              shown[0],
              Integer.toString(o.peers()),
              shown[1],
              mean.toString(),
              (long) o.peers())
          : say(
              "observed.peer-average.count",
              figure,
              Integer.toString(o.peers()),
              shown[1],
              mean.toString(),
              (long) o.peers());
    } else if (observation instanceof Observation.EventCountObservation o) {
      if (o.first().isEmpty()) {
        AtLeastEvents t = (AtLeastEvents) threshold;
        return say(
            "observed.event-count.none",
            Integer.toString(t.windowFrom().orElseThrow().getValue()),
            Integer.toString(t.windowTo().orElseThrow().getValue()));
      }
      return say(
          "observed.event-count",
          text(o.count()),
          o.first().get().toString(),
          o.last().orElseThrow().toString());
    } else {
      AttestationObservation o = (AttestationObservation) observation;
      return say(
          o.met() ? "observed.attestation.met" : "observed.attestation.not-met", o.reference());
    }
  }

  /**
   * Returns the gap of an unmet criterion in words (差距分析), such as {@code 差距：尿检次数（urine-test.tests-done）还需 15
   * （979/1104 → 994/1104）}.
   */
  String gap(CriterionResult r, Gap gap) {
    Observation o = r.observation().orElseThrow();
    if (gap instanceof Gap.More g) {
      String before;
      String after;
      if (o instanceof ShareObservation share) {
        before = share.part() + "/" + share.whole();
        after = (share.part() + g.amount()) + "/" + share.whole();
      } else if (o instanceof ShareIncreaseObservation share) {
        before = share.partNow() + "/" + share.wholeNow();
        after = (share.partNow() + g.amount()) + "/" + share.wholeNow();
      } else if (o instanceof Observation.PeerAverageObservation average) {
        before =
            average.base().isPresent()
                ? average.value() + "/" + average.base().getAsLong()
                : text(average.value());
        after =
            average.base().isPresent()
                ? (average.value() + g.amount()) + "/" + average.base().getAsLong()
                : text(average.value() + g.amount());
      } else {
        long now = ((IncreaseObservation) o).now();
        before = text(now);
        after = text(now + g.amount());
      }
      return say("gap.more", metricWithKey(g.metric()), text(g.amount()), before, after);
    } else if (gap instanceof Gap.Fewer g) {
      long now =
          o instanceof RateObservation rate
              ? rate.count()
              : o instanceof PeerObservation peer
                  ? peer.cases()
                  : o instanceof Observation.PeerAverageObservation average
                      ? average.value()
                      : ((CountObservation) o).value();
      return say("gap.fewer", metricWithKey(g.metric()), text(g.atMost()), text(now));
    } else if (gap instanceof Gap.Periods g) {
      return say(
          "gap.periods",
          joined(g.uncovered().stream().map(this::period).collect(Collectors.toList())));
    } else if (gap instanceof Gap.Settings g) {
      return say(
          "gap.settings",
          joined(g.missing().stream().map(this::setting).collect(Collectors.toList())));
    } else if (gap instanceof Gap.Letters g) {
      return say(
          "gap.letters",
          joined(g.lapses().stream().map(Lapse::subunitId).collect(Collectors.toList())));
    }
    if (gap instanceof Gap.SampleShort g) {
      String key =
          g.failuresOver() == 0
              ? "gap.sample.units"
              : g.moreUnits() == 0 ? "gap.sample.failures" : "gap.sample";
      return say(key, text(g.moreUnits()), text(g.failuresOver()));
    }
    if (gap instanceof Gap.MoreEvents g) {
      return say(
          "gap.more-events",
          text(g.amount()),
          g.first().toString(),
          g.last().toString(),
          event(g.eventKind()));
    }
    return say("gap.latest-date", ((Gap.LatestDate) gap).latest().toString());
  }

  /**
   * {@return a calendar period by name: 2025年第三季度, 2025年3月, 2025年上半年 in Chinese; in English its label
   * (2025-Q3, 2025-03, 2025-H1), as in {@code result/1}}
   */
  String period(CalendarPeriod period) {
    String year = Integer.toString(period.start().getYear());
    int month = period.start().getMonthValue();
    return switch (period.cadence()) {
      case MONTH -> say("period.month", year, say("month." + month));
      case QUARTER -> say("period.quarter", year, say("quarter." + ((month - 1) / 3 + 1)));
      case HALF_YEAR -> say("period.half", year, say("half." + (month <= 6 ? 1 : 2)));
      case YEAR -> say("period.year", year);
    };
  }

  private String lapse(Lapse lapse) {
    return lapse.lastLetter().isEmpty()
        ? say("observed.lapse.never", lapse.subunitId())
        : say(
            "observed.lapse.expired",
            lapse.subunitId(),
            lapse.lastLetter().get().toString(),
            lapse.inForceThrough().orElseThrow().toString());
  }

  private static String perTenThousand(Ratio rate, int scale) {
    return rate.toDecimal(10_000, scale, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String text(long n) {
    return Long.toString(n);
  }

  // ---- what is required ----

  /** {@return the bar of a criterion in words, such as {@code ≥ 90%（9/10）}} */
  String required(Threshold threshold) {
    return threshold.accept(this);
  }

  /** {@return a share bound as an exact percentage, or the fraction when it does not terminate} */
  private static String percent(Ratio bound) {
    try {
      return new BigDecimal(bound.numerator())
              .multiply(BigDecimal.valueOf(100))
              .divide(new BigDecimal(bound.denominator()))
              .stripTrailingZeros()
              .toPlainString()
          + "%";
    } catch (ArithmeticException nonTerminating) {
      return bound.toString();
    }
  }

  @Override
  public String visit(Attested t) {
    return say("required.attested");
  }

  @Override
  public String visit(MinShare t) {
    if (t.comparison() == Comparison.AT_LEAST && t.bound().equals(Ratio.ONE)) {
      return say("required.share.all");
    }
    return say(
        t.comparison() == Comparison.AT_LEAST
            ? "required.share.at-least"
            : "required.share.greater-than",
        percent(t.bound()),
        t.bound().toString());
  }

  @Override
  public String visit(MaxRate t) {
    String key =
        (t.comparison() == Comparison.AT_MOST ? "required.rate.at-most" : "required.rate.less-than")
            + (t.per() == 10_000 ? ".per-ten-thousand" : "");
    return say(key, t.rateText(), text(t.per()));
  }

  @Override
  public String visit(ZeroCount t) {
    return say("required.zero");
  }

  @Override
  public String visit(Increase t) {
    return say("required.increase");
  }

  @Override
  public String visit(EveryPeriod t) {
    String events =
        t.alsoCountingKinds().isEmpty()
            ? event(t.eventKind())
            : say(
                "event.also-counting",
                event(t.eventKind()),
                joined(
                    t.alsoCountingKinds().stream()
                        .map(k -> event(k))
                        .collect(Collectors.toList())));
    return say("required.schedule." + WireNames.of(t.cadence()), events);
  }

  @Override
  public String visit(AllOf t) {
    return say(
        "required.all-of",
        event(t.eventType()),
        joined(t.required().stream().map(this::setting).collect(Collectors.toList())));
  }

  @Override
  public String visit(Within t) {
    return say("required.within", event(t.eventType()), Integer.toString(t.years()));
  }

  @Override
  public String visit(ByDate t) {
    return say(
        t.windowFrom().isAfter(t.deadline())
            ? "required.by-date.preceding-year"
            : "required.by-date",
        event(t.eventType()),
        Integer.toString(t.windowFrom().getMonthValue()),
        Integer.toString(t.windowFrom().getDayOfMonth()),
        Integer.toString(t.deadline().getMonthValue()),
        Integer.toString(t.deadline().getDayOfMonth()),
        t.windowFrom().toString().substring(2),
        t.deadline().toString().substring(2));
  }

  @Override
  public String visit(AtLeastEvents t) {
    if (t.windowFrom().isEmpty()) {
      return say("required.at-least-events", event(t.eventKind()), text(t.atLeast()));
    }
    return say(
        "required.at-least-events.months",
        event(t.eventKind()),
        text(t.atLeast()),
        Integer.toString(t.windowFrom().get().getValue()),
        Integer.toString(t.windowTo().orElseThrow().getValue()));
  }

  @Override
  public String visit(PeerAverage t) {
    return say("required.peer-average." + WireNames.of(t.comparison()));
  }

  @Override
  public String visit(io.github.jindu.bar.Sample t) {
    return say(
        "required.sample",
        metricWithKey(t.population()),
        Figures.exactPercent(t.share()),
        text(t.atLeast()),
        text(t.failuresAtMost()));
  }

  @Override
  public String visit(LowestAmongPeers t) {
    return say("required.lowest-among-peers", t.cases().name(), t.population().name());
  }

  // ---- missing evidence ----

  /** {@return a piece of missing evidence in words, with its key} */
  String missing(MissingEvidence missing) {
    String path = io.github.jindu.json.ResultJson.evidencePath(missing);
    if (missing instanceof MissingEvidence.MissingCount c) {
      return metricName(c.key())
          .map(n -> say("missing.count.named", c.key().name(), n, path))
          .orElseGet(() -> say("missing.count", c.key().name(), "", path));
    } else if (missing instanceof MissingEvidence.MissingPreviousCount c) {
      return metricName(c.key())
          .map(n -> say("missing.previous.named", c.key().name(), n, path))
          .orElseGet(() -> say("missing.previous", c.key().name(), "", path));
    } else if (missing instanceof MissingEvidence.MissingAttestation a) {
      return say("missing.attestation", a.criterionId(), "", path);
    } else if (missing instanceof MissingEvidence.MissingSample m) {
      return say("missing.sample", m.criterionId(), "", path);
    } else if (missing instanceof MissingEvidence.MissingPeerCount p) {
      return say("missing.peer.count", p.unitId(), metricWithKey(p.key()), path, p.key().name());
    } else if (missing instanceof MissingEvidence.MissingPeerFigure p) {
      return say(
          switch (p.field()) {
            case POPULATION -> "missing.peer.population";
            case CASES -> "missing.peer.cases";
          },
          p.unitId(),
          "",
          path);
    } else {
      return say(
          switch (((MissingEvidence.MissingList) missing).list()) {
            case EVENTS -> "missing.events";
            case SUBUNITS -> "missing.subunits";
            case PEERS -> "missing.peers";
            case VETOES -> "missing.vetoes";
          },
          "",
          "",
          path);
    }
  }
}
