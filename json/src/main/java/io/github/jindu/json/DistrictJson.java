package io.github.jindu.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Peer;
import io.github.jindu.RuleCode;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.IndicatorTally;
import io.github.jindu.district.Selection;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code district/1} (docs/district.md): a district's {@link Selection} for machines, every candidate against
 * the indicators of the set, in selection order with its rank.
 *
 * <pre>
 * {
 *   "format": "district/1",
 *   "criteriaSet": "municipal-model-community",
 *   "criteriaSetVersion": "2009",
 *   "criteriaSetFingerprint": "sha256:3f5a…",
 *   "assessedOn": "2026-01-15",
 *   "assessor": "区禁毒办 考评组",
 *   "district": "310199",
 *   "period": { "start": "2025-01-01", "end": "2025-12-31" },
 *   "order": "outcome",
 *   "outcomeOrder": [ "QUALIFIED", "INCOMPLETE", "NOT_QUALIFIED", "VETOED" ],
 *   "indicators": [ { "id": "leadership", "clause": "二(一)", "criteria": 5 }, … ],
 *   "summary": { "candidates": 6, "QUALIFIED": 0, "INCOMPLETE": 3, "NOT_QUALIFIED": 2, "VETOED": 1 },
 *   "others": [ { "unit": "310199-007", "population": 40100 } ],
 *   "candidates": [
 *     { "rank": 1, "tied": true, "unit": "310199-002", "unitName": "西沙镇", "unitKind": "town",
 *       "overall": "INCOMPLETE", "evidenceDigest": "sha256:9c1e…",
 *       "indicators": [ { "id": "leadership", "met": 5, "notMet": 0, "notAssessed": 0, "notApplicable": 0,
 *                         "total": 5, "gatingNotMet": 0, "gatingNotAssessed": 0 }, … ],
 *       "notMet": [], "notAssessed": [ "results.case-rate-lowest" ], "vetoes": [], "rolledUp": [],
 *       "result": { "format": "result/1", … } }, …
 *   ]
 * }
 * </pre>
 *
 * <p>{@code criteriaSetVersion} and {@code criteriaSetFingerprint} are those the candidates were assessed on
 * ({@link CriteriaSet#fingerprint()}); {@code assessedOn} (an ISO date) and {@code assessor} are present when the
 * selection records them ({@link Selection#attribution()}); each candidate's {@code evidenceDigest} is that of the
 * evidence it was assessed on, peers and rolled-up counts included ({@link
 * io.github.jindu.AssessmentResult#evidenceDigest()}).
 * {@code district} is present when a candidate names one; {@code others} lists the district's units that are not
 * candidates with the figures the district supplied (each figure absent when not known), by unit id;
 * {@code notMet} and {@code notAssessed} list the ids of the gating criteria with that outcome, in catalogue order;
 * {@code vetoes} the veto findings; {@code rolledUp} the JSON paths of the counts rolled up from the candidate's
 * sub-units; {@code result} the candidate's full result exactly as {@link ResultJson#write} writes it
 * ({@code result/1}: every criterion with its observation or its missing evidence), so that every verdict can be
 * checked. Output is indented by two spaces, with {@code \n} line ends and a final {@code \n}, byte-identical for
 * equal selections. More fields may be added; none may change meaning.
 *
 * <p>The district's figures for its non-candidate units are read from {@code district-peers/1}
 * ({@link #readOthers}):
 *
 * <pre>
 * { "format": "district-peers/1",
 *   "peers": [ { "unit": "310199-007", "population": 40100 } ] }
 * </pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class DistrictJson {
  /** The format tag, {@value}. */
  public static final String FORMAT = "district/1";

  /** The format tag of the district's figures for its non-candidate units, {@value}. */
  public static final String OTHERS_FORMAT = "district-peers/1";

  private static final Set<String> OTHERS_TOP = ImmutableSet.of("format", "peers");

  private DistrictJson() {}

  /**
   * Writes a selection as {@code district/1}.
   *
   * @param selection the selection
   * @param set the criteria set it was made on, for its indicators
   * @return the document, ending with {@code \n}
   * @throws IllegalArgumentException if the selection is of another criteria set
   */
  public static String write(Selection selection, CriteriaSet set) {
    checkArgument(
        selection.criteriaSetId().equals(set.id()),
        "the selection is of criteria set %s, not of %s",
        selection.criteriaSetId(),
        set.id());
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("criteriaSet", selection.criteriaSetId());
    AssessmentResult first = selection.candidates().get(0).result();
    root.put("criteriaSetVersion", first.criteriaSetVersion());
    root.put("criteriaSetFingerprint", first.criteriaSetFingerprint());
    selection.attribution().assessedOn().ifPresent(d -> root.put("assessedOn", d.toString()));
    selection.attribution().assessor().ifPresent(a -> root.put("assessor", a));
    selection.districtId().ifPresent(d -> root.put("district", d));
    root.set("period", EvidenceJson.period(selection.period()));
    root.put("order", selection.orderId());
    ArrayNode outcomeOrder = root.putArray("outcomeOrder");
    Selection.OUTCOME_ORDER.forEach(o -> outcomeOrder.add(o.name()));
    ArrayNode indicators = root.putArray("indicators");
    for (Indicator i : set.indicators()) {
      indicators
          .addObject()
          .put("id", i.id())
          .put("clause", i.clause())
          .put("criteria", i.criteria().size());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("candidates", selection.candidates().size());
    for (OverallOutcome o : Selection.OUTCOME_ORDER) {
      summary.put(o.name(), selection.candidates().stream().filter(c -> c.overall() == o).count());
    }
    ArrayNode others = root.putArray("others");
    selection.others().forEach(p -> others.add(EvidenceJson.peer(p)));
    ArrayNode candidates = root.putArray("candidates");
    for (Candidate c : selection.candidates()) {
      ObjectNode node = candidates.addObject();
      node.put("rank", c.rank());
      node.put("tied", c.tied());
      node.put("unit", c.unit().id());
      node.put("unitName", c.unit().name());
      node.put("unitKind", WireNames.of(c.unit().kind()));
      node.put("overall", c.overall().name());
      node.put("evidenceDigest", c.result().evidenceDigest());
      ArrayNode tallies = node.putArray("indicators");
      for (IndicatorTally t : c.indicators()) {
        tallies
            .addObject()
            .put("id", t.indicatorId())
            .put("met", t.met())
            .put("notMet", t.notMet())
            .put("notAssessed", t.notAssessed())
            .put("notApplicable", t.notApplicable())
            .put("total", t.total())
            .put("gatingNotMet", t.gatingNotMet())
            .put("gatingNotAssessed", t.gatingNotAssessed());
      }
      gating(node.putArray("notMet"), c, Outcome.NOT_MET);
      gating(node.putArray("notAssessed"), c, Outcome.NOT_ASSESSED);
      ArrayNode vetoes = node.putArray("vetoes");
      c.result().vetoes().forEach(v -> vetoes.add(EvidenceJson.veto(v)));
      ArrayNode rolledUp = node.putArray("rolledUp");
      c.rolledUp().forEach(location -> rolledUp.add(JsonPaths.of(location)));
      node.set("result", ResultJson.toTree(c.result()));
    }
    return Json.write(root);
  }

  /**
   * Reads the district's figures for its towns and streets that are not candidates ({@code district-peers/1}):
   * each peer's {@code unit}, and its {@code population} and {@code cases} when the district knows them. The
   * stream is read to its end but not closed.
   *
   * @param in the document, UTF-8
   * @return the peers, in the document's order, for {@link Selection#of(Iterable, Iterable, io.github.jindu.CriteriaSet)}
   * @throws InvalidEvidenceException with every violation found (located at {@code peers}, index from 0), if the
   *     document is not valid {@code district-peers/1}: not an object, another format, an unknown member, a peer
   *     without a unit, a figure that is not a whole number, a population below 1 or negative cases
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static List<Peer> readOthers(InputStream in) {
    return readOthers(Json.parse(in));
  }

  /**
   * Reads the district's figures for its non-candidate units from a string, as {@link #readOthers(InputStream)}
   * does.
   *
   * @param json the document
   * @return the peers, in the document's order
   * @throws InvalidEvidenceException with every violation found
   */
  public static List<Peer> readOthers(String json) {
    return readOthers(Json.parse(json));
  }

  private static List<Peer> readOthers(JsonNode root) {
    Reading r = new Reading();
    Reading.Obj doc = r.object(root, Location.root(), OTHERS_TOP);
    if (doc == null) {
      throw new InvalidEvidenceException(r.violations());
    }
    EvidenceJson.checkFormat(r, doc, OTHERS_FORMAT);
    JsonNode array = doc.required("peers");
    List<Peer> peers = new ArrayList<>();
    if (array != null) {
      TreeMap<Integer, Peer> read =
          r.indexedArray(array, doc.at("peers"), (n, p) -> EvidenceJson.readPeer(r, n, p));
      if (read != null) {
        read.forEach(
            (i, peer) -> {
              peers.add(peer);
              Location at = doc.at("peers").index(i);
              if (peer.population().isPresent() && peer.population().getAsLong() < 1) {
                r.violation(
                    RuleCode.PEER_POPULATION,
                    at.member("population"),
                    peer.unitId(),
                    peer.population().getAsLong());
              }
              if (peer.cases().isPresent() && peer.cases().getAsLong() < 0) {
                r.violation(
                    RuleCode.PEER_CASES_NEGATIVE,
                    at.member("cases"),
                    peer.unitId(),
                    peer.cases().getAsLong());
              }
            });
      }
    }
    if (!r.violations().isEmpty()) {
      throw new InvalidEvidenceException(r.violations());
    }
    return List.copyOf(peers);
  }

  private static void gating(ArrayNode array, Candidate candidate, Outcome outcome) {
    for (CriterionResult r : candidate.result().criteria()) {
      if (!r.advisory() && r.outcome() == outcome) {
        array.add(r.criterionId());
      }
    }
  }
}
