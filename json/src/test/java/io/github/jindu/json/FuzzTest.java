package io.github.jindu.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of {@code evidence/1}: mutants of the valid sample town (byte flips, deleted, duplicated and
 * renamed fields, swapped JSON types, extreme numbers, shuffled and duplicated array elements, truncation,
 * inserted garbage) either assess or are refused with an {@link InvalidEvidenceException}, never another
 * exception. Evidence that assessed breaks none of the rules of docs/spec/criteria.md "Invalid evidence" (checked here
 * independently of the library), and re-written with {@link EvidenceJson#write} it reads back to equal evidence
 * and an equal result. Seeds come from QuickTheories; each drives {@value #MUTANTS_PER_SEED} mutants, each of
 * which is made from a seed of its own, named when it fails.
 */
class FuzzTest {
  private static final int SEEDS = 40;
  private static final int MUTANTS_PER_SEED = 250;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final String SAMPLE = EvidenceJsonTest.resource("sample-town-2025.json");
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNode TREE = parse(SAMPLE);
  private static final List<String> LINES = List.of(SAMPLE.split("\n", -1));

  /** Numbers written as they are, some beyond what a {@code BigDecimal} or a {@code long} holds. */
  private static final String[] RAW_NUMBERS = {
    String.valueOf(Long.MAX_VALUE),
    String.valueOf(Long.MIN_VALUE),
    "-1",
    "0",
    "1",
    "1e400",
    "1.5",
    "-0",
    "4.0",
    "1E2",
    "9223372036854775808",
    "-9223372036854775809",
    "1e2147483648",
    "1e-2147483648",
    "0.0000001",
    "1" + "0".repeat(99),
    "1" + "0".repeat(100),
    String.valueOf(Long.MAX_VALUE - 1),
    "NaN",
    "Infinity",
    "0x10",
    "01",
    "+1",
    ".5",
    "1.",
    "1e",
    "--1"
  };

  /** Strings that are meaningful somewhere in the format: dates, names of kinds, types, settings, ids. */
  private static final String[] STRINGS = {
    "2025-01-01",
    "2025-12-31",
    "2026-01-01",
    "2024-12-31",
    "2023-12-31",
    "2025-03-31",
    "2025-04-01",
    "2025-02-30",
    "2025-13-01",
    "20250101",
    "+002025-01-01",
    "-2025-01-01",
    "0000-01-01",
    "9999-12-31",
    "town",
    "street",
    "village",
    "residents-committee",
    "school",
    "company",
    "family",
    "city",
    "prevention-plan",
    "prevention-activity",
    "prevention-campaign",
    "inspection",
    "situation-analysis",
    "training",
    "responsibility-letter",
    "party",
    "community",
    "workplace",
    "venue",
    "building",
    "rural",
    "church",
    "310199-001",
    "310199-001-01",
    "310199-002",
    "veto.leadership-failure",
    "veto.unknown",
    "evidence/1",
    "evidence/2",
    "",
    " ",
    "\u00a0",
    "\u200b",
    "a\nb",
    "\u0000",
    "\ud800",
    "东沙镇",
    "x".repeat(300),
    "84210",
    "true",
    "null"
  };

  /** Member names: the format's own, metric keys of the set, criterion ids, and strangers. */
  private static final String[] NAMES;

  static {
    Set<String> names =
        new HashSet<>(
            List.of(
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
                "id",
                "name",
                "kind",
                "district",
                "start",
                "end",
                "type",
                "date",
                "settings",
                "subunit",
                "met",
                "reference",
                "population",
                "cases",
                "extra",
                "",
                "Counts",
                "users.new ",
                "a\"b",
                "x.y.z"));
    SET.metrics().forEach(m -> names.add(m.name()));
    SET.criteria().forEach(c -> names.add(c.id()));
    NAMES = names.stream().sorted().toArray(String[]::new);
  }

  private static JsonNode parse(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One mutant: its bytes and what was done to the sample. */
  private static final class Mutant {
    final byte[] bytes;
    final String how;

    Mutant(byte[] bytes, String how) {
      this.bytes = bytes;
      this.how = how;
    }

    String text() {
      return new String(bytes, UTF_8);
    }
  }

  /** A place in a tree: a member of an object or an element of an array. */
  private static final class Slot {
    final JsonNode container;
    final String name;
    final int index;

    Slot(JsonNode container, String name, int index) {
      this.container = container;
      this.name = name;
      this.index = index;
    }

    JsonNode get() {
      return name != null ? container.get(name) : container.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) container).set(name, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }

    void remove() {
      if (name != null) {
        ((ObjectNode) container).remove(name);
      } else {
        ((ArrayNode) container).remove(index);
      }
    }

    @Override
    public String toString() {
      return name != null ? "." + name : "[" + index + "]";
    }
  }

  private static void slots(JsonNode node, List<Slot> out) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        out.add(new Slot(node, name, -1));
        slots(node.get(name), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i));
        slots(node.get(i), out);
      }
    }
  }

  private static <T> T pick(SplittableRandom random, T[] from) {
    return from[random.nextInt(from.length)];
  }

  private static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Makes one mutant of the sample: a few changes to its tree, then, often, to its bytes. */
  static Mutant mutate(SplittableRandom random) {
    List<String> how = new ArrayList<>();
    byte[] bytes;
    if (random.nextInt(10) == 0) {
      bytes = duplicateLine(random, how).getBytes(UTF_8);
    } else {
      JsonNode tree = TREE.deepCopy();
      List<String> raws = new ArrayList<>();
      int changes = 1 + random.nextInt(3);
      for (int i = 0; i < changes; i++) {
        mutateTree(tree, random, raws, how);
      }
      // Mostly compact, which is cheaper to write and to read; indented now and then, for other
      // byte offsets.
      String text = random.nextInt(4) == 0 ? tree.toPrettyString() : tree.toString();
      for (int i = 0; i < raws.size(); i++) {
        text = text.replace("\"@@raw" + i + "@@\"", raws.get(i));
      }
      bytes = text.getBytes(UTF_8);
    }
    if (random.nextInt(5) < 2) {
      int changes = 1 + random.nextInt(2);
      for (int i = 0; i < changes; i++) {
        bytes = mutateBytes(bytes, random, how);
      }
    }
    return new Mutant(bytes, String.join("; ", how));
  }

  /** Duplicates one member line of the pretty-printed sample: a duplicate key, a duplicate array element. */
  private static String duplicateLine(SplittableRandom random, List<String> how) {
    int line = 1 + random.nextInt(LINES.size() - 2);
    String copy = LINES.get(line);
    String first =
        copy.endsWith(",") || copy.endsWith("{") || copy.endsWith("[") ? copy : copy + ",";
    how.add("duplicate line " + (line + 1) + ": " + copy.trim());
    List<String> lines = new ArrayList<>(LINES);
    lines.set(line, first);
    lines.add(line + 1, copy);
    return String.join("\n", lines);
  }

  private static void mutateTree(
      JsonNode tree, SplittableRandom random, List<String> raws, List<String> how) {
    List<Slot> slots = new ArrayList<>();
    slots(tree, slots);
    if (slots.isEmpty()) {
      how.add("nothing left to change");
      return;
    }
    Slot slot = pick(random, slots);
    JsonNode value = slot.get();
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(12)) {
      case 0:
        {
          slot.remove();
          how.add("delete " + slot);
          break;
        }
      case 1:
        {
          JsonNode swapped;
          switch (random.nextInt(7)) {
            case 0:
              swapped = TextNode.valueOf(value.isValueNode() ? value.asText() : value.toString());
              break;
            case 1:
              swapped = f.numberNode(random.nextInt(100));
              break;
            case 2:
              swapped = BooleanNode.valueOf(random.nextBoolean());
              break;
            case 3:
              swapped = NullNode.getInstance();
              break;
            case 4:
              swapped = f.arrayNode().add(value.deepCopy());
              break;
            case 5:
              swapped = f.objectNode().set("value", value.deepCopy());
              break;
            default:
              swapped = random.nextBoolean() ? f.arrayNode() : f.objectNode();
          }
          slot.set(swapped);
          how.add("swap type of " + slot + " to " + swapped);
          break;
        }
      case 2:
        {
          String raw = pick(random, RAW_NUMBERS);
          slot.set(TextNode.valueOf("@@raw" + raws.size() + "@@"));
          raws.add(raw);
          how.add("number " + raw + " at " + slot);
          break;
        }
      case 3:
        {
          String text = pick(random, STRINGS);
          slot.set(TextNode.valueOf(text));
          how.add("string \"" + text + "\" at " + slot);
          break;
        }
      case 4:
        {
          // Nudge a number, or make it another count of the document: numerators above
          // denominators, zero bases.
          List<Slot> numbers =
              slots.stream().filter(s -> s.get().isNumber()).collect(Collectors.toList());
          Slot number = numbers.isEmpty() ? slot : pick(random, numbers);
          long n = number.get().asLong();
          long changed;
          switch (random.nextInt(5)) {
            case 0:
              changed = n + 1;
              break;
            case 1:
              changed = n - 1;
              break;
            case 2:
              changed = 0;
              break;
            case 3:
              changed = n * 2;
              break;
            default:
              changed = pick(random, numbers.isEmpty() ? List.of(slot) : numbers).get().asLong();
          }
          number.set(LongNode.valueOf(changed));
          how.add("count " + changed + " at " + number);
          break;
        }
      case 5:
        {
          List<Slot> arrays =
              slots.stream().filter(s -> s.get().isArray()).collect(Collectors.toList());
          if (arrays.isEmpty()) {
            how.add("no array to shuffle");
            break;
          }
          Slot array = pick(random, arrays);
          List<JsonNode> elements = new ArrayList<>();
          array.get().forEach(elements::add);
          for (int i = elements.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            JsonNode t = elements.get(i);
            elements.set(i, elements.get(j));
            elements.set(j, t);
          }
          ArrayNode shuffled = f.arrayNode().addAll(elements);
          array.set(shuffled);
          how.add("shuffle " + array);
          break;
        }
      case 6:
        {
          List<Slot> arrays =
              slots.stream()
                  .filter(s -> s.get().isArray() && s.get().size() > 0)
                  .collect(Collectors.toList());
          if (arrays.isEmpty()) {
            how.add("no array to grow");
            break;
          }
          ArrayNode array = (ArrayNode) pick(random, arrays).get();
          int from = random.nextInt(array.size());
          array.insert(random.nextInt(array.size() + 1), array.get(from).deepCopy());
          how.add("duplicate element " + from + " of an array");
          break;
        }
      case 7:
        {
          if (slot.name == null) {
            slot.remove();
            how.add("delete " + slot);
            break;
          }
          String name = pick(random, NAMES);
          ObjectNode object = (ObjectNode) slot.container;
          object.remove(slot.name);
          object.set(name, value);
          how.add("rename " + slot + " to \"" + name + "\"");
          break;
        }
      case 8:
        {
          // Add a member with a plausible value to a random object.
          List<Slot> objects =
              slots.stream().filter(s -> s.get().isObject()).collect(Collectors.toList());
          ObjectNode object =
              objects.isEmpty() ? (ObjectNode) tree : (ObjectNode) pick(random, objects).get();
          String name = pick(random, NAMES);
          JsonNode added =
              random.nextBoolean()
                  ? LongNode.valueOf(random.nextInt(200_000))
                  : TextNode.valueOf(pick(random, STRINGS));
          object.set(name, added);
          how.add("add \"" + name + "\": " + added);
          break;
        }
      case 9:
        {
          // Things a valid document may well hold: a veto finding, an attestation, a letter, a
          // peer.
          ObjectNode root = (ObjectNode) tree;
          switch (random.nextInt(4)) {
            case 0:
              arrayAt(root, "vetoes")
                  .addObject()
                  .put("id", "veto.leadership-failure")
                  .put("reference", "区综治委通报");
              how.add("add a veto finding");
              break;
            case 1:
              {
                Criterion c = SET.criteria().get(random.nextInt(SET.criteria().size()));
                ObjectNode a =
                    root.has("attestations") && root.get("attestations").isObject()
                        ? (ObjectNode) root.get("attestations")
                        : root.putObject("attestations");
                a.putObject(c.id()).put("met", random.nextBoolean()).put("reference", "台帐");
                how.add("attest " + c.id());
                break;
              }
            case 2:
              arrayAt(root, "events")
                  .addObject()
                  .put("type", pick(random, STRINGS))
                  .put("date", pick(random, STRINGS));
              how.add("add an event");
              break;
            default:
              arrayAt(root, "peers")
                  .addObject()
                  .put("unit", "310199-0" + random.nextInt(100))
                  .put(
                      "population",
                      random.nextInt(3) == 0 ? Long.MAX_VALUE : random.nextInt(200_000))
                  .put("cases", random.nextInt(20));
              how.add("add a peer");
          }
          break;
        }
      case 10:
        {
          // Nest the value deeper, past the limit now and then.
          int depth = random.nextInt(4) == 0 ? 70 : 1 + random.nextInt(5);
          JsonNode nested = value;
          for (int i = 0; i < depth; i++) {
            nested = f.arrayNode().add(nested);
          }
          slot.set(nested);
          how.add("nest " + slot + " " + depth + " deep");
          break;
        }
      default:
        {
          // A long or odd string.
          String text =
              random.nextBoolean()
                  ? "镇".repeat(random.nextInt(2000))
                  : pick(random, STRINGS) + "\u2028";
          slot.set(TextNode.valueOf(text));
          how.add("text of " + text.length() + " characters at " + slot);
        }
    }
  }

  private static ArrayNode arrayAt(ObjectNode root, String name) {
    return root.has(name) && root.get(name).isArray()
        ? (ArrayNode) root.get(name)
        : root.putArray(name);
  }

  private static final byte[][] GARBAGE = {
    "{".getBytes(UTF_8),
    "}".getBytes(UTF_8),
    "[".getBytes(UTF_8),
    "]".getBytes(UTF_8),
    ",".getBytes(UTF_8),
    "\"".getBytes(UTF_8),
    ":".getBytes(UTF_8),
    "\\".getBytes(UTF_8),
    "null".getBytes(UTF_8),
    "-".getBytes(UTF_8),
    "e9".getBytes(UTF_8),
    "\u0000".getBytes(UTF_8),
    "//".getBytes(UTF_8),
    "/*".getBytes(UTF_8),
    {(byte) 0xFF},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xE4, (byte) 0xB8},
    "镇".getBytes(UTF_8),
    "\u2028".getBytes(UTF_8)
  };

  private static byte[] mutateBytes(byte[] bytes, SplittableRandom random, List<String> how) {
    if (bytes.length == 0) {
      how.add("nothing left to cut");
      return bytes;
    }
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(4)) {
      case 0:
        {
          byte[] out = bytes.clone();
          int flips = 1 + random.nextInt(3);
          for (int i = 0; i < flips; i++) {
            int where = random.nextInt(out.length);
            out[where] ^= (byte) (1 << random.nextInt(8));
          }
          how.add(flips + " bit flips");
          return out;
        }
      case 1:
        how.add("truncate to " + at + " bytes");
        return java.util.Arrays.copyOf(bytes, at);
      case 2:
        {
          byte[] garbage = random.nextBoolean() ? pick(random, GARBAGE) : randomBytes(random);
          byte[] out = new byte[bytes.length + garbage.length];
          System.arraycopy(bytes, 0, out, 0, at);
          System.arraycopy(garbage, 0, out, at, garbage.length);
          System.arraycopy(bytes, at, out, at + garbage.length, bytes.length - at);
          how.add("insert " + garbage.length + " bytes at " + at);
          return out;
        }
      default:
        {
          int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
          byte[] out = new byte[bytes.length - length];
          System.arraycopy(bytes, 0, out, 0, at);
          System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
          how.add("delete " + length + " bytes at " + at);
          return out;
        }
    }
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] out = new byte[1 + random.nextInt(8)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** What became of the mutants. */
  private static final class Tally {
    final AtomicInteger mutants = new AtomicInteger();
    final AtomicInteger assessed = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
  }

  /** Reads, assesses and round-trips one mutant; fails with the mutant on anything but a result or a refusal. */
  private static void check(Mutant mutant, String seed, Tally tally) {
    tally.mutants.incrementAndGet();
    Evidence evidence;
    AssessmentResult result;
    try {
      evidence = EvidenceJson.read(new ByteArrayInputStream(mutant.bytes), SET);
      result = SET.assess(evidence);
    } catch (InvalidEvidenceException e) {
      tally.refused.incrementAndGet();
      // Plain checks rather than AssertJ here: they run for every refused mutant.
      List<Violation> violations = e.violations();
      if (violations.isEmpty() || violations.size() > InvalidEvidenceException.MAX_LISTED) {
        fail("mutant %s (%s) was refused with %s violations", seed, mutant.how, violations.size());
      }
      for (Violation v : violations) {
        String line = JsonPaths.of(v.location()) + " " + v;
        if (!line.startsWith("$") || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
          fail(
              "mutant %s (%s) was refused with a violation that is not one line at a path: %s",
              seed, mutant.how, line);
        }
      }
      return;
    } catch (Throwable t) {
      throw new AssertionError(
          "mutant "
              + seed
              + " ("
              + mutant.how
              + ") threw "
              + t
              + " instead of an assessment"
              + " or an InvalidEvidenceException; the document:\n"
              + mutant.text(),
          t);
    }
    tally.assessed.incrementAndGet();
    List<String> broken = brokenRules(evidence);
    if (!broken.isEmpty()) {
      fail(
          "mutant %s (%s) was assessed although it breaks %s; the document:%n%s",
          seed, mutant.how, broken, mutant.text());
    }
    try {
      String written = EvidenceJson.write(evidence);
      Evidence back = EvidenceJson.read(written, SET);
      assertThat(back).as("evidence read back").isEqualTo(evidence);
      assertThat(SET.assess(back)).as("result of the evidence read back").isEqualTo(result);
    } catch (Throwable t) {
      throw new AssertionError(
          "mutant "
              + seed
              + " ("
              + mutant.how
              + ") assessed, but not the same after"
              + " EvidenceJson.write and read: "
              + t
              + "; the document:\n"
              + mutant.text(),
          t);
    }
  }

  private static final String[][] PARTS = {
    {"population.reached", "population.actual"},
    {"youth.reached", "youth.total"},
    {"students.reached", "students.total"},
    {"foreigners.reached", "foreigners.total"},
    {"migrants.reached", "migrants.total"},
    {"separated-users.found", "separated-users.total"},
    {"urine-test.persons-tested", "urine-test.persons-due"},
    {"urine-test.tests-done", "urine-test.tests-due"},
    {"users.abstinent-1y", "users.registered"},
    {"users.abstinent-3y", "users.abstinent-1y"},
    {"users.abstinent-3y", "users.registered"}
  };

  /** The rules of docs/spec/criteria.md "Invalid evidence" that evidence breaks, checked apart from the library. */
  private static List<String> brokenRules(Evidence evidence) {
    List<String> broken = new ArrayList<>();
    for (Map<MetricKey, Long> counts : List.of(evidence.counts(), evidence.previous())) {
      counts.forEach(
          (k, v) -> {
            if (v < 0) {
              broken.add("a negative count " + k);
            }
          });
      for (String[] part : PARTS) {
        Long p = counts.get(MetricKey.of(part[0]));
        Long w = counts.get(MetricKey.of(part[1]));
        if (p != null && w != null && p > w) {
          broken.add(part[0] + " above " + part[1]);
        }
      }
    }
    Long population = evidence.counts().get(MetricKey.of("population.actual"));
    if (population != null && population == 0) {
      broken.add("a population of 0");
    }
    // A plan may be adopted from 1 October of the year before the period's (the default set's
    // window for 年初).
    LocalDate planWindow = LocalDate.of(evidence.period().start().getYear() - 1, 10, 1);
    for (Event e : evidence.events().orElseGet(com.google.common.collect.ImmutableList::of)) {
      LocalDate earliest =
          e.type() == EventType.RESPONSIBILITY_LETTER
              ? LocalDate.MIN
              : e.type() == EventType.PREVENTION_PLAN ? planWindow : evidence.period().start();
      if (e.date().isAfter(evidence.period().end()) || e.date().isBefore(earliest)) {
        broken.add("an event outside the period: " + e);
      }
    }
    if (!evidence.vetoFindings().isEmpty()) {
      broken.add("a veto finding, though the default set has no veto rule");
    }
    Set<String> ids = SET.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
    evidence.attestations().keySet().stream()
        .filter(id -> !ids.contains(id))
        .forEach(id -> broken.add("an unknown criterion id " + id));
    Set<String> peers = new HashSet<>();
    for (Peer p : evidence.peers().orElseGet(com.google.common.collect.ImmutableList::of)) {
      if (!peers.add(p.unitId())
          || p.unitId().equals(evidence.unit().id())
          || p.population().isPresent() && p.population().getAsLong() < 1) {
        broken.add("a peer listed twice, the unit itself or of population 0: " + p.unitId());
      }
    }
    return broken;
  }

  @Test
  void mutantsOfTheSample_areAssessedOrRefused_neverAnotherException() {
    Tally tally = new Tally();
    AtomicInteger run = new AtomicInteger();
    qt().withExamples(SEEDS)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            drawn -> {
              // The run number keeps seeds distinct should QuickTheories draw one twice. Each
              // mutant has its own seed, printed on failure (mutate(new SplittableRandom(seed))
              // makes it again), so the mutants of a seed can be checked on both cores.
              long seed = drawn ^ (run.getAndIncrement() * GOLDEN);
              IntStream.range(0, MUTANTS_PER_SEED)
                  .parallel()
                  .forEach(
                      i -> {
                        long mutantSeed = seed + i * GOLDEN;
                        check(
                            mutate(new SplittableRandom(mutantSeed)), "seed " + mutantSeed, tally);
                      });
            });

    assertThat(tally.mutants.get()).isGreaterThanOrEqualTo(10_000);
    // Both ends are reached: the mutants are neither all refused nor all harmless.
    assertThat(tally.assessed.get()).as("mutants assessed").isGreaterThan(100);
    assertThat(tally.refused.get()).as("mutants refused").isGreaterThan(5_000);
  }

  @Test
  void theMutator_isDeterministicForASeed() {
    for (long seed = 0; seed < 20; seed++) {
      Mutant a = mutate(new SplittableRandom(seed));
      Mutant b = mutate(new SplittableRandom(seed));
      assertThat(a.bytes).isEqualTo(b.bytes);
      assertThat(a.how).isEqualTo(b.how);
    }
  }

  @Test
  void theIndependentCheck_canFail() {
    // Read without the set, a reached count above the population is evidence; the check must name
    // it.
    Evidence valid = EvidenceJson.read(SAMPLE, SET);
    Evidence invalid =
        EvidenceJson.read(
            SAMPLE.replace("\"population.reached\": 78950", "\"population.reached\": 90000"));
    assertThat(brokenRules(valid)).isEmpty();
    assertThat(brokenRules(invalid)).containsExactly("population.reached above population.actual");
  }
}
