package io.github.jindu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.CountUnit;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.EventTypeDefinition;
import io.github.jindu.Indicator;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.Metric;
import io.github.jindu.MetricKey;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.Setting;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoRule;
import io.github.jindu.Violation;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.Comparison;
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
import io.github.jindu.points.PointsScheme;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code criteria/1}: a criteria set as data (docs/criteria-format.md), so that a city's or a
 * district's own variant (other bars, other indicators, a new version) is loaded from a file without new Java code.
 *
 * <p>Bounds are written exactly: a share as {@code "9/10"}, {@code "90%"} or {@code "0.9"}; a rate as
 * {@code "0.5 per 10000"}; a comparison as the text says it: {@code at-least}, {@code greater-than},
 * {@code at-most}, {@code less-than}, or the Chinese words 以上, 不少于, 不低于, 达到 (at least), 超过, 高于 (greater
 * than), 以下, 以内, 不超过, 不高于 (at most), 不满, 不足, 低于 (less than), in Simplified or Traditional characters. Reading is strict like {@link EvidenceJson}: unknown fields, wrong types,
 * unknown kinds and every rule of a definition ({@link CriteriaSet}, {@link Indicator}, {@link Criterion}, the
 * bars) are reported together, each with its JSON path, in one {@link InvalidCriteriaException}.
 *
 * <pre>{@code
 * CriteriaSet set = CriteriaJson.read(Files.newInputStream(Path.of("district-2024.criteria.json")));
 * AssessmentResult result = set.assess(evidence);   // result.criteriaSetFingerprint() names these rules
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class CriteriaJson {
  /** The format tag, {@value}. */
  public static final String FORMAT = "criteria/1";

  /**
   * The classpath resource of jindu-json that holds the default set
   * ({@link io.github.jindu.catalogue.MunicipalModelCommunity#criteriaSet()}) in {@code criteria/1}: exactly what
   * {@link #write(CriteriaSet)} writes for it, as a test proves, so that a district can start its own variant
   * from the file.
   */
  public static final String DEFAULT_SET_RESOURCE =
      "/io/github/jindu/json/municipal-model-community.criteria.json";

  private static final Set<String> TOP =
      ImmutableSet.of(
          "format",
          "id",
          "version",
          "name",
          "source",
          "inForce",
          "unitKinds",
          "annual",
          "calendarYear",
          "metrics",
          "eventTypes",
          "indicators",
          "vetoes",
          "points");
  private static final Set<String> POINTS =
      ImmutableSet.of(
          "criteria",
          "indicators",
          "sections",
          "missing",
          "bonus",
          "passMark",
          "bands",
          "vetoItems");
  private static final Set<String> SECTION = ImmutableSet.of("weight", "veto");
  private static final Set<String> MISSING = ImmutableSet.of("perItem", "cap");
  private static final Set<String> BONUS = ImmutableSet.of("criteria", "cap");
  private static final Set<String> BAND = ImmutableSet.of("name", "range");
  private static final Set<String> TIERED = ImmutableSet.of("tiers");

  private static final Set<String> PER_OCCURRENCE = ImmutableSet.of("perOccurrence", "cap");

  private static final Set<String> PER_SHORTFALL = ImmutableSet.of("points", "perShortfall", "cap");
  private static final Set<String> TIER = ImmutableSet.of("atLeast", "points");
  private static final Pattern RANGE =
      Pattern.compile(
          "([\\[(])\\s*([0-9]+(?:\\.[0-9]+)?)\\s*,\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([\\])])");
  private static final Set<String> NAME = ImmutableSet.of("zh", "zh-Hant", "en");
  private static final Set<String> IN_FORCE = ImmutableSet.of("from", "until");
  private static final Set<String> METRIC =
      ImmutableSet.of("zh", "zh-Hant", "en", "unit", "partOf");
  private static final Set<String> INDICATOR = ImmutableSet.of("id", "name", "clause", "criteria");
  private static final Set<String> CRITERION =
      ImmutableSet.of("id", "name", "clause", "advisory", "bar");
  private static final Set<String> VETO = ImmutableSet.of("id", "name", "clause");
  private static final Set<String> WINDOW = ImmutableSet.of("from", "to");
  private static final Set<String> EVENT_TYPE =
      ImmutableSet.of("id", "name", "settings", "subunit");
  private static final Pattern RATE = Pattern.compile("(\\S+) per ([0-9]+)");

  /** A bound as written: {@code n/d}, a plain decimal {@code 0.9} or a percentage {@code 90%}; no sign, exponent or space. */
  private static final Pattern EXACT = Pattern.compile("[0-9]+/[0-9]+|[0-9]+(\\.[0-9]+)?%?");

  private CriteriaJson() {}

  /**
   * Reads a criteria set from a UTF-8 byte stream; the stream is read to its end but not closed.
   *
   * @param in the {@code criteria/1} document
   * @return the criteria set
   * @throws InvalidCriteriaException with every violation found, if the document is not a valid definition
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static CriteriaSet read(InputStream in) {
    try {
      return fromTree(Json.parse(in));
    } catch (InvalidEvidenceException e) {
      throw new InvalidCriteriaException(e.violations());
    }
  }

  /**
   * Reads a criteria set from a string.
   *
   * @param json the {@code criteria/1} document
   * @return the criteria set
   * @throws InvalidCriteriaException with every violation found, if the document is not a valid definition
   */
  public static CriteriaSet read(String json) {
    try {
      return fromTree(Json.parse(json));
    } catch (InvalidEvidenceException e) {
      throw new InvalidCriteriaException(e.violations());
    }
  }

  /**
   * Writes a criteria set as {@code criteria/1}: two-space indents, {@code \n} line ends, bounds as exact
   * fractions. Reading the text back gives an equal set with the same fingerprint.
   *
   * @param set the criteria set
   * @return the document, ending with {@code \n}
   */
  public static String write(CriteriaSet set) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("id", set.id());
    root.put("version", set.version());
    root.set("name", name(set.chineseName(), set.traditionalChineseName(), set.englishName()));
    set.source().ifPresent(s -> root.put("source", s));
    if (set.inForceFrom().isPresent() || set.inForceUntil().isPresent()) {
      ObjectNode inForce = root.putObject("inForce");
      set.inForceFrom().ifPresent(d -> inForce.put("from", d.toString()));
      set.inForceUntil().ifPresent(d -> inForce.put("until", d.toString()));
    }
    ArrayNode kinds = root.putArray("unitKinds");
    set.unitKinds().forEach(k -> kinds.add(WireNames.of(k)));
    root.put("annual", set.annual());
    if (set.calendarYear()) {
      root.put("calendarYear", true);
    }
    if (!set.metricDefinitions().isEmpty()) {
      ObjectNode metrics = root.putObject("metrics");
      for (Metric m : set.metricDefinitions()) {
        ObjectNode node = metrics.putObject(m.key().name());
        node.put("zh", m.chineseName());
        m.traditionalChineseName().ifPresent(name -> node.put("zh-Hant", name));
        node.put("en", m.englishName());
        node.put("unit", WireNames.of(m.unit()));
        if (!m.partOf().isEmpty()) {
          ArrayNode wholes = node.putArray("partOf");
          m.partOf().forEach(w -> wholes.add(w.name()));
        }
      }
    }
    if (!set.eventTypes().isEmpty()) {
      ArrayNode types = root.putArray("eventTypes");
      for (EventTypeDefinition d : set.eventTypes()) {
        ObjectNode node = types.addObject();
        node.put("id", d.id());
        node.set("name", name(d.chineseName(), d.traditionalChineseName(), d.englishName()));
        if (d.carriesSettings()) {
          node.put("settings", true);
        }
        if (d.namesSubunit()) {
          node.put("subunit", true);
        }
      }
    }
    ArrayNode indicators = root.putArray("indicators");
    for (Indicator indicator : set.indicators()) {
      ObjectNode node = indicators.addObject();
      node.put("id", indicator.id());
      node.set(
          "name",
          name(
              indicator.chineseName(),
              indicator.traditionalChineseName(),
              indicator.englishName()));
      node.put("clause", indicator.clause());
      ArrayNode criteria = node.putArray("criteria");
      for (Criterion c : indicator.criteria()) {
        ObjectNode cn = criteria.addObject();
        cn.put("id", c.id());
        cn.set("name", name(c.chineseName(), c.traditionalChineseName(), c.englishName()));
        cn.put("clause", c.clause());
        if (c.advisory()) {
          cn.put("advisory", true);
        }
        cn.set("bar", bar(c.threshold()));
      }
    }
    ArrayNode vetoes = root.putArray("vetoes");
    for (VetoRule v : set.vetoRules()) {
      ObjectNode node = vetoes.addObject();
      node.put("id", v.id());
      node.set("name", name(v.chineseName(), v.traditionalChineseName(), v.englishName()));
      node.put("clause", v.clause());
    }
    set.pointsScheme().ifPresent(scheme -> root.set("points", points(scheme)));
    return Json.write(root);
  }

  private static ObjectNode points(PointsScheme scheme) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ObjectNode criteria = node.putObject("criteria");
    scheme.criterionPoints().forEach((id, p) -> criteria.put(id, p.toPlainString()));
    scheme
        .tiers()
        .forEach(
            (id, tiers) -> {
              ArrayNode list = criteria.putObject(id).putArray("tiers");
              tiers.forEach(
                  t ->
                      list.addObject()
                          .put("atLeast", t.atLeast().toString())
                          .put("points", t.points().toPlainString()));
            });
    scheme
        .perOccurrence()
        .forEach(
            (id, p) ->
                criteria
                    .putObject(id)
                    .put("perOccurrence", p.points().toPlainString())
                    .put("cap", p.cap().toPlainString()));
    scheme
        .perShortfall()
        .forEach(
            (id, p) ->
                criteria
                    .putObject(id)
                    .put("points", p.points().toPlainString())
                    .put("perShortfall", p.perShortfall().toPlainString())
                    .put("cap", p.cap().toPlainString()));
    if (!scheme.indicatorPoints().isEmpty()) {
      ObjectNode indicators = node.putObject("indicators");
      scheme.indicatorPoints().forEach((id, p) -> indicators.put(id, p.toPlainString()));
    }
    if (scheme.perMissingItem().signum() != 0 || scheme.missingCap().isPresent()) {
      ObjectNode missing = node.putObject("missing");
      missing.put("perItem", scheme.perMissingItem().toPlainString());
      scheme.missingCap().ifPresent(c -> missing.put("cap", c.toPlainString()));
    }
    if (!scheme.bonusPoints().isEmpty() || scheme.bonusCap().isPresent()) {
      ObjectNode bonus = node.putObject("bonus");
      ObjectNode bonusCriteria = bonus.putObject("criteria");
      scheme.bonusPoints().forEach((id, p) -> bonusCriteria.put(id, p.toPlainString()));
      scheme.bonusCap().ifPresent(c -> bonus.put("cap", c.toPlainString()));
    }
    node.put("passMark", scheme.passMark().toPlainString());
    ArrayNode bands = node.putArray("bands");
    for (PointsScheme.Band band : scheme.bands()) {
      ObjectNode b = bands.addObject();
      b.set("name", name(band.chineseName(), band.traditionalChineseName(), band.englishName()));
      b.put("range", band.range());
    }
    if (!scheme.vetoItems().isEmpty()) {
      ArrayNode items = node.putArray("vetoItems");
      scheme.vetoItems().forEach(items::add);
    }
    if (!scheme.sections().isEmpty()) {
      ObjectNode sections = node.putObject("sections");
      scheme
          .sections()
          .forEach(
              (id, s) -> {
                ObjectNode section = sections.putObject(id);
                s.weight().ifPresent(w -> section.put("weight", w.toPlainString()));
                section.put("veto", s.veto());
              });
    }
    return node;
  }

  private static ObjectNode name(String zh, Optional<String> traditional, String en) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("zh", zh);
    traditional.ifPresent(name -> node.put("zh-Hant", name));
    node.put("en", en);
    return node;
  }

  private static ObjectNode bar(Threshold t) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("kind", WireNames.of(t.kind()));
    t.accept(
        new Threshold.Visitor<ObjectNode>() {
          @Override
          public ObjectNode visit(Attested t) {
            return node;
          }

          @Override
          public ObjectNode visit(MinShare t) {
            node.put("numerator", t.numerator().name());
            node.put("denominator", t.denominator().name());
            node.put("bound", t.bound().toString());
            node.put("comparison", WireNames.of(t.comparison()));
            return node;
          }

          @Override
          public ObjectNode visit(MaxRate t) {
            node.put("count", t.count().name());
            node.put("base", t.base().name());
            node.put("bound", t.rateText() + " per " + t.per());
            node.put("comparison", WireNames.of(t.comparison()));
            return node;
          }

          @Override
          public ObjectNode visit(ZeroCount t) {
            node.put("metric", t.metric().name());
            return node;
          }

          @Override
          public ObjectNode visit(Increase t) {
            node.put("metric", t.metric().name());
            t.denominator().ifPresent(d -> node.put("denominator", d.name()));
            return node;
          }

          @Override
          public ObjectNode visit(EveryPeriod t) {
            node.put("event", t.eventKind().id());
            node.put("cadence", WireNames.of(t.cadence()));
            if (!t.alsoCountingKinds().isEmpty()) {
              ArrayNode also = node.putArray("alsoCounting");
              t.alsoCountingKinds().forEach(e -> also.add(e.id()));
            }
            return node;
          }

          @Override
          public ObjectNode visit(AllOf t) {
            node.put("event", WireNames.of(t.eventType()));
            ArrayNode settings = node.putArray("settings");
            t.required().forEach(s -> settings.add(WireNames.of(s)));
            return node;
          }

          @Override
          public ObjectNode visit(Within t) {
            node.put("event", WireNames.of(t.eventType()));
            node.put("years", t.years());
            return node;
          }

          @Override
          public ObjectNode visit(ByDate t) {
            node.put("event", WireNames.of(t.eventType()));
            node.put("from", t.windowFrom().toString().substring(2));
            node.put("deadline", t.deadline().toString().substring(2));
            return node;
          }

          @Override
          public ObjectNode visit(LowestAmongPeers t) {
            node.put("cases", t.cases().name());
            node.put("population", t.population().name());
            return node;
          }

          @Override
          public ObjectNode visit(PeerAverage t) {
            node.put("metric", t.metric().name());
            t.per().ifPresent(per -> node.put("per", per.name()));
            node.put("comparison", WireNames.of(t.comparison()));
            return node;
          }

          @Override
          public ObjectNode visit(Sample t) {
            node.put("population", t.population().name());
            node.put("share", t.share().toString());
            node.put("atLeast", t.atLeast());
            node.put("failuresAtMost", t.failuresAtMost());
            return node;
          }

          @Override
          public ObjectNode visit(AtLeastEvents t) {
            node.put("event", t.eventKind().id());
            node.put("atLeast", t.atLeast());
            t.windowFrom()
                .ifPresent(
                    from ->
                        node.putObject("months")
                            .put("from", from.getValue())
                            .put("to", t.windowTo().orElseThrow().getValue()));
            return node;
          }
        });
    return node;
  }

  // ---- reading ----

  private static CriteriaSet fromTree(JsonNode root) {
    Reading r = new Reading();
    Reading.Obj doc = r.object(root, Location.root(), TOP);
    if (doc == null) {
      throw new InvalidCriteriaException(r.violations());
    }
    EvidenceJson.checkFormat(r, doc, FORMAT);
    CriteriaSet.Builder set = CriteriaSet.builder();
    String id = doc.nonBlank("id");
    String version = doc.nonBlank("version");
    Names names = names(r, doc, "name");
    Optional<String> source = doc.optionalNonBlank("source");
    if (doc.has("inForce")) {
      Reading.Obj inForce = r.object(doc.node.get("inForce"), doc.at("inForce"), IN_FORCE);
      if (inForce != null) {
        if (inForce.has("from")) {
          Optional.ofNullable(inForce.date("from")).ifPresent(set::inForceFrom);
        }
        if (inForce.has("until")) {
          Optional.ofNullable(inForce.date("until")).ifPresent(set::inForceUntil);
        }
      }
    }
    JsonNode kinds = doc.required("unitKinds");
    if (kinds != null) {
      List<UnitKind> list =
          r.array(
              kinds,
              doc.at("unitKinds"),
              (n, p) -> r.constant(n, p, UnitKind.class, RuleCode.UNIT_KIND_UNKNOWN));
      if (list != null) {
        set.addAllUnitKinds(list);
      }
    }
    if (doc.has("annual")) {
      Optional.ofNullable(doc.bool("annual")).ifPresent(set::annual);
    }
    if (doc.has("calendarYear")) {
      Optional.ofNullable(doc.bool("calendarYear")).ifPresent(set::calendarYear);
    }
    if (doc.has("metrics")) {
      Reading.Obj metrics = r.map(doc.node.get("metrics"), doc.at("metrics"));
      if (metrics != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          Location path = doc.at("metrics").key(field.getKey());
          readMetric(r, field.getKey(), field.getValue(), path)
              .ifPresent(set::addMetricDefinitions);
        }
      }
    }
    Map<String, EventTypeDefinition> declared = new LinkedHashMap<>();
    if (doc.has("eventTypes")) {
      List<EventTypeDefinition> list =
          r.array(
              doc.node.get("eventTypes"), doc.at("eventTypes"), (n, p) -> readEventType(r, n, p));
      if (list != null) {
        for (int i = 0; i < list.size(); i++) {
          EventTypeDefinition d = list.get(i);
          if (declared.putIfAbsent(d.id(), d) != null) {
            r.violation(
                RuleCode.EVENT_TYPE_ID_TWICE, doc.at("eventTypes").index(i).member("id"), d.id());
          }
        }
        set.addAllEventTypes(declared.values());
      }
    }
    Set<String> declaredIds = declared.keySet();
    JsonNode indicators = doc.required("indicators");
    List<Indicator> indicatorList = new ArrayList<>();
    int beforeIndicators = r.violations().size();
    boolean indicatorsRead = false;
    if (indicators != null) {
      List<Indicator> list =
          r.array(indicators, doc.at("indicators"), (n, p) -> readIndicator(r, n, p, declaredIds));
      if (list != null) {
        set.addAllIndicators(list);
        indicatorList.addAll(list);
        indicatorsRead =
            list.size() == indicators.size() && r.violations().size() == beforeIndicators;
      }
    }
    boolean readsMetrics =
        indicatorList.stream()
            .flatMap(i -> i.criteria().stream())
            .anyMatch(c -> !c.threshold().metrics().isEmpty());
    if (readsMetrics && (!doc.has("metrics") || doc.node.get("metrics").isEmpty())) {
      r.violation(RuleCode.METRICS_REQUIRED, doc.at("metrics"));
    }
    if (doc.has("vetoes")) {
      List<VetoRule> list =
          r.array(doc.node.get("vetoes"), doc.at("vetoes"), (n, p) -> readVeto(r, n, p));
      if (list != null) {
        set.addAllVetoRules(list);
      }
    }
    if (doc.has("points")) {
      readPoints(r, doc.node.get("points"), doc.at("points"), indicatorList, indicatorsRead)
          .ifPresent(set::pointsScheme);
    }
    if (!r.violations().isEmpty() || id == null || version == null || names == null) {
      throw new InvalidCriteriaException(r.violations());
    }
    set.id(id)
        .version(version)
        .chineseName(names.zh())
        .englishName(names.en())
        .traditionalChineseName(Optional.ofNullable(names.traditional()));
    source.ifPresent(set::source);
    return build(r, Location.root(), set::build)
        .orElseThrow(() -> new InvalidCriteriaException(r.violations()));
  }

  /**
   * Reads the points scheme. Its ids are checked against the set's criteria and indicators only when every
   * indicator was read: otherwise a criterion that is in the file but in a broken element would be reported as
   * unknown, and a clerk would "fix" a correct id.
   */
  private static Optional<PointsScheme> readPoints(
      Reading r, JsonNode node, Location path, List<Indicator> indicators, boolean indicatorsRead) {
    Reading.Obj o = r.object(node, path, POINTS);
    if (o == null) {
      return Optional.empty();
    }
    PointsScheme.Builder scheme = PointsScheme.builder();
    int before = r.violations().size();
    if (indicatorsRead) {
      checkPointsIds(r, o, indicators);
    }
    if (o.has("criteria")) {
      Reading.Obj criteria = r.map(o.node.get("criteria"), o.at("criteria"));
      if (criteria != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = criteria.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          Location at = o.at("criteria").key(field.getKey());
          if (field.getValue().isObject() && field.getValue().has("perShortfall")) {
            Reading.Obj each = r.object(field.getValue(), at, PER_SHORTFALL);
            JsonNode pointsNode = each == null ? null : each.required("points");
            JsonNode perNode = each == null ? null : each.required("perShortfall");
            BigDecimal points =
                pointsNode == null ? null : decimal(r, pointsNode, at.member("points"));
            BigDecimal per =
                perNode == null ? null : decimal(r, perNode, at.member("perShortfall"));
            BigDecimal cap =
                each == null || !each.has("cap")
                    ? points
                    : decimal(r, each.node.get("cap"), at.member("cap"));
            if (points != null && per != null && cap != null) {
              build(r, at, () -> PointsScheme.PerShortfall.of(points, per, cap))
                  .ifPresent(p -> scheme.putPerShortfall(field.getKey(), p));
            }
          } else if (field.getValue().isObject() && field.getValue().has("perOccurrence")) {
            Reading.Obj each = r.object(field.getValue(), at, PER_OCCURRENCE);
            JsonNode pointsNode = each == null ? null : each.required("perOccurrence");
            JsonNode capNode = each == null ? null : each.required("cap");
            BigDecimal points =
                pointsNode == null ? null : decimal(r, pointsNode, at.member("perOccurrence"));
            BigDecimal cap = capNode == null ? null : decimal(r, capNode, at.member("cap"));
            if (points != null && cap != null) {
              build(r, at, () -> PointsScheme.PerOccurrence.of(points, cap))
                  .ifPresent(p -> scheme.putPerOccurrence(field.getKey(), p));
            }
          } else if (field.getValue().isObject()) {
            Reading.Obj tiered = r.object(field.getValue(), at, TIERED);
            JsonNode tiersNode = tiered == null ? null : tiered.required("tiers");
            List<PointsScheme.Tier> tiers =
                tiersNode == null
                    ? null
                    : r.array(tiersNode, at.member("tiers"), (n, p) -> readTier(r, n, p));
            if (tiers != null) {
              scheme.putTiers(
                  field.getKey(), com.google.common.collect.ImmutableList.copyOf(tiers));
            }
          } else {
            Optional.ofNullable(decimal(r, field.getValue(), at))
                .ifPresent(p -> scheme.putCriterionPoints(field.getKey(), p));
          }
        }
      }
    }
    if (o.has("sections")) {
      Reading.Obj sections = r.map(o.node.get("sections"), o.at("sections"));
      if (sections != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          Location at = o.at("sections").key(field.getKey());
          Reading.Obj section = r.object(field.getValue(), at, SECTION);
          if (section == null) {
            continue;
          }
          BigDecimal weight =
              section.has("weight")
                  ? decimal(r, section.node.get("weight"), at.member("weight"))
                  : null;
          @Nullable Boolean veto =
              section.has("veto")
                  ? r.bool(section.node.get("veto"), at.member("veto"))
                  : Boolean.FALSE;
          if (veto != null && (weight != null || !section.has("weight"))) {
            boolean vetoes = veto;
            build(r, at, () -> PointsScheme.Section.of(Optional.ofNullable(weight), vetoes))
                .ifPresent(s -> scheme.putSections(field.getKey(), s));
          }
        }
      }
    }
    if (o.has("indicators")) {
      pointsById(r, o.node.get("indicators"), o.at("indicators"), scheme::putIndicatorPoints);
    }
    if (o.has("missing")) {
      Reading.Obj missing = r.object(o.node.get("missing"), o.at("missing"), MISSING);
      if (missing != null) {
        JsonNode perItem = missing.required("perItem");
        if (perItem != null) {
          Optional.ofNullable(decimal(r, perItem, missing.at("perItem")))
              .ifPresent(scheme::perMissingItem);
        }
        if (missing.has("cap")) {
          Optional.ofNullable(decimal(r, missing.node.get("cap"), missing.at("cap")))
              .ifPresent(scheme::missingCap);
        }
      }
    }
    if (o.has("bonus")) {
      Reading.Obj bonus = r.object(o.node.get("bonus"), o.at("bonus"), BONUS);
      if (bonus != null) {
        JsonNode criteriaNode = bonus.required("criteria");
        if (criteriaNode != null) {
          pointsById(r, criteriaNode, bonus.at("criteria"), scheme::putBonusPoints);
        }
        if (bonus.has("cap")) {
          Optional.ofNullable(decimal(r, bonus.node.get("cap"), bonus.at("cap")))
              .ifPresent(scheme::bonusCap);
        }
      }
    }
    JsonNode passMark = o.required("passMark");
    if (passMark != null) {
      Optional.ofNullable(decimal(r, passMark, o.at("passMark"))).ifPresent(scheme::passMark);
    }
    JsonNode bandsNode = o.required("bands");
    if (bandsNode != null) {
      List<PointsScheme.Band> bands =
          r.array(bandsNode, o.at("bands"), (n, p) -> readBand(r, n, p));
      if (bands != null) {
        scheme.addAllBands(bands);
      }
    }
    if (o.has("vetoItems")) {
      List<String> items = r.array(o.node.get("vetoItems"), o.at("vetoItems"), r::string);
      if (items != null) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
          if (!seen.add(items.get(i))) {
            r.violation(
                RuleCode.POINTS_VETO_ITEM_TWICE,
                o.at("vetoItems").index(i),
                Reading.abbreviate(items.get(i)));
          }
        }
        scheme.addAllVetoItems(items);
      }
    }
    if (r.violations().size() > before) {
      return Optional.empty();
    }
    return build(r, path, scheme::build);
  }

  /**
   * Checks that the points scheme names criteria and indicators of the set, tiers only share bars and makes veto
   * items only of gating criteria, each at its own path, before the scheme's totals and bands are checked.
   */
  private static void checkPointsIds(Reading r, Reading.Obj o, List<Indicator> indicators) {
    Map<String, Criterion> criteria = new java.util.HashMap<>();
    Set<String> indicatorIds = new java.util.HashSet<>();
    for (Indicator i : indicators) {
      indicatorIds.add(i.id());
      i.criteria().forEach(c -> criteria.put(c.id(), c));
    }
    if (o.node.get("criteria") != null && o.node.get("criteria").isObject()) {
      o.node
          .get("criteria")
          .fields()
          .forEachRemaining(
              f -> {
                Location at = o.at("criteria").key(f.getKey());
                Criterion c = criteria.get(f.getKey());
                if (c == null) {
                  r.violation(
                      RuleCode.POINTS_UNKNOWN_CRITERION,
                      o.at("criteria").key(Reading.abbreviate(f.getKey())),
                      Reading.abbreviate(f.getKey()),
                      "");
                } else if (f.getValue().isObject()
                    && f.getValue().has("perShortfall")
                    && !io.github.jindu.internal.Scoring.countsShortfall(c.threshold())) {
                  r.violation(
                      RuleCode.POINTS_PER_SHORTFALL_BAR,
                      at,
                      f.getKey(),
                      io.github.jindu.internal.CanonicalNames.of(c.threshold().kind()));
                } else if (f.getValue().isObject()
                    && f.getValue().has("perOccurrence")
                    && !(c.threshold() instanceof io.github.jindu.bar.AtLeastEvents)) {
                  r.violation(RuleCode.POINTS_PER_OCCURRENCE_NOT_EVENTS, at, f.getKey());
                } else if (f.getValue().isObject()
                    && !f.getValue().has("perOccurrence")
                    && !f.getValue().has("perShortfall")
                    && !(c.threshold() instanceof MinShare)) {
                  r.violation(RuleCode.POINTS_TIERS_NOT_SHARE, at, f.getKey());
                }
              });
    }
    if (o.node.get("indicators") != null && o.node.get("indicators").isObject()) {
      o.node
          .get("indicators")
          .fieldNames()
          .forEachRemaining(
              id -> {
                if (!indicatorIds.contains(id)) {
                  r.violation(
                      RuleCode.POINTS_UNKNOWN_INDICATOR,
                      o.at("indicators").key(Reading.abbreviate(id)),
                      Reading.abbreviate(id),
                      "");
                }
              });
    }
    JsonNode bonus = o.node.get("bonus");
    if (bonus != null && bonus.get("criteria") != null && bonus.get("criteria").isObject()) {
      bonus
          .get("criteria")
          .fieldNames()
          .forEachRemaining(
              id -> {
                if (!criteria.containsKey(id)) {
                  r.violation(
                      RuleCode.POINTS_UNKNOWN_CRITERION,
                      o.at("bonus").member("criteria").key(Reading.abbreviate(id)),
                      Reading.abbreviate(id),
                      "");
                }
              });
    }
    JsonNode items = o.node.get("vetoItems");
    if (items != null && items.isArray()) {
      for (int i = 0; i < items.size(); i++) {
        String id = items.get(i).asText();
        Criterion c = criteria.get(id);
        if (c == null) {
          r.violation(
              RuleCode.POINTS_UNKNOWN_CRITERION,
              o.at("vetoItems").index(i),
              Reading.abbreviate(id),
              "");
        } else if (c.advisory()) {
          r.violation(RuleCode.POINTS_VETO_ITEM_ADVISORY, o.at("vetoItems").index(i), id);
        }
      }
    }
  }

  /** Reads an object of points by id ({@code {"leadership": "10"}}), handing each on to {@code put}. */
  private static void pointsById(
      Reading r, JsonNode node, Location path, BiConsumer<String, BigDecimal> put) {
    Reading.Obj map = r.map(node, path);
    if (map == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Location at = path.key(field.getKey());
      Optional.ofNullable(decimal(r, field.getValue(), at))
          .ifPresent(p -> put.accept(field.getKey(), p));
    }
  }

  private static PointsScheme.@Nullable Tier readTier(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, TIER);
    if (o == null) {
      return null;
    }
    String text = o.string("atLeast");
    boolean ascii = text == null || r.asciiDigits(text, o.at("atLeast"));
    Ratio atLeast = text == null || !ascii ? null : exact(text);
    if (text != null && ascii && atLeast == null) {
      r.violation(RuleCode.SHARE_NOT_EXACT, o.at("atLeast"), Reading.abbreviate(text));
    }
    JsonNode pointsNode = o.required("points");
    BigDecimal points = pointsNode == null ? null : decimal(r, pointsNode, o.at("points"));
    return atLeast == null || points == null
        ? null
        : build(r, path, () -> PointsScheme.Tier.of(atLeast, points)).orElse(null);
  }

  private static PointsScheme.@Nullable Band readBand(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, BAND);
    if (o == null) {
      return null;
    }
    Names names = names(r, o, "name");
    String range = o.string("range");
    if (range != null && !r.asciiDigits(range, o.at("range"))) {
      return null;
    }
    Matcher m = range == null ? null : RANGE.matcher(range.trim());
    if (range != null && m != null && !m.matches()) {
      r.violation(RuleCode.POINTS_RANGE_MALFORMED, o.at("range"), Reading.abbreviate(range));
      return null;
    }
    if (names == null || m == null) {
      return null;
    }
    return build(
            r,
            path,
            () ->
                PointsScheme.Band.builder()
                    .chineseName(names.zh())
                    .englishName(names.en())
                    .traditionalChineseName(Optional.ofNullable(names.traditional()))
                    .lowerInclusive(m.group(1).equals("["))
                    .lower(normal(new BigDecimal(m.group(2))))
                    .upper(normal(new BigDecimal(m.group(3))))
                    .upperInclusive(m.group(4).equals("]"))
                    .build())
        .orElse(null);
  }

  /** Points as written: digits, then a point and digits if any; a sign only to be refused as negative. */
  private static final Pattern POINTS_TEXT = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

  /**
   * Reads points: a string of digits with at most 18 decimals ({@code "2"}, {@code "2.5"}), exactly; never
   * negative. A JSON number, an exponent ({@code "8e1"}), a plus sign, a point without digits ({@code "80."}) or
   * spaces are refused, as in bounds.
   */
  private static @Nullable BigDecimal decimal(Reading r, JsonNode node, Location path) {
    if (node.isTextual()
        && node.textValue().length() <= 64
        && !r.asciiDigits(node.textValue(), path)) {
      return null;
    }
    if (!node.isTextual() || !POINTS_TEXT.matcher(node.textValue()).matches()) {
      r.violation(RuleCode.POINTS_NOT_DECIMAL, path, Reading.describe(node));
      return null;
    }
    BigDecimal value = new BigDecimal(node.textValue());
    if (value.signum() < 0) {
      r.violation(RuleCode.POINTS_NEGATIVE, path, value.toPlainString());
      return null;
    }
    return normal(value);
  }

  /** {@return the decimal in its shortest form (5.0 is 5), so that equal points give equal sets} */
  private static BigDecimal normal(BigDecimal value) {
    return value.signum() == 0
        ? BigDecimal.ZERO
        : value.stripTrailingZeros().setScale(Math.max(0, value.stripTrailingZeros().scale()));
  }

  /** Builds an element, recording a rule it breaks at its path instead of throwing. */
  private static <T> Optional<T> build(Reading r, Location path, Supplier<T> builder) {
    try {
      return Optional.of(builder.get());
    } catch (InvalidCriteriaException e) {
      for (Violation v : e.violations()) {
        r.violation(v.at(v.location().within(path)));
      }
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // a builder's own precondition: a required attribute missing, a duplicate map key
      r.violation(RuleCode.ELEMENT_REFUSED, path, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A name in Simplified Chinese and English, and in Traditional Chinese when given. */
  private record Names(String zh, String en, @Nullable String traditional) {}

  private static @Nullable Names names(Reading r, Reading.Obj o, String field) {
    JsonNode node = o.required(field);
    Reading.Obj name = node == null ? null : r.object(node, o.at(field), NAME);
    if (name == null) {
      return null;
    }
    String zh = name.nonBlank("zh");
    String traditional = name.has("zh-Hant") ? name.nonBlank("zh-Hant") : null;
    String en = name.nonBlank("en");
    if (zh == null || en == null || name.has("zh-Hant") && traditional == null) {
      return null;
    }
    return new Names(zh, en, traditional);
  }

  private static Optional<Metric> readMetric(Reading r, String key, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, METRIC);
    if (o == null) {
      return Optional.empty();
    }
    String zh = o.nonBlank("zh");
    String traditional = o.has("zh-Hant") ? o.nonBlank("zh-Hant") : null;
    String en = o.nonBlank("en");
    CountUnit unit = o.constant("unit", CountUnit.class, RuleCode.COUNT_UNIT_UNKNOWN);
    if (!MetricKey.isWellFormed(key)) {
      r.violation(RuleCode.METRIC_KEY_MALFORMED, path, Reading.abbreviate(key));
      return Optional.empty();
    }
    List<MetricKey> wholes = List.of();
    if (o.has("partOf")) {
      wholes =
          r.array(
              o.node.get("partOf"),
              o.at("partOf"),
              (n, p) -> {
                String whole = r.string(n, p);
                if (whole != null && !MetricKey.isWellFormed(whole)) {
                  r.violation(RuleCode.METRIC_KEY_MALFORMED, p, Reading.abbreviate(whole));
                  return null;
                }
                return whole == null ? null : MetricKey.of(whole);
              });
      if (wholes == null || wholes.size() != o.node.get("partOf").size()) {
        return Optional.empty();
      }
    }
    if (zh == null || en == null || unit == null || o.has("zh-Hant") && traditional == null) {
      return Optional.empty();
    }
    MetricKey[] partOf = wholes.toArray(new MetricKey[0]);
    return build(
        r,
        path,
        () ->
            (traditional == null
                    ? Metric.of(MetricKey.of(key), zh, en, unit)
                    : Metric.of(MetricKey.of(key), zh, traditional, en, unit))
                .asPartOf(partOf));
  }

  private static @Nullable Indicator readIndicator(
      Reading r, JsonNode node, Location path, Set<String> declared) {
    Reading.Obj o = r.object(node, path, INDICATOR);
    if (o == null) {
      return null;
    }
    String id = o.id("id");
    Names names = names(r, o, "name");
    String clause = o.nonBlank("clause");
    JsonNode criteriaNode = o.required("criteria");
    List<Criterion> criteria =
        criteriaNode == null
            ? null
            : r.array(criteriaNode, o.at("criteria"), (n, p) -> readCriterion(r, n, p, declared));
    if (id == null
        || names == null
        || clause == null
        || criteriaNode == null
        || criteria == null
        || criteria.size() != criteriaNode.size()) {
      return null;
    }
    return build(
            r,
            path,
            () ->
                Indicator.builder()
                    .id(id)
                    .chineseName(names.zh())
                    .englishName(names.en())
                    .traditionalChineseName(Optional.ofNullable(names.traditional()))
                    .clause(clause)
                    .addAllCriteria(criteria)
                    .build())
        .orElse(null);
  }

  private static @Nullable Criterion readCriterion(
      Reading r, JsonNode node, Location path, Set<String> declared) {
    Reading.Obj o = r.object(node, path, CRITERION);
    if (o == null) {
      return null;
    }
    String id = o.id("id");
    Names names = names(r, o, "name");
    String clause = o.nonBlank("clause");
    Boolean advisory = o.has("advisory") ? o.bool("advisory") : Boolean.FALSE;
    JsonNode barNode = o.required("bar");
    Threshold bar = barNode == null ? null : readBar(r, barNode, o.at("bar"), declared);
    if (id == null || names == null || clause == null || advisory == null || bar == null) {
      return null;
    }
    return build(
            r,
            path,
            () ->
                Criterion.builder()
                    .id(id)
                    .chineseName(names.zh())
                    .englishName(names.en())
                    .traditionalChineseName(Optional.ofNullable(names.traditional()))
                    .clause(clause)
                    .threshold(bar)
                    .advisory(advisory)
                    .build())
        .orElse(null);
  }

  private static @Nullable VetoRule readVeto(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, VETO);
    if (o == null) {
      return null;
    }
    String id = o.id("id");
    Names names = names(r, o, "name");
    String clause = o.nonBlank("clause");
    if (id == null || names == null || clause == null) {
      return null;
    }
    return build(
            r,
            path,
            () ->
                VetoRule.builder()
                    .id(id)
                    .chineseName(names.zh())
                    .englishName(names.en())
                    .traditionalChineseName(Optional.ofNullable(names.traditional()))
                    .clause(clause)
                    .build())
        .orElse(null);
  }

  private static @Nullable Threshold readBar(
      Reading r, JsonNode node, Location path, Set<String> declared) {
    if (!node.isObject()) {
      r.violation(RuleCode.TYPE_NOT_OBJECT, path, Reading.describe(node));
      return null;
    }
    JsonNode kindNode = node.get("kind");
    if (kindNode == null) {
      r.violation(RuleCode.MEMBER_REQUIRED, path.member("kind"));
      return null;
    }
    ThresholdKind kind =
        r.constant(kindNode, path.member("kind"), ThresholdKind.class, RuleCode.BAR_KIND_UNKNOWN);
    if (kind == null) {
      return null;
    }
    Reading.Obj o = r.object(node, path, fields(kind));
    if (o == null) {
      return null;
    }
    return switch (kind) {
      case ATTESTED -> Attested.of();
      case MIN_SHARE -> {
        MetricKey numerator = metric(r, o, "numerator");
        MetricKey denominator = metric(r, o, "denominator");
        Ratio bound = share(r, o);
        Comparison comparison = comparison(r, o, Comparison.AT_LEAST);
        yield numerator == null || denominator == null || bound == null || comparison == null
            ? null
            : build(r, path, () -> MinShare.of(numerator, denominator, bound, comparison))
                .orElse(null);
      }
      case MAX_RATE -> {
        MetricKey count = metric(r, o, "count");
        MetricKey base = metric(r, o, "base");
        Object[] rate = rate(r, o);
        Comparison comparison = comparison(r, o, Comparison.AT_MOST);
        yield count == null || base == null || rate == null || comparison == null
            ? null
            : build(
                    r,
                    path,
                    () -> MaxRate.of(count, base, (Ratio) rate[0], (Long) rate[1], comparison))
                .orElse(null);
      }
      case ZERO -> {
        MetricKey metric = metric(r, o, "metric");
        yield metric == null ? null : ZeroCount.of(metric);
      }
      case INCREASE -> {
        MetricKey metric = metric(r, o, "metric");
        MetricKey denominator = o.has("denominator") ? metric(r, o, "denominator") : null;
        if (metric == null || (o.has("denominator") && denominator == null)) {
          yield null;
        }
        yield build(
                r,
                path,
                () ->
                    denominator == null
                        ? Increase.ofCount(metric)
                        : Increase.ofShare(metric, denominator))
            .orElse(null);
      }
      case EVERY_PERIOD -> {
        EventKind event = eventKind(r, o.node.get("event"), o.at("event"), declared, o);
        Cadence cadence = o.constant("cadence", Cadence.class, RuleCode.CADENCE_UNKNOWN);
        List<EventKind> also = List.of();
        JsonNode alsoNode = o.has("alsoCounting") ? o.required("alsoCounting") : null;
        if (alsoNode != null) {
          also =
              r.array(alsoNode, o.at("alsoCounting"), (n, p) -> eventKind(r, n, p, declared, null));
        }
        List<EventKind> alsoCounting = also;
        if (event != null && alsoCounting != null && alsoCounting.contains(event)) {
          r.violation(RuleCode.EVENT_ALSO_COUNTED_TWICE, o.at("alsoCounting"), event.id());
          yield null;
        }
        yield event == null
                || cadence == null
                || alsoCounting == null
                || alsoNode != null && alsoCounting.size() != alsoNode.size()
            ? null
            : EveryPeriod.of(event, cadence, alsoCounting);
      }
      case ALL_OF -> {
        EventType event = o.constant("event", EventType.class, RuleCode.EVENT_TYPE_UNKNOWN);
        JsonNode settingsNode = o.required("settings");
        List<Setting> settings =
            settingsNode == null
                ? null
                : r.array(
                    settingsNode,
                    o.at("settings"),
                    (n, p) -> r.constant(n, p, Setting.class, RuleCode.SETTING_UNKNOWN));
        yield event == null || settings == null
            ? null
            : build(r, path, () -> AllOf.of(event, settings)).orElse(null);
      }
      case WITHIN -> {
        EventType event = o.constant("event", EventType.class, RuleCode.EVENT_TYPE_UNKNOWN);
        Long years = o.wholeNumber("years");
        if (years != null && (years < 1 || years > 100)) {
          r.violation(RuleCode.WITHIN_TERM, o.at("years"), years);
          yield null;
        }
        yield event == null || years == null
            ? null
            : build(r, path, () -> Within.of(event, years.intValue())).orElse(null);
      }
      case BY_DATE -> {
        EventType event = o.constant("event", EventType.class, RuleCode.EVENT_TYPE_UNKNOWN);
        String deadline = o.string("deadline");
        MonthDay day = null;
        if (deadline != null) {
          try {
            day = MonthDay.parse("--" + deadline);
          } catch (DateTimeException e) {
            r.violation(
                RuleCode.DEADLINE_MALFORMED, o.at("deadline"), Reading.abbreviate(deadline));
          }
        }
        MonthDay from = ByDate.DEFAULT_WINDOW_FROM;
        String fromText = o.has("from") ? o.string("from") : null;
        if (o.has("from")) {
          from = null;
          if (fromText != null) {
            try {
              from = MonthDay.parse("--" + fromText);
            } catch (DateTimeException e) {
              r.violation(RuleCode.DEADLINE_MALFORMED, o.at("from"), Reading.abbreviate(fromText));
            }
          }
        }
        MonthDay finalDay = day;
        MonthDay finalFrom = from;
        yield event == null || finalDay == null || finalFrom == null
            ? null
            : ByDate.of(event, finalFrom, finalDay);
      }
      case AT_LEAST_EVENTS -> {
        EventKind event = eventKind(r, o.node.get("event"), o.at("event"), declared, o);
        Long atLeast = o.wholeNumber("atLeast");
        if (atLeast != null && atLeast < 1) {
          r.violation(RuleCode.EVENTS_AT_LEAST_BELOW_ONE, o.at("atLeast"), atLeast);
          atLeast = null;
        }
        Month[] window = o.has("months") ? months(r, o) : new Month[0];
        Long n = atLeast;
        yield event == null || n == null || window == null
            ? null
            : build(
                    r,
                    path,
                    () ->
                        window.length == 0
                            ? AtLeastEvents.inPeriod(event, n)
                            : AtLeastEvents.inMonths(event, n, window[0], window[1]))
                .orElse(null);
      }
      case SAMPLE -> {
        MetricKey population = metric(r, o, "population");
        Ratio share = share(r, o, "share");
        if (share != null && (share.compareTo(Ratio.ZERO) <= 0 || share.compareTo(Ratio.ONE) > 0)) {
          r.violation(RuleCode.SAMPLE_SHARE, o.at("share"), share);
          share = null;
        }
        Long atLeast = o.wholeNumber("atLeast");
        if (atLeast != null && atLeast < 1) {
          r.violation(RuleCode.SAMPLE_AT_LEAST_BELOW_ONE, o.at("atLeast"), atLeast);
          atLeast = null;
        }
        Long failures = o.wholeNumber("failuresAtMost");
        if (failures != null && failures < 0) {
          r.violation(RuleCode.SAMPLE_FAILURES_NEGATIVE, o.at("failuresAtMost"), failures);
          failures = null;
        }
        Ratio p = share;
        Long k = atLeast;
        Long f = failures;
        yield population == null || p == null || k == null || f == null
            ? null
            : build(r, path, () -> Sample.of(population, p, k, f)).orElse(null);
      }
      case LOWEST_AMONG_PEERS -> {
        MetricKey cases = metric(r, o, "cases");
        MetricKey population = metric(r, o, "population");
        yield cases == null || population == null
            ? null
            : build(r, path, () -> LowestAmongPeers.of(cases, population)).orElse(null);
      }
      case PEER_AVERAGE -> {
        MetricKey metric = metric(r, o, "metric");
        boolean hasPer = o.has("per");
        MetricKey per = hasPer ? metric(r, o, "per") : null;
        Comparison comparison = comparison(r, o, Comparison.AT_LEAST);
        yield metric == null || hasPer && per == null || comparison == null
            ? null
            : build(r, path, () -> PeerAverage.of(metric, Optional.ofNullable(per), comparison))
                .orElse(null);
      }
    };
  }

  /**
   * Reads an event type of a bar: a built-in one, or one the set declares in {@code eventTypes}; any other is
   * {@code event-type.unknown}, listing the known ones. With {@code o}, the member {@code event} of it is
   * required.
   */
  private static @Nullable EventKind eventKind(
      Reading r,
      @Nullable JsonNode node,
      Location path,
      Set<String> declared,
      Reading.@Nullable Obj o) {
    if (node == null) {
      if (o != null) {
        o.required("event");
      }
      return null;
    }
    String text = r.string(node, path);
    if (text == null) {
      return null;
    }
    Optional<EventType> builtIn = WireNames.find(EventType.class, text);
    if (builtIn.isPresent()) {
      return EventKind.of(builtIn.get());
    }
    if (declared.contains(text)) {
      return EventKind.declared(text);
    }
    List<String> known = new ArrayList<>();
    for (EventType t : EventType.values()) {
      known.add(WireNames.of(t));
    }
    known.addAll(declared);
    r.violation(
        RuleCode.EVENT_TYPE_UNKNOWN, path, Reading.abbreviate(text), String.join(", ", known));
    return null;
  }

  private static @Nullable EventTypeDefinition readEventType(
      Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, EVENT_TYPE);
    if (o == null) {
      return null;
    }
    String id = o.string("id");
    Names names = names(r, o, "name");
    Boolean settings = o.has("settings") ? o.bool("settings") : Boolean.FALSE;
    Boolean subunit = o.has("subunit") ? o.bool("subunit") : Boolean.FALSE;
    if (id == null || names == null || settings == null || subunit == null) {
      return null;
    }
    return build(
            r,
            path,
            () ->
                EventTypeDefinition.builder()
                    .id(id)
                    .chineseName(names.zh())
                    .englishName(names.en())
                    .traditionalChineseName(Optional.ofNullable(names.traditional()))
                    .carriesSettings(settings)
                    .namesSubunit(subunit)
                    .build())
        .orElse(null);
  }

  private static Set<String> fields(ThresholdKind kind) {
    return switch (kind) {
      case ATTESTED -> ImmutableSet.of("kind");
      case SAMPLE -> ImmutableSet.of("kind", "population", "share", "atLeast", "failuresAtMost");
      case MIN_SHARE -> ImmutableSet.of("kind", "numerator", "denominator", "bound", "comparison");
      case MAX_RATE -> ImmutableSet.of("kind", "count", "base", "bound", "comparison");
      case ZERO -> ImmutableSet.of("kind", "metric");
      case INCREASE -> ImmutableSet.of("kind", "metric", "denominator");
      case EVERY_PERIOD -> ImmutableSet.of("kind", "event", "cadence", "alsoCounting");
      case ALL_OF -> ImmutableSet.of("kind", "event", "settings");
      case WITHIN -> ImmutableSet.of("kind", "event", "years");
      case BY_DATE -> ImmutableSet.of("kind", "event", "from", "deadline");
      case LOWEST_AMONG_PEERS -> ImmutableSet.of("kind", "cases", "population");
      case AT_LEAST_EVENTS -> ImmutableSet.of("kind", "event", "atLeast", "months");
      case PEER_AVERAGE -> ImmutableSet.of("kind", "metric", "per", "comparison");
    };
  }

  /**
   * Reads a window of months {@code {"from": 2, "to": 9}}: whole numbers 1 to 12 ({@code bar.window-month}), the
   * second not before the first ({@code bar.window-reversed}).
   */
  private static Month @Nullable [] months(Reading r, Reading.Obj o) {
    Reading.Obj w = r.object(o.node.get("months"), o.at("months"), WINDOW);
    if (w == null) {
      return null;
    }
    Long from = w.wholeNumber("from");
    Long to = w.wholeNumber("to");
    boolean ok = from != null && to != null;
    for (String field : List.of("from", "to")) {
      Long m = field.equals("from") ? from : to;
      if (m != null && (m < 1 || m > 12)) {
        r.violation(RuleCode.WINDOW_MONTH, w.at(field), m);
        ok = false;
      }
    }
    if (!ok || from == null || to == null) {
      return null;
    }
    if (to < from) {
      r.violation(RuleCode.WINDOW_REVERSED, o.at("months"), from, to);
      return null;
    }
    return new Month[] {Month.of(from.intValue()), Month.of(to.intValue())};
  }

  private static @Nullable MetricKey metric(Reading r, Reading.Obj o, String field) {
    String key = o.string(field);
    if (key == null) {
      return null;
    }
    if (!MetricKey.isWellFormed(key)) {
      r.violation(RuleCode.METRIC_KEY_MALFORMED, o.at(field), Reading.abbreviate(key));
      return null;
    }
    return MetricKey.of(key);
  }

  /** Reads a share bound: {@code "9/10"}, {@code "90%"} or {@code "0.9"}, exactly. */
  private static @Nullable Ratio share(Reading r, Reading.Obj o) {
    return share(r, o, "bound");
  }

  /** Reads a share in a member: {@code "9/10"}, {@code "90%"} or {@code "0.9"}, exactly. */
  private static @Nullable Ratio share(Reading r, Reading.Obj o, String field) {
    String text = o.string(field);
    if (text == null || !r.asciiDigits(text, o.at(field))) {
      return null;
    }
    Ratio bound = exact(text);
    if (bound == null) {
      r.violation(RuleCode.SHARE_NOT_EXACT, o.at(field), Reading.abbreviate(text));
    }
    return bound;
  }

  /** Reads a rate bound {@code "0.5 per 10000"} as the rate and its base. */
  private static Object @Nullable [] rate(Reading r, Reading.Obj o) {
    String text = o.string("bound");
    if (text == null || !r.asciiDigits(text, o.at("bound"))) {
      return null;
    }
    Matcher m = RATE.matcher(text);
    Ratio rate = m.matches() ? exact(m.group(1)) : null;
    Long per = null;
    if (m.matches()) {
      try {
        per = Long.parseLong(m.group(2));
      } catch (NumberFormatException e) {
        per = null;
      }
    }
    if (rate == null || per == null) {
      r.violation(RuleCode.RATE_NOT_EXACT, o.at("bound"), Reading.abbreviate(text));
      return null;
    }
    if (per < 1) {
      r.violation(RuleCode.RATE_BASE_BELOW_ONE, o.at("bound"), Reading.abbreviate(text));
      return null;
    }
    return new Object[] {rate, per};
  }

  /**
   * Parses {@code n/d}, a plain decimal or a percentage exactly; null if it is none of these (a sign, an exponent, a
   * space, as in {@code "+0.9"}, {@code "0.9e0"} or {@code " 90%"}, is none of these).
   */
  private static @Nullable Ratio exact(String text) {
    if (text.length() > 64 || !EXACT.matcher(text).matches()) {
      return null;
    }
    try {
      if (text.contains("/")) {
        return Ratio.parse(text);
      }
      boolean percent = text.endsWith("%");
      BigDecimal value = new BigDecimal(percent ? text.substring(0, text.length() - 1) : text);
      if (percent) {
        value = value.movePointLeft(2);
      }
      if (value.signum() < 0 || value.scale() > 18 || value.precision() - value.scale() > 19) {
        return null;
      }
      BigInteger numerator = value.scale() <= 0 ? value.toBigIntegerExact() : value.unscaledValue();
      BigInteger denominator =
          value.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(value.scale());
      return Ratio.of(numerator.longValueExact(), denominator.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable Comparison comparison(Reading r, Reading.Obj o, Comparison fallback) {
    if (!o.has("comparison")) {
      return fallback;
    }
    String text = o.string("comparison");
    if (text == null) {
      return null;
    }
    Optional<Comparison> named = WireNames.find(Comparison.class, text);
    if (named.isPresent()) {
      return named.get();
    }
    Comparison worded = COMPARISON_WORDS.get(text);
    if (worded == null) {
      r.violation(
          RuleCode.COMPARISON_UNKNOWN,
          o.at("comparison"),
          Reading.abbreviate(text),
          "at-least, greater-than, at-most, less-than, "
              + "以上, 不少于, 不低于, 达到, 超过, 高于, 以下, 以内, 不超过, 不高于, 不满, 不足, 低于");
    }
    return worded;
  }

  /**
   * The Chinese words a comparison may be written in, Simplified then Traditional where they differ, as the policy
   * texts say them (docs/interpretations.md: 以上、以下、以内 include the number itself; 超过、不满、不足、低于 exclude it).
   */
  private static final ImmutableMap<String, Comparison> COMPARISON_WORDS =
      ImmutableMap.<String, Comparison>builder()
          .put("以上", Comparison.AT_LEAST)
          .put("不少于", Comparison.AT_LEAST)
          .put("不少於", Comparison.AT_LEAST)
          .put("不低于", Comparison.AT_LEAST)
          .put("不低於", Comparison.AT_LEAST)
          .put("达到", Comparison.AT_LEAST)
          .put("達到", Comparison.AT_LEAST)
          .put("超过", Comparison.GREATER_THAN)
          .put("超過", Comparison.GREATER_THAN)
          .put("高于", Comparison.GREATER_THAN)
          .put("高於", Comparison.GREATER_THAN)
          .put("以下", Comparison.AT_MOST)
          .put("以内", Comparison.AT_MOST)
          .put("以內", Comparison.AT_MOST)
          .put("不超过", Comparison.AT_MOST)
          .put("不超過", Comparison.AT_MOST)
          .put("不高于", Comparison.AT_MOST)
          .put("不高於", Comparison.AT_MOST)
          .put("不满", Comparison.LESS_THAN)
          .put("不滿", Comparison.LESS_THAN)
          .put("不足", Comparison.LESS_THAN)
          .put("低于", Comparison.LESS_THAN)
          .put("低於", Comparison.LESS_THAN)
          .buildOrThrow();
}
