package io.github.jindu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Event;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.RuleCode;
import io.github.jindu.SampledUnit;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code evidence/1} (docs/evidence-format.md): the evidence of one unit for one period.
 *
 * <p>Reading is strict: the document must be one JSON object in UTF-8 (a byte-order mark is accepted), with
 * {@code "format": "evidence/1"}; unknown fields at any level, duplicate keys, wrong types ({@code "84210"},
 * {@code 1.5}, {@code true} or {@code null} for a count), numbers beyond {@code long}, unknown unit kinds, event
 * types or settings, and impossible dates are errors. Every such error of a document is reported together, in an
 * {@link InvalidEvidenceException} whose violations carry rule codes and locations ({@link JsonPaths#of} renders them
 * as JSON paths such as {@code $.counts["users.new"]}). Then the
 * rules an {@link Evidence} guards itself are checked (negative counts, dates outside the period…); the rules that
 * depend on a criteria set are checked when it is assessed.
 *
 * <p>Limits, refused early with a clear message: documents over 16 MiB or of more than 500,000 JSON tokens (some
 * 50,000 events), nesting deeper than 64, strings over 1 Mi characters, member names over 1,024, numbers over 100
 * digits, dates outside the years 1 to 9999. At most {@link InvalidEvidenceException#MAX_LISTED} violations are
 * listed.
 *
 * <pre>{@code
 * Evidence evidence = EvidenceJson.read(Files.newInputStream(path));
 * String json = EvidenceJson.write(evidence);   // EvidenceJson.read(json) equals evidence
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class EvidenceJson {
  /** The format tag, {@value}. */
  public static final String FORMAT = "evidence/1";

  /** The largest document read, in bytes ({@value}, 16 MiB); a larger one is invalid evidence. */
  public static final int MAX_DOCUMENT_BYTES = Json.MAX_DOCUMENT_BYTES;

  private static final Set<String> TOP =
      ImmutableSet.of(
          "format",
          "unit",
          "period",
          "counts",
          "previous",
          "subunits",
          "events",
          "attestations",
          "vetoes",
          "peers",
          "samples");
  private static final Set<String> SAMPLED = ImmutableSet.of("unit", "passed");
  private static final Set<String> UNIT = ImmutableSet.of("id", "name", "kind", "district");
  private static final Set<String> PERIOD = ImmutableSet.of("start", "end");
  private static final Set<String> EVENT = ImmutableSet.of("type", "date", "settings", "subunit");
  private static final Set<String> ATTESTATION = ImmutableSet.of("met", "reference");
  private static final Set<String> VETO = ImmutableSet.of("id", "reference");
  private static final Set<String> PEER = ImmutableSet.of("unit", "population", "cases", "counts");

  private EvidenceJson() {}

  /**
   * Reads evidence from a UTF-8 byte stream; the stream is read to its end but not closed.
   *
   * @param in the document
   * @return the evidence
   * @throws InvalidEvidenceException with every violation found, if the document is not valid {@code evidence/1}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Evidence read(InputStream in) {
    return fromTree(Json.parse(in), null);
  }

  /**
   * Reads evidence from a UTF-8 byte stream and checks it against a criteria set, reporting every violation of
   * the document at once: its JSON types, the rules of {@link Evidence} and the rules of the set (see
   * {@link CriteriaSet#validate(Evidence)}). Evidence this returns can be assessed on {@code set} without error.
   * The stream is read to its end but not closed.
   *
   * @param in the document
   * @param set the criteria set the evidence will be assessed on
   * @return the evidence
   * @throws InvalidEvidenceException with every violation found, if the document is not valid {@code evidence/1}
   *     or breaks a rule of the set
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Evidence read(InputStream in, CriteriaSet set) {
    return fromTree(Json.parse(in), set);
  }

  /**
   * Reads evidence from a string.
   *
   * @param json the document; a leading byte-order mark is ignored
   * @return the evidence
   * @throws InvalidEvidenceException with every violation found, if the document is not valid {@code evidence/1}
   */
  public static Evidence read(String json) {
    return fromTree(Json.parse(json), null);
  }

  /**
   * Reads evidence from a string and checks it against a criteria set, reporting every violation at once, as
   * {@link #read(InputStream, CriteriaSet)} does.
   *
   * @param json the document; a leading byte-order mark is ignored
   * @param set the criteria set the evidence will be assessed on
   * @return the evidence
   * @throws InvalidEvidenceException with every violation found
   */
  public static Evidence read(String json, CriteriaSet set) {
    return fromTree(Json.parse(json), set);
  }

  /**
   * Writes evidence as {@code evidence/1}: indented by two spaces, {@code \n} line ends, fields in the order of
   * docs/evidence-format.md, counts in the evidence's order; a final {@code \n}. Reading the text back gives equal
   * evidence.
   *
   * @param evidence the evidence
   * @return the document
   */
  public static String write(Evidence evidence) {
    return Json.write(toTree(evidence));
  }

  /**
   * Writes evidence as {@code evidence/1} on one line, for JSON Lines ({@link EvidenceLines} reads such lines): the
   * same document as {@link #write}, without indentation or line breaks inside, and a final {@code \n}.
   *
   * @param evidence the evidence
   * @return the document on one line, ending with {@code \n}
   */
  public static String writeLine(Evidence evidence) {
    return Json.writeLine(toTree(evidence));
  }

  static ObjectNode toTree(Evidence evidence) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.set("unit", unit(evidence.unit()));
    root.set("period", period(evidence.period()));
    if (!evidence.counts().isEmpty()) {
      root.set("counts", counts(evidence.counts()));
    }
    if (!evidence.previous().isEmpty()) {
      root.set("previous", counts(evidence.previous()));
    }
    evidence
        .subunits()
        .ifPresent(
            subunits -> {
              ArrayNode array = root.putArray("subunits");
              subunits.forEach(u -> array.add(unit(u)));
            });
    evidence
        .events()
        .ifPresent(
            events -> {
              ArrayNode array = root.putArray("events");
              for (Event e : events) {
                ObjectNode node = array.addObject();
                node.put("type", e.kind().id());
                node.put("date", e.date().toString());
                if (!e.settings().isEmpty()) {
                  ArrayNode settings = node.putArray("settings");
                  e.settings().forEach(s -> settings.add(WireNames.of(s)));
                }
                e.subunitId().ifPresent(s -> node.put("subunit", s));
              }
            });
    if (!evidence.attestations().isEmpty()) {
      ObjectNode attestations = root.putObject("attestations");
      evidence
          .attestations()
          .forEach(
              (id, a) -> {
                ObjectNode node = attestations.putObject(id);
                node.put("met", a.met());
                node.put("reference", a.reference());
              });
    }
    evidence
        .vetoes()
        .ifPresent(
            findings -> {
              ArrayNode vetoes = root.putArray("vetoes");
              findings.forEach(v -> vetoes.add(veto(v)));
            });
    evidence
        .peers()
        .ifPresent(
            peers -> {
              ArrayNode array = root.putArray("peers");
              for (Peer p : peers) {
                array.add(peer(p));
              }
            });
    if (!evidence.samples().isEmpty()) {
      ObjectNode samples = root.putObject("samples");
      evidence
          .samples()
          .forEach(
              (id, units) -> {
                ArrayNode array = samples.putArray(id);
                for (SampledUnit u : units) {
                  array.addObject().put("unit", u.unitId()).put("passed", u.passed());
                }
              });
    }
    return root;
  }

  /**
   * {@return a peer as {@code evidence/1} writes it: {@code unit}, then {@code population} and {@code cases} when
   * known, then {@code counts} when it has any}
   */
  static ObjectNode peer(Peer p) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("unit", p.unitId());
    p.population().ifPresent(v -> node.put("population", v));
    p.cases().ifPresent(v -> node.put("cases", v));
    if (!p.counts().isEmpty()) {
      node.set("counts", counts(p.counts()));
    }
    return node;
  }

  static ObjectNode unit(Unit unit) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", unit.id());
    node.put("name", unit.name());
    node.put("kind", WireNames.of(unit.kind()));
    unit.districtId().ifPresent(d -> node.put("district", d));
    return node;
  }

  static ObjectNode period(AssessmentPeriod period) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("start", period.start().toString());
    node.put("end", period.end().toString());
    return node;
  }

  static ObjectNode veto(VetoFinding veto) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", veto.id());
    node.put("reference", veto.reference());
    return node;
  }

  private static ObjectNode counts(Map<MetricKey, Long> counts) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    counts.forEach((k, v) -> node.put(k.name(), v));
    return node;
  }

  // ---- reading ----

  static Evidence fromTree(JsonNode root, @Nullable CriteriaSet set) {
    Reading r = new Reading();
    Reading.Obj doc = r.object(root, Location.root(), TOP);
    if (doc == null) {
      throw new InvalidEvidenceException(r.violations());
    }
    checkFormat(r, doc, FORMAT);
    Draft draft = new Draft();
    JsonNode unitNode = doc.required("unit");
    draft.unit = unitNode == null ? null : readUnit(r, unitNode, doc.at("unit"));
    draft.period = readPeriod(r, doc);
    if (doc.has("counts")) {
      draft.counts = readCounts(r, doc.node.get("counts"), doc.at("counts"));
    }
    if (doc.has("previous")) {
      draft.previous = readCounts(r, doc.node.get("previous"), doc.at("previous"));
    }
    if (doc.has("subunits")) {
      draft.subunits =
          r.indexedArray(doc.node.get("subunits"), doc.at("subunits"), (n, p) -> readUnit(r, n, p));
    }
    if (doc.has("events")) {
      draft.events =
          r.indexedArray(
              doc.node.get("events"), doc.at("events"), (n, p) -> readEvent(r, n, p, set));
    }
    if (doc.has("attestations")) {
      draft.attestations = readAttestations(r, doc.node.get("attestations"));
    }
    if (doc.has("vetoes")) {
      TreeMap<Integer, VetoFinding> vetoes =
          r.indexedArray(doc.node.get("vetoes"), doc.at("vetoes"), (n, p) -> readVeto(r, n, p));
      if (vetoes != null) {
        draft.vetoes = vetoes;
      }
    }
    if (doc.has("peers")) {
      draft.peers =
          r.indexedArray(doc.node.get("peers"), doc.at("peers"), (n, p) -> readPeer(r, n, p));
    }
    if (doc.has("samples")) {
      readSamples(r, doc.node.get("samples"), draft.samples);
    }
    return draft.toEvidence(r.violations(), set);
  }

  /**
   * Reads {@code samples}: by criterion id, an array of the units sampled, each {@code {"unit": id, "passed":
   * bool}}; elements that cannot be read are left out, keyed by their index in the document.
   */
  private static void readSamples(
      Reading r, JsonNode node, Map<String, TreeMap<Integer, SampledUnit>> out) {
    Reading.Obj samples = r.map(node, Location.root().member("samples"));
    if (samples == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = samples.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      TreeMap<Integer, SampledUnit> units =
          r.indexedArray(
              field.getValue(), samples.path.key(field.getKey()), (n, p) -> readSampled(r, n, p));
      if (units != null) {
        out.put(field.getKey(), units);
      }
    }
  }

  private static @Nullable SampledUnit readSampled(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, SAMPLED);
    if (o == null) {
      return null;
    }
    String unit = o.id("unit");
    Boolean passed = o.bool("passed");
    return unit == null || passed == null ? null : SampledUnit.of(unit, passed);
  }

  static void checkFormat(Reading r, Reading.Obj doc, String expected) {
    JsonNode format = doc.required("format");
    if (format != null) {
      String text = r.string(format, doc.at("format"));
      if (text != null && !text.equals(expected)) {
        r.violation(
            RuleCode.FORMAT_UNSUPPORTED, doc.at("format"), Reading.abbreviate(text), expected);
      }
    }
  }

  static @Nullable Unit readUnit(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, UNIT);
    if (o == null) {
      return null;
    }
    String id = o.id("id");
    String name = o.nonBlank("name");
    UnitKind kind = o.constant("kind", UnitKind.class, RuleCode.UNIT_KIND_UNKNOWN);
    Optional<String> district = o.optionalId("district");
    if (id == null || name == null || kind == null) {
      return null;
    }
    Unit.Builder unit = Unit.builder().id(id).name(name).kind(kind);
    district.ifPresent(unit::districtId);
    return unit.build();
  }

  static @Nullable AssessmentPeriod readPeriod(Reading r, Reading.Obj doc) {
    JsonNode node = doc.required("period");
    Reading.Obj o = node == null ? null : r.object(node, doc.at("period"), PERIOD);
    if (o == null) {
      return null;
    }
    LocalDate start = o.date("start");
    LocalDate end = o.date("end");
    if (start == null || end == null) {
      return null;
    }
    if (end.isBefore(start)) {
      r.violation(RuleCode.PERIOD_END_BEFORE_START, o.at("end"), end, start);
      return null;
    }
    return AssessmentPeriod.of(start, end);
  }

  private static Map<MetricKey, Long> readCounts(Reading r, JsonNode node, Location path) {
    Map<MetricKey, Long> counts = new LinkedHashMap<>();
    Reading.Obj o = r.map(node, path);
    if (o == null) {
      return counts;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Location at = path.key(field.getKey());
      if (!MetricKey.isWellFormed(field.getKey())) {
        r.violation(
            RuleCode.METRIC_KEY_MALFORMED,
            path.key(Reading.abbreviate(field.getKey())),
            Reading.abbreviate(field.getKey()));
        continue;
      }
      Long value = r.wholeNumber(field.getValue(), at);
      if (value != null) {
        counts.put(MetricKey.of(field.getKey()), value);
      }
    }
    return counts;
  }

  /**
   * Reads an event's type: a built-in one; with a set, one it declares; without one, any well-formed id (the set
   * it is assessed on checks it then). Any other is {@code event-type.unknown}, listing the known ones.
   */
  private static @Nullable EventKind readEventKind(
      Reading r, Reading.Obj o, @Nullable CriteriaSet set) {
    JsonNode node = o.required("type");
    if (node == null) {
      return null;
    }
    String text = r.string(node, o.at("type"));
    if (text == null) {
      return null;
    }
    Optional<EventType> builtIn = WireNames.find(EventType.class, text);
    if (builtIn.isPresent()) {
      return EventKind.of(builtIn.get());
    }
    if (set == null
        ? EventKind.isWellFormed(text)
        : set.eventTypes().stream().anyMatch(d -> d.id().equals(text))) {
      return EventKind.declared(text);
    }
    List<String> known = new ArrayList<>();
    for (EventType t : EventType.values()) {
      known.add(WireNames.of(t));
    }
    if (set != null) {
      set.eventTypes().forEach(d -> known.add(d.id()));
    }
    r.violation(
        RuleCode.EVENT_TYPE_UNKNOWN,
        o.at("type"),
        Reading.abbreviate(text),
        String.join(", ", known));
    return null;
  }

  private static @Nullable Event readEvent(
      Reading r, JsonNode node, Location path, @Nullable CriteriaSet set) {
    Reading.Obj o = r.object(node, path, EVENT);
    if (o == null) {
      return null;
    }
    EventKind kind = readEventKind(r, o, set);
    LocalDate date = o.date("date");
    Set<Setting> settings = EnumSet.noneOf(Setting.class);
    boolean ok = true;
    if (o.has("settings")) {
      List<Setting> list =
          r.array(
              o.node.get("settings"),
              o.at("settings"),
              (n, p) -> r.constant(n, p, Setting.class, RuleCode.SETTING_UNKNOWN));
      if (list == null || list.size() != o.node.get("settings").size()) {
        ok = false;
      } else {
        for (int i = 0; i < list.size(); i++) {
          if (!settings.add(list.get(i))) {
            r.violation(
                RuleCode.SETTING_TWICE, o.at("settings").index(i), WireNames.of(list.get(i)));
            ok = false;
          }
        }
      }
    }
    if (o.has("settings")
        && kind != null
        && kind.isBuiltIn()
        && !kind.is(EventType.PREVENTION_ACTIVITY)) {
      r.violation(RuleCode.EVENT_SETTINGS_NOT_ACTIVITY, o.at("settings"), kind.id());
      ok = false;
    }
    Optional<String> subunit = o.optionalId("subunit");
    if (kind == null || date == null || !ok || (o.has("subunit") && subunit.isEmpty())) {
      return null;
    }
    Event.Builder event = Event.builder().kind(kind).date(date).addAllSettings(settings);
    subunit.ifPresent(event::subunitId);
    return event.build();
  }

  private static Map<String, Attestation> readAttestations(Reading r, JsonNode node) {
    Map<String, Attestation> out = new LinkedHashMap<>();
    Reading.Obj attestations = r.map(node, Location.root().member("attestations"));
    if (attestations == null) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = attestations.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Reading.Obj o =
          r.object(field.getValue(), attestations.path.key(field.getKey()), ATTESTATION);
      if (o == null) {
        continue;
      }
      Boolean met = o.bool("met");
      String reference = o.nonBlank("reference");
      if (met != null && reference != null) {
        out.put(field.getKey(), Attestation.of(met, reference));
      }
    }
    return out;
  }

  static @Nullable VetoFinding readVeto(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, VETO);
    if (o == null) {
      return null;
    }
    String id = o.id("id");
    String reference = o.nonBlank("reference");
    return id == null || reference == null ? null : VetoFinding.of(id, reference);
  }

  /**
   * Reads a peer: {@code unit} required; {@code population} and {@code cases} whole numbers, each absent when the
   * district does not know it; {@code counts} a map of metric keys to whole numbers, absent or without a key the
   * district does not know.
   */
  static @Nullable Peer readPeer(Reading r, JsonNode node, Location path) {
    Reading.Obj o = r.object(node, path, PEER);
    if (o == null) {
      return null;
    }
    String unit = o.id("unit");
    boolean hasPopulation = o.has("population");
    boolean hasCases = o.has("cases");
    Long population = hasPopulation ? o.wholeNumber("population") : null;
    Long cases = hasCases ? o.wholeNumber("cases") : null;
    long before = r.violationCount();
    Map<MetricKey, Long> counts =
        o.has("counts") ? readCounts(r, node.get("counts"), o.at("counts")) : Map.of();
    if (unit == null
        || hasPopulation && population == null
        || hasCases && cases == null
        || r.violationCount() != before) {
      return null;
    }
    return Peer.of(
        unit,
        population == null ? OptionalLong.empty() : OptionalLong.of(population),
        cases == null ? OptionalLong.empty() : OptionalLong.of(cases),
        counts);
  }
}
