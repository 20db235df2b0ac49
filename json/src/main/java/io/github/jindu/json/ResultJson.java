package io.github.jindu.json;

import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriterionResult;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads {@code result/1} (evidence-format.md): the result of one assessment.
 *
 * <p>The document holds {@code format}, {@code criteriaSet} with its {@code criteriaSetVersion} and
 * {@code criteriaSetFingerprint} ({@link io.github.jindu.CriteriaSet#fingerprint()}), {@code unit} (the unit's id, as the format fixes
 * it), {@code unitName}, {@code unitKind}, {@code district} (when known), {@code period}, {@code overall}, every
 * criterion's result in catalogue order ({@code id}, {@code indicator}, {@code outcome}, {@code observed} when
 * something was observed, {@code reference} for an attested criterion, {@code required}, {@code source},
 * {@code advisory}, {@code explanation}, and {@code missing} when evidence was missing) and the {@code vetoes}
 * found, and, under a points scheme, the {@code score} (total, maxTotal, passMark, band, bonus, deductions and the
 * points of each criterion and indicator, as exact decimal strings). Output is indented by two spaces, with
 * {@code \n} line ends and a final {@code \n}, byte-identical for equal results on every platform.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ResultJson {
  /** The format tag, {@value}. */
  public static final String FORMAT = "result/1";

  private static final Set<String> TOP = ImmutableSet.of("format", "criteriaSet", "criteriaSetVersion",
      "criteriaSetFingerprint", "unit", "unitName", "unitKind", "district", "period", "overall", "criteria", "vetoes",
      "score");
  private static final Set<String> SCORE = ImmutableSet.of("total", "maxTotal", "passMark", "band", "bonus",
      "deductions", "criteria", "indicators");
  private static final Set<String> BAND = ImmutableSet.of("zh", "en", "range");
  private static final Set<String> CRITERION = ImmutableSet.of(
      "id", "indicator", "outcome", "observed", "reference", "required", "source", "advisory", "explanation", "missing");

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
    root.put("criteriaSet", result.criteriaSet());
    root.put("criteriaSetVersion", result.criteriaSetVersion());
    root.put("criteriaSetFingerprint", result.criteriaSetFingerprint());
    root.put("unit", result.unit().id());
    root.put("unitName", result.unit().name());
    root.put("unitKind", result.unit().kind().wireName());
    result.unit().district().ifPresent(d -> root.put("district", d));
    root.set("period", EvidenceJson.period(result.period()));
    root.put("overall", result.overall().name());
    result.score().ifPresent(score -> root.set("score", score(score)));
    ArrayNode criteria = root.putArray("criteria");
    for (CriterionResult c : result.criteria()) {
      ObjectNode node = criteria.addObject();
      node.put("id", c.criterion());
      node.put("indicator", c.indicator());
      node.put("outcome", c.outcome().name());
      c.observed().ifPresent(o -> node.put("observed", o));
      c.reference().ifPresent(ref -> node.put("reference", ref));
      node.put("required", c.required());
      node.put("source", c.source());
      node.put("advisory", c.advisory());
      node.put("explanation", c.explanation());
      if (!c.missing().isEmpty()) {
        ArrayNode missing = node.putArray("missing");
        c.missing().forEach(missing::add);
      }
    }
    ArrayNode vetoes = root.putArray("vetoes");
    result.vetoes().forEach(v -> vetoes.add(EvidenceJson.veto(v)));
    return root;
  }

  private static ObjectNode score(Score score) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("total", score.total().toPlainString());
    node.put("maxTotal", score.maxTotal().toPlainString());
    node.put("passMark", score.passMark().toPlainString());
    ObjectNode band = node.putObject("band");
    band.put("zh", score.band().chineseName());
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
    String range = band == null ? null : band.string("range");
    Map<String, BigDecimal> criteria = decimals(r, o, "criteria");
    Map<String, BigDecimal> indicators = decimals(r, o, "indicators");
    if (total == null || maxTotal == null || passMark == null || bonus == null || deductions == null || zh == null
        || en == null || range == null || criteria == null || indicators == null
        || range.length() < 5 || !range.contains(", ")) {
      r.violation(RuleCode.RESULT_SCORE_INCOMPLETE, path);
      return null;
    }
    String[] bounds = range.substring(1, range.length() - 1).split(", ");
    try {
      return Score.builder()
          .total(total).maxTotal(maxTotal).passMark(passMark).bonus(bonus).deductions(deductions)
          .putAllCriterionPoints(criteria).putAllIndicatorPoints(indicators)
          .band(PointsScheme.Band.builder().chineseName(zh).englishName(en)
              .lowerInclusive(range.startsWith("[")).lower(new BigDecimal(bounds[0]))
              .upper(new BigDecimal(bounds[1])).upperInclusive(range.endsWith("]")).build())
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

  private static @Nullable Map<String, BigDecimal> decimals(Reading r, Reading.Obj o, String field) {
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
        r.violation(RuleCode.RESULT_NOT_DECIMAL, o.at(field).key(entry.getKey()), Reading.abbreviate(text));
      }
    }
    return out;
  }

  /**
   * Reads a {@code result/1} document written by {@link #write}: reading what was written gives an equal result.
   *
   * @param json the document
   * @return the result
   * @throws InvalidResultException with every violation, if the document is not valid {@code result/1}
   */
  public static AssessmentResult read(String json) {
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
    String set = doc.nonBlank("criteriaSet");
    String version = doc.nonBlank("criteriaSetVersion");
    String fingerprint = doc.nonBlank("criteriaSetFingerprint");
    String unitId = doc.nonBlank("unit");
    String unitName = doc.nonBlank("unitName");
    UnitKind unitKind = doc.constant("unitKind", UnitKind.class, RuleCode.UNIT_KIND_UNKNOWN);
    Optional<String> district = doc.optionalNonBlank("district");
    AssessmentPeriod period = EvidenceJson.readPeriod(r, doc);
    OverallOutcome overall = doc.constant("overall", OverallOutcome.class, RuleCode.OVERALL_OUTCOME_UNKNOWN, Enum::name);
    JsonNode criteriaNode = doc.required("criteria");
    List<CriterionResult> criteria =
        criteriaNode == null ? null : r.array(criteriaNode, doc.at("criteria"), (n, p) -> criterion(r, n, p));
    Optional<Score> score = doc.has("score")
        ? Optional.ofNullable(readScore(r, doc.node.get("score"), doc.at("score"))) : Optional.empty();
    JsonNode vetoNode = doc.required("vetoes");
    List<VetoFinding> vetoes =
        vetoNode == null ? null : r.array(vetoNode, doc.at("vetoes"), (n, p) -> EvidenceJson.readVeto(r, n, p));
    if (!r.violations().isEmpty() || set == null || version == null || fingerprint == null || unitId == null
        || unitName == null || unitKind == null
        || period == null || overall == null || criteria == null || vetoes == null) {
      throw new InvalidResultException(r.violations(), null);
    }
    Unit.Builder unit = Unit.builder().id(unitId).name(unitName).kind(unitKind);
    district.ifPresent(unit::district);
    return AssessmentResult.builder()
        .criteriaSet(set)
        .criteriaSetVersion(version)
        .criteriaSetFingerprint(fingerprint)
        .unit(unit.build())
        .period(period)
        .overall(overall)
        .score(score)
        .addAllCriteria(criteria)
        .addAllVetoes(vetoes)
        .build();
  }

  private static @Nullable CriterionResult criterion(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, CRITERION);
    if (o == null) {
      return null;
    }
    String id = o.nonBlank("id");
    String indicator = o.nonBlank("indicator");
    Outcome outcome = o.constant("outcome", Outcome.class, RuleCode.OUTCOME_UNKNOWN, Enum::name);
    Optional<String> observed = o.has("observed") ? Optional.ofNullable(o.string("observed")) : Optional.empty();
    Optional<String> reference =
        o.has("reference") ? Optional.ofNullable(o.string("reference")) : Optional.empty();
    String required = o.string("required");
    String source = o.string("source");
    Boolean advisory = o.bool("advisory");
    String explanation = o.string("explanation");
    List<String> missing = o.has("missing")
        ? r.array(o.node.get("missing"), o.at("missing"), r::string)
        : List.of();
    if (id == null || indicator == null || outcome == null || required == null || source == null
        || advisory == null || explanation == null || missing == null) {
      return null;
    }
    return CriterionResult.builder()
        .criterion(id)
        .indicator(indicator)
        .outcome(outcome)
        .observed(observed)
        .reference(reference)
        .required(required)
        .source(source)
        .advisory(advisory)
        .explanation(explanation)
        .addAllMissing(missing)
        .build();
  }
}
