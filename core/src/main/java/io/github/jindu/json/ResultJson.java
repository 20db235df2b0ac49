package io.github.jindu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriterionResult;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.JinduException;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads {@code result/1} (evidence-format.md): the result of one assessment.
 *
 * <p>The document holds {@code format}, {@code criteriaSet}, {@code unit} (the unit's id, as the format fixes
 * it), {@code unitName}, {@code unitKind}, {@code district} (when known), {@code period}, {@code overall}, every
 * criterion's result in catalogue order ({@code id}, {@code indicator}, {@code outcome}, {@code observed} when
 * something was observed, {@code reference} for an attested criterion, {@code required}, {@code source},
 * {@code advisory}, {@code explanation}, and {@code missing} when evidence was missing) and the {@code vetoes}
 * found. Output is indented by two spaces, with
 * {@code \n} line ends and a final {@code \n}, byte-identical for equal results on every platform.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ResultJson {
  /** The format tag, {@value}. */
  public static final String FORMAT = "result/1";

  private static final Set<String> TOP = ImmutableSet.of(
      "format", "criteriaSet", "unit", "unitName", "unitKind", "district", "period", "overall", "criteria",
      "vetoes");
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
    root.put("unit", result.unit().id());
    root.put("unitName", result.unit().name());
    root.put("unitKind", result.unit().kind().wireName());
    result.unit().district().ifPresent(d -> root.put("district", d));
    root.set("period", EvidenceJson.period(result.period()));
    root.put("overall", result.overall().name());
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

  /**
   * Reads a {@code result/1} document written by {@link #write}: reading what was written gives an equal result.
   *
   * @param json the document
   * @return the result
   * @throws JinduException naming every violation (path and rule), if the document is not valid {@code result/1}
   */
  public static AssessmentResult read(String json) {
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (InvalidEvidenceException e) {
      throw new JinduException("invalid result/1 document: " + joined(e.violations()), e);
    }
    Reading r = new Reading();
    Reading.Obj doc = r.object(root, "$", TOP);
    if (doc == null) {
      throw new JinduException("invalid result/1 document: " + joined(r.violations()));
    }
    EvidenceJson.checkFormat(r, doc, FORMAT);
    String set = doc.nonBlank("criteriaSet");
    String unitId = doc.nonBlank("unit");
    String unitName = doc.nonBlank("unitName");
    UnitKind unitKind = doc.constant("unitKind", UnitKind.class, "unit kind");
    Optional<String> district = doc.optionalNonBlank("district");
    AssessmentPeriod period = EvidenceJson.readPeriod(r, doc);
    OverallOutcome overall = doc.constant("overall", OverallOutcome.class, "overall outcome", Enum::name);
    JsonNode criteriaNode = doc.required("criteria");
    List<CriterionResult> criteria =
        criteriaNode == null ? null : r.array(criteriaNode, "$.criteria", (n, p) -> criterion(r, n, p));
    JsonNode vetoNode = doc.required("vetoes");
    List<VetoFinding> vetoes =
        vetoNode == null ? null : r.array(vetoNode, "$.vetoes", (n, p) -> EvidenceJson.readVeto(r, n, p));
    if (!r.violations().isEmpty() || set == null || unitId == null || unitName == null || unitKind == null
        || period == null || overall == null || criteria == null || vetoes == null) {
      throw new JinduException("invalid result/1 document: " + joined(r.violations()));
    }
    Unit.Builder unit = Unit.builder().id(unitId).name(unitName).kind(unitKind);
    district.ifPresent(unit::district);
    return AssessmentResult.builder()
        .criteriaSet(set)
        .unit(unit.build())
        .period(period)
        .overall(overall)
        .addAllCriteria(criteria)
        .addAllVetoes(vetoes)
        .build();
  }

  private static @Nullable CriterionResult criterion(Reading r, JsonNode node, String path) {
    Reading.Obj o = r.object(node, path, CRITERION);
    if (o == null) {
      return null;
    }
    String id = o.nonBlank("id");
    String indicator = o.nonBlank("indicator");
    Outcome outcome = o.constant("outcome", Outcome.class, "outcome", Enum::name);
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

  private static String joined(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
