package io.github.jindu.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CalendarPeriod;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.Gap;
import io.github.jindu.InvalidAttributionException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MetricKey;
import io.github.jindu.MissingEvidence;
import io.github.jindu.Observation;
import io.github.jindu.ObservationKind;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.OverallReason;
import io.github.jindu.ReasonKind;
import io.github.jindu.RuleCode;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.Violation;
import io.github.jindu.bar.Within;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.internal.Scoring;
import io.github.jindu.internal.Verdicts;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads {@code result/1} (docs/evidence-format.md): the result of one assessment.
 *
 * <p>The document holds {@code format}, {@code criteriaSet} with its {@code criteriaSetVersion} and
 * {@code criteriaSetFingerprint} ({@link io.github.jindu.CriteriaSet#fingerprint()}), {@code unit} (the unit's id, as the format fixes
 * it), {@code unitName}, {@code unitKind}, {@code district} (when known), {@code period}, {@code overall}, every
 * {@code evidenceDigest} ({@link AssessmentResult#evidenceDigest()}), {@code assessedOn} (an ISO date) and
 * {@code assessor} when the result records them ({@link AssessmentResult#attribution()}), {@code reason} ({@code kind}, such as
 * {@code gating-not-met}, and the ids of the {@code criteria} behind it), every
 * criterion's result in catalogue order ({@code id}, {@code indicator}, {@code outcome}, {@code observed} when
 * something was observed, {@code reference} for an attested criterion, {@code required}, {@code source},
 * {@code advisory}, {@code explanation}; then the same as data: {@code observation} when something was observed,
 * an object whose {@code kind} names its shape, with exact integers, and {@code missing} when evidence was missing,
 * a list of {@code "youth.reached"}, {@code "previous.volunteers"}, {@code "attestations.<criterion id>"},
 * {@code "events"}, {@code "subunits"}, {@code "peers"} or {@code "vetoes"}) and the {@code vetoes}
 * found, and, under a points scheme, the {@code score} (total, maxTotal, passMark, band, bonus, deductions and the
 * points of each criterion and indicator, as exact decimal strings). The texts {@code observed}, {@code required}
 * and {@code explanation} are written from the data and the bar. Output is indented by two spaces, with
 * {@code \n} line ends and a final {@code \n}, byte-identical for equal results on every platform.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ResultJson {
  /** The format tag, {@value}. */
  public static final String FORMAT = "result/1";

  private static final Set<String> TOP =
      ImmutableSet.of(
          "format",
          "criteriaSet",
          "criteriaSetVersion",
          "criteriaSetFingerprint",
          "evidenceDigest",
          "assessedOn",
          "assessor",
          "unit",
          "unitName",
          "unitKind",
          "district",
          "period",
          "overall",
          "reason",
          "criteria",
          "vetoes",
          "score");
  private static final Set<String> REASON = ImmutableSet.of("kind", "criteria");
  private static final Set<String> SCORE =
      ImmutableSet.of(
          "total", "maxTotal", "passMark", "band", "bonus", "deductions", "criteria", "indicators");
  private static final Set<String> BAND = ImmutableSet.of("zh", "zh-Hant", "en", "range");
  private static final Set<String> CRITERION =
      ImmutableSet.of(
          "id",
          "indicator",
          "outcome",
          "observed",
          "reference",
          "required",
          "source",
          "advisory",
          "explanation",
          "observation",
          "gap",
          "missing");

  private ResultJson() {}

  /**
   * Writes a result as {@code result/1}.
   *
   * @param result the result
   * @return the document, ending with {@code \n}
   */
  public static String write(AssessmentResult result) {
    return Json.write(toTree(result));
  }

  /**
   * Writes a result as {@code result/1} on one line, for JSON Lines: the same document as {@link #write}, without
   * indentation or line breaks inside (a line break in a text is escaped as {@code \n}), and a final {@code \n}.
   *
   * @param result the result
   * @return the document on one line, ending with {@code \n}
   */
  public static String writeLine(AssessmentResult result) {
    return Json.writeLine(toTree(result));
  }

  static ObjectNode toTree(AssessmentResult result) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("criteriaSet", result.criteriaSetId());
    root.put("criteriaSetVersion", result.criteriaSetVersion());
    root.put("criteriaSetFingerprint", result.criteriaSetFingerprint());
    root.put("evidenceDigest", result.evidenceDigest());
    result.attribution().assessedOn().ifPresent(d -> root.put("assessedOn", d.toString()));
    result.attribution().assessor().ifPresent(a -> root.put("assessor", a));
    root.put("unit", result.unit().id());
    root.put("unitName", result.unit().name());
    root.put("unitKind", WireNames.of(result.unit().kind()));
    result.unit().districtId().ifPresent(d -> root.put("district", d));
    root.set("period", EvidenceJson.period(result.period()));
    root.put("overall", result.overall().name());
    ObjectNode reason = root.putObject("reason");
    reason.put("kind", WireNames.of(result.reason().kind()));
    ArrayNode because = reason.putArray("criteria");
    result.reason().criteria().forEach(because::add);
    result.score().ifPresent(score -> root.set("score", score(score)));
    ArrayNode criteria = root.putArray("criteria");
    for (CriterionResult c : result.criteria()) {
      ObjectNode node = criteria.addObject();
      node.put("id", c.criterionId());
      node.put("indicator", c.indicatorId());
      node.put("outcome", c.outcome().name());
      ResultText.observed(c).ifPresent(o -> node.put("observed", o));
      c.observation()
          .filter(Observation.AttestationObservation.class::isInstance)
          .map(o -> ((Observation.AttestationObservation) o).reference())
          .ifPresent(ref -> node.put("reference", ref));
      node.put("required", Required.of(c.threshold()));
      node.put("source", c.clause());
      node.put("advisory", c.advisory());
      node.put("explanation", ResultText.explanation(c, result.period()));
      c.observation().ifPresent(o -> node.set("observation", observation(o)));
      c.gap().ifPresent(g -> node.set("gap", gap(g)));
      if (!c.missing().isEmpty()) {
        ArrayNode missing = node.putArray("missing");
        c.missing().forEach(m -> missing.add(missing(m)));
      }
    }
    ArrayNode vetoes = root.putArray("vetoes");
    result.vetoes().forEach(v -> vetoes.add(EvidenceJson.veto(v)));
    return root;
  }

  /**
   * Returns the {@code gap} object of an unmet criterion (差距分析): its {@code kind} ({@code more}, {@code fewer},
   * {@code periods}, {@code settings}, {@code letters}, {@code latest-date}, {@code more-events}, {@code sample})
   * and exact figures, such as
   * {@code {"kind": "more", "metric": "urine-test.tests-done", "amount": 15}}.
   */
  static ObjectNode gap(Gap gap) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (gap instanceof Gap.More g) {
      node.put("kind", "more").put("metric", g.metric().name()).put("amount", g.amount());
    } else if (gap instanceof Gap.Fewer g) {
      node.put("kind", "fewer").put("metric", g.metric().name()).put("atMost", g.atMost());
    } else if (gap instanceof Gap.Periods g) {
      ArrayNode uncovered = node.put("kind", "periods").putArray("uncovered");
      g.uncovered().forEach(p -> uncovered.add(p.toString()));
    } else if (gap instanceof Gap.Settings g) {
      ArrayNode missing = node.put("kind", "settings").putArray("missing");
      g.missing().forEach(x -> missing.add(WireNames.of(x)));
    } else if (gap instanceof Gap.Letters g) {
      ArrayNode subunits = node.put("kind", "letters").putArray("subunits");
      for (Observation.Lapse lapse : g.lapses()) {
        ObjectNode l = subunits.addObject().put("subunit", lapse.subunitId());
        lapse.lastLetter().ifPresent(d -> l.put("lastLetter", d.toString()));
      }
    } else if (gap instanceof Gap.SampleShort g) {
      node.put("kind", "sample")
          .put("moreUnits", g.moreUnits())
          .put("failuresOver", g.failuresOver());
    } else if (gap instanceof Gap.MoreEvents g) {
      node.put("kind", "more-events")
          .put("event", g.eventKind().id())
          .put("amount", g.amount())
          .put("from", g.first().toString())
          .put("to", g.last().toString());
    } else {
      node.put("kind", "latest-date").put("date", ((Gap.LatestDate) gap).latest().toString());
    }
    return node;
  }

  /** {@return 0 when two JSON values are equal, numbers compared by value (15 read back is 15 written)} */
  private static int sameValue(JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return 0;
    }
    return a.isIntegralNumber()
            && b.isIntegralNumber()
            && a.bigIntegerValue().equals(b.bigIntegerValue())
        ? 0
        : 1;
  }

  /** {@return the {@code observation} object of a criterion: its {@code kind} and exact integers, dates, ids} */
  static ObjectNode observation(Observation observation) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("kind", WireNames.of(observation.kind()));
    if (observation instanceof Observation.ShareObservation o) {
      node.put("part", o.part()).put("whole", o.whole());
    } else if (observation instanceof Observation.RateObservation o) {
      node.put("count", o.count()).put("base", o.base());
    } else if (observation instanceof Observation.CountObservation o) {
      node.put("value", o.value());
    } else if (observation instanceof Observation.IncreaseObservation o) {
      node.put("now", o.now()).put("before", o.before());
    } else if (observation instanceof Observation.ShareIncreaseObservation o) {
      node.putObject("now").put("part", o.partNow()).put("whole", o.wholeNow());
      node.putObject("before").put("part", o.partBefore()).put("whole", o.wholeBefore());
    } else if (observation instanceof Observation.ScheduleObservation o) {
      ArrayNode periods = node.putArray("periods");
      o.periods().forEach(p -> periods.add(p.toString()));
      ArrayNode uncovered = node.putArray("uncovered");
      o.uncovered().forEach(p -> uncovered.add(p.toString()));
    } else if (observation instanceof Observation.SettingsObservation o) {
      ArrayNode reached = node.putArray("reached");
      o.reached().forEach(x -> reached.add(WireNames.of(x)));
      ArrayNode missing = node.putArray("missing");
      o.missing().forEach(x -> missing.add(WireNames.of(x)));
    } else if (observation instanceof Observation.LettersObservation o) {
      node.put("subunits", o.subunits());
      ArrayNode uncovered = node.putArray("uncovered");
      for (Observation.Lapse lapse : o.uncovered()) {
        ObjectNode l = uncovered.addObject().put("subunit", lapse.subunitId());
        lapse.lastLetter().ifPresent(d -> l.put("lastLetter", d.toString()));
      }
    } else if (observation instanceof Observation.DateObservation o) {
      o.earliest().ifPresent(d -> node.put("earliest", d.toString()));
      o.deadline().ifPresent(d -> node.put("deadline", d.toString()));
    } else if (observation instanceof Observation.PeerObservation o) {
      node.put("cases", o.cases()).put("population", o.population());
      o.lowest()
          .ifPresent(
              p ->
                  node.putObject("lowest")
                      .put("unit", p.unitId())
                      .put("population", p.population())
                      .put("cases", p.cases()));
      node.put("peers", o.peers());
    } else if (observation instanceof Observation.PeerAverageObservation o) {
      node.put("value", o.value());
      o.base().ifPresent(b -> node.put("base", b));
      o.mean()
          .ifPresent(
              m ->
                  node.putObject("mean")
                      .put("numerator", m.numerator())
                      .put("denominator", m.denominator()));
      node.put("peers", o.peers());
      if (o.partOfBase()) {
        node.put("partOfBase", true);
      }
    } else if (observation instanceof Observation.EventCountObservation o) {
      node.put("count", o.count());
      o.first().ifPresent(d -> node.put("from", d.toString()));
      o.last().ifPresent(d -> node.put("to", d.toString()));
    } else if (observation instanceof Observation.SampleObservation o) {
      node.put("population", o.population())
          .put("required", o.required())
          .put("sampled", o.sampled());
      ArrayNode failed = node.putArray("failed");
      o.failed().forEach(failed::add);
    } else {
      Observation.AttestationObservation o = (Observation.AttestationObservation) observation;
      node.put("met", o.met()).put("reference", o.reference());
    }
    return node;
  }

  /**
   * Returns where a piece of missing evidence belongs in {@code evidence/1}, as a JSON path.
   *
   * @param missing a piece of missing evidence
   * @return such as {@code $.counts["youth.reached"]}, {@code $.previous["volunteers"]},
   *     {@code $.attestations["leadership.regular-study"]} or {@code $.events}
   */
  public static String evidencePath(MissingEvidence missing) {
    return ResultText.path(missing);
  }

  /**
   * Returns the {@code missing} string of a piece of missing evidence.
   *
   * @param missing a piece of missing evidence
   * @return a count key ({@code youth.reached}), {@code previous.<key>}, {@code attestations.<criterion id>},
   *     {@code samples.<criterion id>} (a criterion's list of sampled units),
   *     {@code peers.<unit id>.population} or {@code peers.<unit id>.cases} (a peer's unknown figure),
   *     {@code peers.<unit id>.counts.<key>} (a peer's unknown count), or the
   *     name of a list ({@code events}, {@code subunits}, {@code peers}, {@code vetoes})
   */
  static String missing(MissingEvidence missing) {
    if (missing instanceof MissingEvidence.MissingCount m) {
      return m.key().name();
    } else if (missing instanceof MissingEvidence.MissingPreviousCount m) {
      return "previous." + m.key().name();
    } else if (missing instanceof MissingEvidence.MissingAttestation m) {
      return "attestations." + m.criterionId();
    } else if (missing instanceof MissingEvidence.MissingSample m) {
      return "samples." + m.criterionId();
    } else if (missing instanceof MissingEvidence.MissingPeerFigure m) {
      return "peers." + m.unitId() + "." + peerField(m.field());
    } else if (missing instanceof MissingEvidence.MissingPeerCount m) {
      return "peers." + m.unitId() + COUNTS_INFIX + m.key().name();
    } else {
      return WireNames.of(((MissingEvidence.MissingList) missing).list());
    }
  }

  /** What stands between a peer's id and a count's key in {@code missing}: {@code peers.<unit>.counts.<key>}. */
  private static final String COUNTS_INFIX = ".counts.";

  /** {@return a peer's figure as its field of {@code evidence/1}: {@code population} or {@code cases}} */
  static String peerField(MissingEvidence.PeerField field) {
    return switch (field) {
      case POPULATION -> "population";
      case CASES -> "cases";
    };
  }

  private static @Nullable MissingEvidence readMissing(Reading r, JsonNode node, Location path) {
    String text = r.string(node, path);
    if (text == null) {
      return null;
    }
    if (text.startsWith("peers.")) {
      int counts = text.indexOf(COUNTS_INFIX);
      if (counts > "peers.".length()) {
        String key = text.substring(counts + COUNTS_INFIX.length());
        if (!MetricKey.isWellFormed(key)) {
          r.violation(RuleCode.RESULT_MISSING_MALFORMED, path, Reading.abbreviate(text));
          return null;
        }
        return new MissingEvidence.MissingPeerCount(
            text.substring("peers.".length(), counts), MetricKey.of(key));
      }
      for (MissingEvidence.PeerField field : MissingEvidence.PeerField.values()) {
        String suffix = "." + peerField(field);
        if (text.endsWith(suffix) && text.length() > "peers.".length() + suffix.length()) {
          return new MissingEvidence.MissingPeerFigure(
              text.substring("peers.".length(), text.length() - suffix.length()), field);
        }
      }
    }
    for (MissingEvidence.EvidenceList list : MissingEvidence.EvidenceList.values()) {
      if (WireNames.of(list).equals(text)) {
        return new MissingEvidence.MissingList(list);
      }
    }
    if (text.startsWith("samples.") && text.length() > "samples.".length()) {
      return new MissingEvidence.MissingSample(text.substring("samples.".length()));
    }
    if (text.startsWith("attestations.") && text.length() > "attestations.".length()) {
      return new MissingEvidence.MissingAttestation(text.substring("attestations.".length()));
    }
    boolean previous = text.startsWith("previous.");
    String key = previous ? text.substring("previous.".length()) : text;
    if (!MetricKey.isWellFormed(key)) {
      r.violation(RuleCode.RESULT_MISSING_MALFORMED, path, Reading.abbreviate(text));
      return null;
    }
    return previous
        ? new MissingEvidence.MissingPreviousCount(MetricKey.of(key))
        : new MissingEvidence.MissingCount(MetricKey.of(key));
  }

  private static final Map<ObservationKind, Set<String>> OBSERVATION =
      Map.ofEntries(
          Map.entry(ObservationKind.SHARE, ImmutableSet.of("kind", "part", "whole")),
          Map.entry(ObservationKind.RATE, ImmutableSet.of("kind", "count", "base")),
          Map.entry(ObservationKind.COUNT, ImmutableSet.of("kind", "value")),
          Map.entry(ObservationKind.INCREASE, ImmutableSet.of("kind", "now", "before")),
          Map.entry(ObservationKind.SHARE_INCREASE, ImmutableSet.of("kind", "now", "before")),
          Map.entry(ObservationKind.SCHEDULE, ImmutableSet.of("kind", "periods", "uncovered")),
          Map.entry(ObservationKind.SETTINGS, ImmutableSet.of("kind", "reached", "missing")),
          Map.entry(ObservationKind.LETTERS, ImmutableSet.of("kind", "subunits", "uncovered")),
          Map.entry(ObservationKind.DATE, ImmutableSet.of("kind", "earliest", "deadline")),
          Map.entry(
              ObservationKind.PEERS,
              ImmutableSet.of("kind", "cases", "population", "lowest", "peers")),
          Map.entry(ObservationKind.ATTESTATION, ImmutableSet.of("kind", "met", "reference")),
          Map.entry(ObservationKind.EVENT_COUNT, ImmutableSet.of("kind", "count", "from", "to")),
          Map.entry(
              ObservationKind.PEER_AVERAGE,
              ImmutableSet.of("kind", "value", "base", "mean", "peers", "partOfBase")),
          Map.entry(
              ObservationKind.SAMPLE,
              ImmutableSet.of("kind", "population", "required", "sampled", "failed")));
  private static final Set<String> MEAN = ImmutableSet.of("numerator", "denominator");
  private static final Set<String> PART_WHOLE = ImmutableSet.of("part", "whole");
  private static final Set<String> LAPSE = ImmutableSet.of("subunit", "lastLetter");
  private static final Set<String> PEER = ImmutableSet.of("unit", "population", "cases");

  private static @Nullable Observation readObservation(
      Reading r, JsonNode node, Location path, Criterion criterion) {
    if (!node.isObject() || !node.has("kind")) {
      r.violation(RuleCode.RESULT_OBSERVATION_NOT_OBJECT, path);
      return null;
    }
    ObservationKind kind =
        r.constant(
            node.get("kind"),
            path.member("kind"),
            ObservationKind.class,
            RuleCode.OBSERVATION_KIND_UNKNOWN);
    if (kind == null) {
      return null;
    }
    Reading.Obj o = r.object(node, path, requireNonNull(OBSERVATION.get(kind)));
    if (o == null) {
      return null;
    }
    try {
      return switch (kind) {
        case SHARE -> {
          Long part = o.wholeNumber("part");
          Long whole = o.wholeNumber("whole");
          yield part == null || whole == null
              ? null
              : new Observation.ShareObservation(part, whole);
        }
        case RATE -> {
          Long count = o.wholeNumber("count");
          Long base = o.wholeNumber("base");
          yield count == null || base == null ? null : new Observation.RateObservation(count, base);
        }
        case COUNT -> {
          Long value = o.wholeNumber("value");
          yield value == null ? null : new Observation.CountObservation(value);
        }
        case INCREASE -> {
          Long now = o.wholeNumber("now");
          Long before = o.wholeNumber("before");
          yield now == null || before == null
              ? null
              : new Observation.IncreaseObservation(now, before);
        }
        case SHARE_INCREASE -> {
          long[] now = partWhole(r, o, "now");
          long[] before = partWhole(r, o, "before");
          yield now == null || before == null
              ? null
              : new Observation.ShareIncreaseObservation(now[0], now[1], before[0], before[1]);
        }
        case SCHEDULE -> {
          List<CalendarPeriod> periods = periods(r, o, "periods");
          List<CalendarPeriod> uncovered = periods(r, o, "uncovered");
          yield periods == null || uncovered == null
              ? null
              : new Observation.ScheduleObservation(
                  ImmutableList.copyOf(periods), ImmutableList.copyOf(uncovered));
        }
        case SETTINGS -> {
          List<Setting> reached = settings(r, o, "reached");
          List<Setting> missing = settings(r, o, "missing");
          yield reached == null || missing == null
              ? null
              : new Observation.SettingsObservation(
                  ImmutableSet.copyOf(reached), ImmutableSet.copyOf(missing));
        }
        case LETTERS -> {
          Long subunits = o.wholeNumber("subunits");
          int years =
              criterion.threshold() instanceof Within
                  ? ((Within) criterion.threshold()).years()
                  : 0;
          JsonNode list = o.required("uncovered");
          List<Observation.Lapse> lapses =
              list == null
                  ? null
                  : r.array(
                      list,
                      o.at("uncovered"),
                      (n, p) -> {
                        Reading.Obj l = r.object(n, p, LAPSE);
                        if (l == null) {
                          return null;
                        }
                        String subunit = l.nonBlank("subunit");
                        Optional<LocalDate> last =
                            l.has("lastLetter")
                                ? Optional.ofNullable(l.date("lastLetter"))
                                : Optional.empty();
                        return subunit == null
                            ? null
                            : new Observation.Lapse(
                                subunit, last, last.map(d -> d.plusYears(years)));
                      });
          yield subunits == null || lapses == null
              ? null
              : new Observation.LettersObservation(
                  Math.toIntExact(subunits), ImmutableList.copyOf(lapses));
        }
        case DATE -> {
          Optional<LocalDate> earliest =
              o.has("earliest") ? Optional.ofNullable(o.date("earliest")) : Optional.empty();
          Optional<LocalDate> deadline =
              o.has("deadline") ? Optional.ofNullable(o.date("deadline")) : Optional.empty();
          yield new Observation.DateObservation(earliest, deadline);
        }
        case PEERS -> {
          Long cases = o.wholeNumber("cases");
          Long population = o.wholeNumber("population");
          Long peers = o.wholeNumber("peers");
          Optional<Observation.PeerFigure> lowest = Optional.empty();
          if (o.has("lowest")) {
            Reading.Obj p = r.object(o.node.get("lowest"), o.at("lowest"), PEER);
            String unit = p == null ? null : p.nonBlank("unit");
            Long pp = p == null ? null : p.wholeNumber("population");
            Long pc = p == null ? null : p.wholeNumber("cases");
            if (unit == null || pp == null || pc == null) {
              yield null;
            }
            lowest = Optional.of(new Observation.PeerFigure(unit, pp, pc));
          }
          yield cases == null || population == null || peers == null
              ? null
              : new Observation.PeerObservation(cases, population, lowest, Math.toIntExact(peers));
        }
        case ATTESTATION -> {
          Boolean met = o.bool("met");
          String reference = o.string("reference");
          yield met == null || reference == null
              ? null
              : new Observation.AttestationObservation(met, reference);
        }
        case EVENT_COUNT -> {
          Long count = o.wholeNumber("count");
          Optional<LocalDate> from =
              o.has("from") ? Optional.ofNullable(o.date("from")) : Optional.empty();
          Optional<LocalDate> to =
              o.has("to") ? Optional.ofNullable(o.date("to")) : Optional.empty();
          yield count == null || o.has("from") && from.isEmpty() || o.has("to") && to.isEmpty()
              ? null
              : new Observation.EventCountObservation(count, from, to);
        }
        case PEER_AVERAGE -> {
          Long value = o.wholeNumber("value");
          boolean hasBase = o.has("base");
          Long base = hasBase ? o.wholeNumber("base") : null;
          Long peers = o.wholeNumber("peers");
          Optional<Observation.Mean> mean = Optional.empty();
          if (o.has("mean")) {
            Reading.Obj m = r.object(o.node.get("mean"), o.at("mean"), MEAN);
            BigInteger numerator = m == null ? null : m.bigWholeNumber("numerator");
            BigInteger denominator = m == null ? null : m.bigWholeNumber("denominator");
            if (numerator == null || denominator == null) {
              yield null;
            }
            mean = Optional.of(new Observation.Mean(numerator, denominator));
          }
          boolean hasPart = o.has("partOfBase");
          Boolean partOfBase = hasPart ? o.bool("partOfBase") : Boolean.FALSE;
          yield value == null || hasBase && base == null || peers == null || partOfBase == null
              ? null
              : new Observation.PeerAverageObservation(
                  value,
                  base == null ? OptionalLong.empty() : OptionalLong.of(base),
                  mean,
                  Math.toIntExact(peers),
                  partOfBase);
        }
        case SAMPLE -> {
          Long population = o.wholeNumber("population");
          Long required = o.wholeNumber("required");
          Long sampled = o.wholeNumber("sampled");
          JsonNode list = o.required("failed");
          List<String> failed = list == null ? null : r.array(list, o.at("failed"), r::string);
          yield population == null
                  || required == null
                  || sampled == null
                  || list == null
                  || failed == null
                  || failed.size() != list.size()
              ? null
              : new Observation.SampleObservation(
                  population, required, Math.toIntExact(sampled), ImmutableList.copyOf(failed));
        }
      };
    } catch (IllegalArgumentException | ArithmeticException e) {
      r.violation(RuleCode.RESULT_OBSERVATION_INVALID, path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static long @Nullable [] partWhole(Reading r, Reading.Obj o, String field) {
    JsonNode node = o.required(field);
    Reading.Obj pw = node == null ? null : r.object(node, o.at(field), PART_WHOLE);
    Long part = pw == null ? null : pw.wholeNumber("part");
    Long whole = pw == null ? null : pw.wholeNumber("whole");
    return part == null || whole == null ? null : new long[] {part, whole};
  }

  private static @Nullable List<CalendarPeriod> periods(Reading r, Reading.Obj o, String field) {
    JsonNode node = o.required(field);
    return node == null
        ? null
        : r.array(
            node,
            o.at(field),
            (n, p) -> {
              String label = r.string(n, p);
              try {
                return label == null ? null : CalendarPeriod.parse(label);
              } catch (IllegalArgumentException e) {
                r.violation(
                    RuleCode.RESULT_PERIOD_LABEL_INVALID, p, String.valueOf(e.getMessage()));
                return null;
              }
            });
  }

  private static @Nullable List<Setting> settings(Reading r, Reading.Obj o, String field) {
    JsonNode node = o.required(field);
    return node == null
        ? null
        : r.array(
            node, o.at(field), (n, p) -> r.constant(n, p, Setting.class, RuleCode.SETTING_UNKNOWN));
  }

  private static ObjectNode score(Score score) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("total", score.total().toPlainString());
    node.put("maxTotal", score.maxTotal().toPlainString());
    node.put("passMark", score.passMark().toPlainString());
    ObjectNode band = node.putObject("band");
    band.put("zh", score.band().chineseName());
    score.band().traditionalChineseName().ifPresent(t -> band.put("zh-Hant", t));
    band.put("en", score.band().englishName());
    band.put("range", score.band().range());
    node.put("bonus", score.bonus().toPlainString());
    node.put("deductions", score.deductions().toPlainString());
    ObjectNode criteria = node.putObject("criteria");
    score.criterionPoints().forEach((id, p) -> criteria.put(id, p.toPlainString()));
    ObjectNode indicators = node.putObject("indicators");
    score.indicatorPoints().forEach((id, p) -> indicators.put(id, p.toPlainString()));
    return node;
  }

  private static @Nullable Score readScore(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, SCORE);
    if (o == null) {
      return null;
    }
    BigDecimal total = decimal(r, o, "total");
    BigDecimal maxTotal = decimal(r, o, "maxTotal");
    BigDecimal passMark = decimal(r, o, "passMark");
    BigDecimal bonus = decimal(r, o, "bonus");
    BigDecimal deductions = decimal(r, o, "deductions");
    JsonNode bandNode = o.required("band");
    Reading.Obj band = bandNode == null ? null : r.object(bandNode, o.at("band"), BAND);
    String zh = band == null ? null : band.nonBlank("zh");
    String en = band == null ? null : band.nonBlank("en");
    boolean hasHant = band != null && band.has("zh-Hant");
    String hant = hasHant && band != null ? band.nonBlank("zh-Hant") : null;
    String range = band == null ? null : band.string("range");
    Map<String, BigDecimal> criteria = decimals(r, o, "criteria");
    Map<String, BigDecimal> indicators = decimals(r, o, "indicators");
    if (total == null
        || maxTotal == null
        || passMark == null
        || bonus == null
        || deductions == null
        || zh == null
        || en == null
        || hasHant && hant == null
        || range == null
        || criteria == null
        || indicators == null
        || range.length() < 5
        || !range.contains(", ")) {
      r.violation(RuleCode.RESULT_SCORE_INCOMPLETE, path);
      return null;
    }
    String[] bounds = range.substring(1, range.length() - 1).split(", ");
    try {
      return Score.builder()
          .total(total)
          .maxTotal(maxTotal)
          .passMark(passMark)
          .bonus(bonus)
          .deductions(deductions)
          .putAllCriterionPoints(criteria)
          .putAllIndicatorPoints(indicators)
          .band(
              PointsScheme.Band.builder()
                  .chineseName(zh)
                  .traditionalChineseName(Optional.ofNullable(hant))
                  .englishName(en)
                  .lowerInclusive(range.startsWith("["))
                  .lower(new BigDecimal(bounds[0]))
                  .upper(new BigDecimal(bounds[1]))
                  .upperInclusive(range.endsWith("]"))
                  .build())
          .build();
    } catch (RuntimeException e) {
      r.violation(RuleCode.RESULT_BAND_INVALID, o.at("band"), range);
      return null;
    }
  }

  private static @Nullable BigDecimal decimal(Reading r, Reading.Obj o, String field) {
    String text = o.string(field);
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      r.violation(RuleCode.RESULT_NOT_DECIMAL, o.at(field), Reading.abbreviate(text));
      return null;
    }
  }

  private static @Nullable Map<String, BigDecimal> decimals(
      Reading r, Reading.Obj o, String field) {
    JsonNode node = o.required(field);
    Reading.Obj map = node == null ? null : r.map(node, o.at(field));
    if (map == null) {
      return null;
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String text = r.string(entry.getValue(), o.at(field).key(entry.getKey()));
      try {
        if (text != null) {
          out.put(entry.getKey(), new BigDecimal(text));
        }
      } catch (NumberFormatException e) {
        r.violation(
            RuleCode.RESULT_NOT_DECIMAL, o.at(field).key(entry.getKey()), Reading.abbreviate(text));
      }
    }
    return out;
  }

  /**
   * Reads a {@code result/1} document written by {@link #write}: reading what was written gives an equal result, and
   * writing it again gives the same bytes. The criteria set supplies each criterion's bar ({@link
   * CriterionResult#threshold()}), which the document names only in words.
   *
   * <p>Example: {@code ResultJson.read(json, MunicipalModelCommunity.criteriaSet())}.
   *
   * @param json the document
   * @param set the criteria set the result was assessed on: the document's {@code criteriaSet} and
   *     {@code criteriaSetFingerprint} must be its id and fingerprint
   * @return the result
   * @throws InvalidResultException with every violation (rule code, location, values), if the document is not
   *     valid {@code result/1},
   *     is of another criteria set or fingerprint, names a criterion the set lacks, or breaks an invariant of a
   *     result (an observation that does not fit its bar, a reason that does not decide the overall outcome), or
   *     claims what its figures do not show: criteria that are not the set's in catalogue order
   *     ({@link RuleCode#RESULT_CRITERION_OUT_OF_PLACE}, {@link RuleCode#RESULT_CRITERIA_COUNT_DIFFERS},
   *     {@link RuleCode#RESULT_ADVISORY_DIFFERS}), an outcome its observation does not decide
   *     ({@link RuleCode#RESULT_OUTCOME_INCONSISTENT}), a score the set's points scheme does not give
   *     ({@link RuleCode#RESULT_SCORE_INCONSISTENT}, {@link RuleCode#RESULT_SCORE_ABSENT},
   *     {@link RuleCode#RESULT_SCORE_UNEXPECTED}), or an overall outcome and reason the outcomes do not decide
   *     ({@link RuleCode#RESULT_OVERALL_INCONSISTENT})
   */
  public static AssessmentResult read(String json, CriteriaSet set) {
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (InvalidEvidenceException e) {
      throw new InvalidResultException(e.violations(), e);
    }
    Reading r = new Reading();
    Reading.Obj doc = r.object(root, Location.root(), TOP);
    if (doc == null) {
      throw new InvalidResultException(r.violations(), null);
    }
    EvidenceJson.checkFormat(r, doc, FORMAT);
    String setId = doc.nonBlank("criteriaSet");
    String version = doc.nonBlank("criteriaSetVersion");
    String fingerprint = doc.nonBlank("criteriaSetFingerprint");
    if (setId != null && !setId.equals(set.id())) {
      r.violation(
          RuleCode.RESULT_CRITERIA_SET_DIFFERS,
          doc.at("criteriaSet"),
          Reading.abbreviate(setId),
          set.id());
    } else if (fingerprint != null && !fingerprint.equals(set.fingerprint())) {
      r.violation(
          RuleCode.RESULT_FINGERPRINT_DIFFERS,
          doc.at("criteriaSetFingerprint"),
          Reading.abbreviate(fingerprint),
          set.fingerprint());
    }
    String evidenceDigest = doc.nonBlank("evidenceDigest");
    Attribution attribution = readAttribution(r, doc);
    String unitId = doc.nonBlank("unit");
    String unitName = doc.nonBlank("unitName");
    UnitKind unitKind = doc.constant("unitKind", UnitKind.class, RuleCode.UNIT_KIND_UNKNOWN);
    Optional<String> district = doc.optionalNonBlank("district");
    AssessmentPeriod period = EvidenceJson.readPeriod(r, doc);
    OverallOutcome overall =
        doc.constant("overall", OverallOutcome.class, RuleCode.OVERALL_OUTCOME_UNKNOWN, Enum::name);
    JsonNode reasonNode = doc.required("reason");
    Reading.Obj reasonObj =
        reasonNode == null ? null : r.object(reasonNode, doc.at("reason"), REASON);
    ReasonKind reasonKind =
        reasonObj == null
            ? null
            : reasonObj.constant("kind", ReasonKind.class, RuleCode.REASON_KIND_UNKNOWN);
    JsonNode because = reasonObj == null ? null : reasonObj.required("criteria");
    List<String> reasonCriteria =
        because == null ? null : r.array(because, doc.at("reason").member("criteria"), r::string);
    JsonNode criteriaNode = doc.required("criteria");
    List<CriterionResult> criteria =
        criteriaNode == null
            ? null
            : r.array(criteriaNode, doc.at("criteria"), (n, p) -> criterion(r, n, p, set));
    Optional<Score> score =
        doc.has("score")
            ? Optional.ofNullable(readScore(r, doc.node.get("score"), doc.at("score")))
            : Optional.empty();
    JsonNode vetoNode = doc.required("vetoes");
    List<VetoFinding> vetoes =
        vetoNode == null
            ? null
            : r.array(vetoNode, doc.at("vetoes"), (n, p) -> EvidenceJson.readVeto(r, n, p));
    if (!r.violations().isEmpty()
        || setId == null
        || version == null
        || fingerprint == null
        || unitId == null
        || evidenceDigest == null
        || attribution == null
        || unitName == null
        || unitKind == null
        || period == null
        || overall == null
        || reasonKind == null
        || reasonCriteria == null
        || criteria == null
        || vetoes == null) {
      throw new InvalidResultException(r.violations(), null);
    }
    checkFollows(r, doc, set, criteria, score, vetoes, overall, reasonKind, reasonCriteria);
    if (!r.violations().isEmpty()) {
      throw new InvalidResultException(r.violations(), null);
    }
    Unit.Builder unit = Unit.builder().id(unitId).name(unitName).kind(unitKind);
    district.ifPresent(unit::districtId);
    try {
      OverallReason reason =
          reasonKind == ReasonKind.VETO_FINDING
              ? new OverallReason(
                  reasonKind, ImmutableList.copyOf(reasonCriteria), ImmutableList.copyOf(vetoes))
              : OverallReason.of(reasonKind, reasonCriteria);
      AssessmentResult result =
          AssessmentResult.builder()
              .criteriaSetId(setId)
              .criteriaSetVersion(version)
              .criteriaSetFingerprint(fingerprint)
              .evidenceDigest(evidenceDigest)
              .attribution(attribution)
              .unit(unit.build())
              .period(period)
              .overall(overall)
              .reason(reason)
              .score(score)
              .addAllCriteria(criteria)
              .addAllVetoes(vetoes)
              .build();
      Optional<Location> differs = firstDifference(toTree(result), root, Location.root());
      if (differs.isPresent()) {
        throw new InvalidResultException(
            List.of(Violation.of(RuleCode.RESULT_TEXT_DISAGREES, differs.get())), null);
      }
      return result;
    } catch (IllegalArgumentException e) {
      throw new InvalidResultException(
          List.of(
              Violation.of(
                  RuleCode.RESULT_INVARIANT, Location.root(), String.valueOf(e.getMessage()))),
          e);
    }
  }

  /**
   * Checks that what a result claims follows from what it shows (docs/evidence-format.md, "What Jindu writes and checks beyond the above"): its
   * criteria are the set's, in catalogue order; its score is the set's points scheme applied to its outcomes; its
   * overall outcome and reason are the ones its outcomes, score and veto findings decide. Whether the evidence
   * answered the set's veto rules is not in a result: a reason {@code vetoes-absent} is taken as the claim that it
   * did not, and checked to be the reason that claim decides.
   */
  private static void checkFollows(
      Reading r,
      Reading.Obj doc,
      CriteriaSet set,
      List<CriterionResult> criteria,
      Optional<Score> score,
      List<VetoFinding> vetoes,
      OverallOutcome overall,
      ReasonKind reasonKind,
      List<String> reasonCriteria) {
    List<Criterion> expected = set.criteria();
    for (int i = 0; i < Math.min(expected.size(), criteria.size()); i++) {
      String id = criteria.get(i).criterionId();
      if (!id.equals(expected.get(i).id())) {
        r.violation(
            RuleCode.RESULT_CRITERION_OUT_OF_PLACE,
            doc.at("criteria").index(i).member("id"),
            Reading.abbreviate(id),
            expected.get(i).id(),
            set.id());
        return;
      }
    }
    if (criteria.size() != expected.size()) {
      r.violation(
          RuleCode.RESULT_CRITERIA_COUNT_DIFFERS,
          doc.at("criteria"),
          criteria.size(),
          expected.size(),
          set.id());
      return;
    }
    Optional<Score> implied =
        set.pointsScheme()
            .map(scheme -> Scoring.score(set, scheme, ImmutableList.copyOf(criteria)));
    if (implied.isPresent() && score.isEmpty()) {
      r.violation(RuleCode.RESULT_SCORE_ABSENT, doc.at("score"), set.id());
      return;
    } else if (implied.isEmpty() && score.isPresent()) {
      r.violation(RuleCode.RESULT_SCORE_UNEXPECTED, doc.at("score"), set.id());
      return;
    } else if (implied.isPresent() && !implied.equals(score)) {
      r.violation(
          RuleCode.RESULT_SCORE_INCONSISTENT,
          doc.at("score"),
          score.get().total().toPlainString(),
          implied.get().total().toPlainString());
      return;
    }
    boolean vetoesAbsent = reasonKind == ReasonKind.VETOES_ABSENT && !set.vetoRules().isEmpty();
    OverallReason decided = Verdicts.decide(set, criteria, implied, vetoes, vetoesAbsent);
    if (decided.kind() != reasonKind
        || decided.overall() != overall
        || !decided.criteria().equals(ImmutableList.copyOf(reasonCriteria))) {
      r.violation(
          RuleCode.RESULT_OVERALL_INCONSISTENT,
          doc.at("reason"),
          overall.name(),
          CanonicalNames.of(reasonKind),
          decided.overall().name(),
          CanonicalNames.of(decided.kind()),
          decided.criteria().isEmpty() ? "-" : String.join(", ", decided.criteria()));
    }
  }

  /**
   * Reads {@code assessedOn} and {@code assessor}, each optional; {@return the attribution, or null after a
   * violation: a date not written yyyy-mm-dd, or an assessor that is not a name (at {@code $.assessor})}
   */
  private static @Nullable Attribution readAttribution(Reading r, Reading.Obj doc) {
    boolean dated = doc.has("assessedOn");
    LocalDate assessedOn = dated ? doc.date("assessedOn") : null;
    boolean named = doc.has("assessor");
    String assessor = named ? doc.string("assessor") : null;
    if ((dated && assessedOn == null) || (named && assessor == null)) {
      return null;
    }
    try {
      return Attribution.of(Optional.ofNullable(assessedOn), Optional.ofNullable(assessor));
    } catch (InvalidAttributionException e) {
      e.violations().forEach(r::violation);
      return null;
    }
  }

  /** {@return the path of the first member where two trees differ, if they do} */
  private static Optional<Location> firstDifference(
      JsonNode expected, JsonNode actual, Location path) {
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = actual.get(e.getKey());
        Location at = path.member(e.getKey());
        if (other == null) {
          return Optional.of(at);
        }
        Optional<Location> inner = firstDifference(e.getValue(), other, at);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return expected.size() == actual.size() ? Optional.empty() : Optional.of(path);
    }
    if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        Optional<Location> inner = firstDifference(expected.get(i), actual.get(i), path.index(i));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    boolean same =
        expected.isNumber() && actual.isNumber()
            ? expected.isIntegralNumber() == actual.isIntegralNumber()
                && expected.asText().equals(actual.asText())
            : expected.equals(actual);
    return same ? Optional.empty() : Optional.of(path);
  }

  private static @Nullable CriterionResult criterion(
      Reading r, JsonNode node, Location path, CriteriaSet set) {
    Reading.Obj o = r.object(node, path, CRITERION);
    if (o == null) {
      return null;
    }
    String id = o.nonBlank("id");
    Optional<Criterion> criterion = id == null ? Optional.empty() : set.criterion(id);
    if (id != null && criterion.isEmpty()) {
      r.violation(RuleCode.RESULT_CRITERION_UNKNOWN, o.at("id"), Reading.abbreviate(id), set.id());
    }
    String indicator = o.nonBlank("indicator");
    if (indicator != null
        && criterion.isPresent()
        && !indicator.equals(set.indicatorOf(criterion.get()).id())) {
      r.violation(
          RuleCode.RESULT_INDICATOR_DIFFERS,
          o.at("indicator"),
          Reading.abbreviate(indicator),
          criterion.get().id(),
          set.indicatorOf(criterion.get()).id());
    }
    Outcome outcome = o.constant("outcome", Outcome.class, RuleCode.OUTCOME_UNKNOWN, Enum::name);
    Boolean advisory = o.bool("advisory");
    for (String text : List.of("required", "source", "explanation")) {
      o.string(text);
    }
    if (o.has("observed")) {
      o.string("observed");
    }
    if (o.has("reference")) {
      o.string("reference");
    }
    Optional<Observation> observation =
        o.has("observation") && criterion.isPresent()
            ? Optional.ofNullable(
                readObservation(r, o.node.get("observation"), o.at("observation"), criterion.get()))
            : Optional.empty();
    List<MissingEvidence> missing =
        o.has("missing")
            ? r.array(o.node.get("missing"), o.at("missing"), (n, p) -> readMissing(r, n, p))
            : List.of();
    if (id == null
        || criterion.isEmpty()
        || indicator == null
        || outcome == null
        || advisory == null
        || missing == null
        || o.has("observation") && observation.isEmpty()) {
      return null;
    }
    if (advisory != criterion.get().advisory()) {
      r.violation(RuleCode.RESULT_ADVISORY_DIFFERS, o.at("advisory"), id);
      return null;
    }
    if (observation.isPresent()) {
      Outcome implied;
      try {
        implied = Verdicts.outcome(criterion.get().threshold(), observation.get());
      } catch (IllegalArgumentException e) {
        implied =
            outcome; // an observation that does not fit its bar is refused by the builder below
      }
      if (implied != outcome) {
        r.violation(
            RuleCode.RESULT_OUTCOME_INCONSISTENT,
            o.at("outcome"),
            outcome.name(),
            implied.name(),
            id);
        return null;
      }
    }
    CriterionResult built;
    try {
      built =
          CriterionResult.builder()
              .criterionId(id)
              .indicatorId(indicator)
              .outcome(outcome)
              .observation(observation)
              .addAllMissing(missing)
              .threshold(criterion.get().threshold())
              .clause(criterion.get().clause())
              .advisory(advisory)
              .build();
    } catch (IllegalArgumentException e) {
      r.violation(RuleCode.RESULT_INVARIANT, path, String.valueOf(e.getMessage()));
      return null;
    }
    // The gap follows from the observation and the bar: a document gives exactly that one, or none
    // when
    // there is none (evidence-format.md, revision 2: every NOT_MET numeric or dated bar has one).
    JsonNode givenGap = o.node.get("gap");
    Optional<Gap> gap = built.gap();
    boolean agrees =
        givenGap == null
            ? gap.isEmpty()
            : gap.isPresent() && givenGap.equals(ResultJson::sameValue, gap(gap.get()));
    if (!agrees) {
      r.violation(
          RuleCode.RESULT_GAP_INCONSISTENT,
          o.at("gap"),
          id,
          gap.map(g -> gap(g).toString()).orElse("-"));
      return null;
    }
    return built;
  }
}
