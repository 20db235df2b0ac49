package io.github.jindu.json;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Outcome;
import io.github.jindu.Violation;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per class of bad input to {@code EvidenceJson.read(json, criteriaSet)}: each ends in an
 * {@link InvalidEvidenceException} whose violations name the exact JSON path and the rule broken, and nothing is
 * assessed. Each document is the sample town with one defect, so that the defect is the only violation.
 */
class BadDocumentTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final String SAMPLE = EvidenceJsonTest.resource("sample-town-2025.json");

  /** The sample with {@code target}, which must occur in it, replaced. */
  private static String sampleWith(String target, String replacement) {
    assertThat(SAMPLE).as("the sample holds the text to replace").contains(target);
    return SAMPLE.replace(target, replacement);
  }

  private static InvalidEvidenceException rejection(Supplier<Evidence> read) {
    Evidence evidence;
    try {
      evidence = read.get();
    } catch (InvalidEvidenceException e) {
      return e;
    }
    return fail("expected an InvalidEvidenceException, but the document was read as %s", evidence);
  }

  private static InvalidEvidenceException rejection(String json) {
    return rejection(() -> EvidenceJson.read(json, SET));
  }

  private static InvalidEvidenceException rejection(byte[] json) {
    return rejection(() -> EvidenceJson.read(new ByteArrayInputStream(json), SET));
  }

  /** The document is refused with exactly these violations, each {@code path: message}. */
  private static void assertViolations(InvalidEvidenceException e, String... lines) {
    assertThat(e.violations()).extracting(Violation::toString).containsExactly(lines);
    assertThat(e.getMessage()).contains(lines);
  }

  private static void assertRefused(String json, String... lines) {
    assertViolations(rejection(json), lines);
  }

  /** The first event of the sample is a prevention-plan of 2025-01-22. */
  private static String firstEventDated(String date) {
    return sampleWith("\"date\": \"2025-01-22\"", "\"date\": \"" + date + "\"");
  }

  /** Counts given in full, in a document with nothing else but the unit and the year 2025. */
  private static String minimalWithCounts(String counts) {
    return "{\"format\":\"evidence/1\","
        + "\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\",\"district\":\"310199\"},"
        + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
        + "\"counts\":{" + counts + "}}";
  }

  // ---- wrong JSON types ----

  static Stream<Arguments> countsOfTheWrongType() {
    return Stream.of(
        Arguments.of("\"84210\"", "must be a whole number, not the string \"84210\""),
        Arguments.of("1.5", "must be a whole number, written in digits without a fraction or an exponent, not 1.5"),
        Arguments.of("4.0", "must be a whole number, written in digits without a fraction or an exponent, not 4.0"),
        Arguments.of("1e400",
            "must be a whole number, written in digits without a fraction or an exponent, not 1E+400"),
        Arguments.of("true", "must be a whole number, not true"),
        Arguments.of("null", "must be a whole number, not null"),
        Arguments.of("[]", "must be a whole number, not an array"),
        Arguments.of("{}", "must be a whole number, not an object"));
  }

  @ParameterizedTest(name = "users.new: {0}")
  @MethodSource("countsOfTheWrongType")
  void countOfTheWrongJsonType_isRefusedAtItsKey(String value, String rule) {
    assertRefused(sampleWith("\"users.new\": 4,", "\"users.new\": " + value + ","),
        "$.counts[\"users.new\"]: " + rule);
  }

  @ParameterizedTest(name = "met: {0}")
  @ValueSource(strings = {"\"true\"", "1", "null", "[true]"})
  void attestationMetThatIsNotABoolean_isRefused(String value) {
    InvalidEvidenceException e = rejection(sampleWith("\"met\": false", "\"met\": " + value));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.attestations[\"distinction.recognition\"].met");
      assertThat(v.message()).startsWith("must be true or false, not ");
    });
  }

  // ---- numbers ----

  @Test
  void countBeyondLong_isRefusedAtItsKey() {
    assertRefused(sampleWith("\"hotspots\": 0", "\"hotspots\": 9223372036854775808"),
        "$.counts[\"hotspots\"]: 9223372036854775808 is out of range: a count must fit a 64-bit signed integer"
            + " (at most 9223372036854775807)");
    assertRefused(sampleWith("\"hotspots\": 0", "\"hotspots\": -9223372036854775809"),
        "$.counts[\"hotspots\"]: -9223372036854775809 is out of range: a count must fit a 64-bit signed integer"
            + " (at most 9223372036854775807)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e2147483648", "1e-2147483648", "-1E2147483648"})
  void numberWithAHugeExponent_isRefusedAtItsKey(String number) {
    assertRefused(sampleWith("\"hotspots\": 0", "\"hotspots\": " + number),
        "$.counts[\"hotspots\"]: " + number + " is out of range: its exponent is beyond any number a count can be"
            + " (a count is a whole number of at most 9223372036854775807)");
  }

  @Test
  void numberWithAHugeExponentInAnEvent_isRefusedAtItsPath() {
    assertRefused(sampleWith("\"type\": \"training\"", "\"type\": 1e2147483648"),
        "$.events[22].type: 1e2147483648 is out of range: its exponent is beyond any number a count can be"
            + " (a count is a whole number of at most 9223372036854775807)");
  }

  @Test
  void numberOfMoreThanAHundredDigits_isRefusedAsBeyondALimit() {
    assertRefused(sampleWith("\"hotspots\": 0", "\"hotspots\": " + "9".repeat(101)),
        "$: the document is beyond a limit: Number value length (101) exceeds the maximum allowed (100)");
    assertRefused(sampleWith("\"hotspots\": 0", "\"hotspots\": " + "9".repeat(100)),
        "$.counts[\"hotspots\"]: " + "9".repeat(100) + " is out of range: a count must fit a 64-bit signed integer"
            + " (at most 9223372036854775807)");
  }

  // ---- duplicate keys ----

  @Test
  void duplicateKeyAtTheTop_isRefusedAtItsPath() {
    InvalidEvidenceException e =
        rejection(sampleWith("\"format\": \"evidence/1\",", "\"format\": \"evidence/1\", \"format\": \"evidence/1\","));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.format");
      assertThat(v.message()).matches("not well-formed JSON at line 2, column \\d+: Duplicate field 'format'");
    });
  }

  @Test
  void duplicateKeyInCounts_isRefusedAtItsPath() {
    InvalidEvidenceException e = rejection(sampleWith("\"users.new\": 4,", "\"users.new\": 4, \"users.new\": 5,"));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.counts[\"users.new\"]");
      assertThat(v.message()).matches("not well-formed JSON at line 32, column \\d+: Duplicate field 'users.new'");
    });
  }

  @Test
  void duplicateKeyInAnEvent_isRefusedAtItsPath() {
    InvalidEvidenceException e = rejection(firstEventDated("2025-01-22\", \"date\": \"2025-01-23"));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.events[0].date");
      assertThat(v.message()).matches("not well-formed JSON at line 124, column \\d+: Duplicate field 'date'");
    });
  }

  // ---- unknown fields and names ----

  static Stream<Arguments> unknownFields() {
    return Stream.of(
        Arguments.of("top", "\"format\": \"evidence/1\",", "\"format\": \"evidence/1\", \"extra\": 1,",
            "$.extra: unknown field \"extra\" (allowed: format, unit, period, counts, previous, subunits, events,"
                + " attestations, vetoes, peers)"),
        Arguments.of("unit", "\"district\": \"310199\"", "\"district\": \"310199\", \"extra\": 1",
            "$.unit.extra: unknown field \"extra\" (allowed: id, name, kind, district)"),
        Arguments.of("period", "\"end\": \"2025-12-31\"", "\"end\": \"2025-12-31\", \"extra\": 1",
            "$.period.extra: unknown field \"extra\" (allowed: start, end)"),
        Arguments.of("event", "\"type\": \"training\"", "\"type\": \"training\", \"extra\": 1",
            "$.events[22].extra: unknown field \"extra\" (allowed: type, date, settings, subunit)"),
        Arguments.of("attestation", "\"met\": false", "\"met\": false, \"extra\": 1",
            "$.attestations[\"distinction.recognition\"].extra: unknown field \"extra\" (allowed: met, reference)"),
        Arguments.of("veto", "\"vetoes\": []",
            "\"vetoes\": [{\"id\": \"veto.leadership-failure\", \"reference\": \"区综治委通报\", \"extra\": 1}]",
            "$.vetoes[0].extra: unknown field \"extra\" (allowed: id, reference)"),
        Arguments.of("peer", "\"cases\": 11", "\"cases\": 11, \"extra\": 1",
            "$.peers[1].extra: unknown field \"extra\" (allowed: unit, population, cases)"),
        Arguments.of("subunit", "\"kind\": \"school\"", "\"kind\": \"school\", \"extra\": 1",
            "$.subunits[13].extra: unknown field \"extra\" (allowed: id, name, kind, district)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownFields")
  void unknownField_isRefusedAtEveryLevel(String level, String target, String replacement, String line) {
    assertRefused(sampleWith(target, replacement), line);
  }

  @Test
  void unknownEventType_isRefused() {
    assertRefused(sampleWith("\"type\": \"training\"", "\"type\": \"party\""),
        "$.events[22].type: unknown event type \"party\" (known: prevention-plan, prevention-activity,"
            + " prevention-campaign, inspection, situation-analysis, training, responsibility-letter)");
  }

  @Test
  void unknownUnitKind_isRefused() {
    assertRefused(sampleWith("\"kind\": \"town\"", "\"kind\": \"city\""),
        "$.unit.kind: unknown unit kind \"city\" (known: town, street, village, residents-committee, company,"
            + " school, family)");
  }

  @Test
  void unknownSetting_isRefused() {
    assertRefused(sampleWith("\"rural\"\n      ]\n    },\n    {\n      \"type\": \"prevention-activity\",\n"
            + "      \"date\": \"2025-07-15\",\n      \"settings\": [\n        \"rural\"",
        "\"rural\"\n      ]\n    },\n    {\n      \"type\": \"prevention-activity\",\n"
            + "      \"date\": \"2025-07-15\",\n      \"settings\": [\n        \"church\""),
        "$.events[7].settings[0]: unknown setting \"church\" (known: community, workplace, school, venue, building,"
            + " rural, family)");
  }

  // ---- dates and the period ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31"})
  void impossibleDate_isRefused(String date) {
    assertRefused(firstEventDated(date),
        "$.events[0].date: \"" + date + "\" is not a valid date in the form yyyy-mm-dd");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"20250101", "2025-1-1", "+002025-01-01", "-2025-01-01", "2025-01-01T00:00", "2025/01/22",
      " 2025-01-22", "２０２５-01-22"})
  void dateNotWrittenYyyyMmDd_isRefused(String date) {
    assertRefused(firstEventDated(date), "$.events[0].date: \"" + date + "\" is not a date in the form yyyy-mm-dd");
  }

  @Test
  void dateThatIsNotAString_isRefused() {
    assertRefused(sampleWith("\"start\": \"2025-01-01\"", "\"start\": 20250101"),
        "$.period.start: must be a string, not the number 20250101");
  }

  @Test
  void periodEndingBeforeItStarts_isRefused() {
    assertRefused(sampleWith("\"end\": \"2025-12-31\"", "\"end\": \"2024-12-31\""),
        "$.period.end: the period's end 2024-12-31 is before its start 2025-01-01");
  }

  // ---- attestations ----

  @Test
  void attestationWithoutAReference_isRefused() {
    assertRefused(sampleWith("\"met\": false,\n      \"reference\": \"无\"", "\"met\": false"),
        "$.attestations[\"distinction.recognition\"].reference: is required");
  }

  @ParameterizedTest(name = "reference \"{0}\"")
  @ValueSource(strings = {"", " ", "\\u00a0", "\\u3000\\u200b", "\\t"})
  void attestationWithABlankReference_isRefused(String reference) {
    assertRefused(sampleWith("\"reference\": \"无\"", "\"reference\": \"" + reference + "\""),
        "$.attestations[\"distinction.recognition\"].reference: must not be blank");
  }

  // ---- the document as a whole ----

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", " \n\t\r\n "})
  void emptyOrWhiteSpaceDocument_isRefused(String json) {
    assertRefused(json, "$: the document is empty");
    assertViolations(rejection(json.getBytes(UTF_8)), "$: the document is empty");
  }

  @Test
  void byteOrderMarkAlone_isAnEmptyDocument() {
    assertViolations(rejection(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "$: the document is empty");
  }

  @Test
  void rootThatIsNotAnObject_isRefused() {
    assertRefused("[]", "$: must be a JSON object, not an array");
    assertRefused("\"evidence/1\"", "$: must be a JSON object, not the string \"evidence/1\"");
    assertRefused("84210", "$: must be a JSON object, not the number 84210");
    assertRefused("null", "$: must be a JSON object, not null");
  }

  @Test
  void trailingContent_isRefused() {
    InvalidEvidenceException e = rejection(SAMPLE + "{}");
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.message()).matches("not well-formed JSON at line 464, column \\d+: Trailing token \\(of type"
          + " START_OBJECT\\) found after value: only one JSON value is allowed in a document");
    });
    assertThat(rejection(SAMPLE + "x").violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.message()).startsWith("not well-formed JSON at line 464, column 2: Unrecognized token 'x'");
    });
  }

  @Test
  void truncatedDocument_isRefusedWhereItStops() {
    InvalidEvidenceException e = rejection(SAMPLE.substring(0, SAMPLE.indexOf("\"users.new\"") + 8));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.message()).startsWith("not well-formed JSON at line 32, column ");
    });
  }

  // ---- encoding ----

  @Test
  void byteOrderMark_isAccepted_asTheSameEvidence() {
    Evidence plain = EvidenceJson.read(SAMPLE, SET);
    byte[] body = SAMPLE.getBytes(UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertThat(EvidenceJson.read(new ByteArrayInputStream(withBom), SET)).isEqualTo(plain);
    assertThat(EvidenceJson.read("\uFEFF" + SAMPLE, SET)).isEqualTo(plain);
    assertThat(SET.assess(EvidenceJson.read("\uFEFF" + SAMPLE, SET))).isEqualTo(SET.assess(plain));
  }

  static Stream<Arguments> invalidUtf8() {
    return Stream.of(
        Arguments.of("a lone 0xFF", new byte[] {(byte) 0xFF}),
        Arguments.of("a continuation byte alone", new byte[] {(byte) 0x80}),
        Arguments.of("a 3-byte sequence cut short", new byte[] {(byte) 0xE4, (byte) 0xB8}),
        Arguments.of("an overlong '/'", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Arguments.of("an encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("Latin-1 é", new byte[] {(byte) 0xE9}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8")
  void invalidUtf8_isRefusedWithItsByteOffset(String what, byte[] bad) {
    byte[] sample = SAMPLE.getBytes(UTF_8);
    int at = SAMPLE.indexOf("东沙镇");
    byte[] json = new byte[sample.length + bad.length];
    System.arraycopy(sample, 0, json, 0, at);
    System.arraycopy(bad, 0, json, at, bad.length);
    System.arraycopy(sample, at, json, at + bad.length, sample.length - at);

    assertViolations(rejection(json),
        "$: the document is not valid UTF-8: malformed byte sequence at byte offset " + at);
  }

  static Stream<Arguments> utf16() {
    byte[] be = SAMPLE.getBytes(UTF_16BE);
    byte[] le = SAMPLE.getBytes(UTF_16LE);
    return Stream.of(
        Arguments.of("UTF-16BE with its byte-order mark", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be)),
        Arguments.of("UTF-16LE with its byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)),
        Arguments.of("UTF-16BE without", be),
        Arguments.of("UTF-16LE without", le));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("utf16")
  void utf16_isRefused_askingForUtf8(String what, byte[] json) {
    assertViolations(rejection(json), "$: the document is not UTF-8 but UTF-16 or UTF-32 (it starts with a"
        + " byte-order mark FE FF or FF FE, or with a zero byte): save it as UTF-8");
  }

  // ---- absurd sizes, refused early ----

  /** An endless stream of spaces after a '{': it would fill any memory if read to its end. */
  private static final class EndlessDocument extends InputStream {
    long served;

    @Override
    public int read() {
      return served++ == 0 ? '{' : ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      if (served == 0 && length > 0) {
        buffer[offset] = '{';
      }
      served += length;
      return length;
    }
  }

  @Test
  void documentOver16MiB_isRefusedAfterReadingOneBytePastTheLimit() {
    EndlessDocument endless = new EndlessDocument();

    assertViolations(rejection(() -> EvidenceJson.read(endless, SET)),
        "$: the document is larger than the limit of 16777216 bytes");
    assertThat(endless.served).isEqualTo(EvidenceJson.MAX_DOCUMENT_BYTES + 1L);
  }

  @Test
  void documentOfExactly16MiB_isReadToTheEnd() {
    byte[] sample = SAMPLE.getBytes(UTF_8);
    InputStream padded = new java.io.SequenceInputStream(new ByteArrayInputStream(sample), new InputStream() {
      long left = EvidenceJson.MAX_DOCUMENT_BYTES - sample.length;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        left -= n;
        return n;
      }
    });

    assertThat(EvidenceJson.read(padded, SET)).isEqualTo(EvidenceJson.read(SAMPLE, SET));
  }

  @Test
  void nesting10000Deep_isRefusedAsBeyondALimit() {
    assertRefused(sampleWith("\"vetoes\": []", "\"vetoes\": " + "[".repeat(10_000) + "]".repeat(10_000)),
        "$: the document is beyond a limit: Document nesting depth (65) exceeds the maximum allowed (64)");
    assertRefused("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
        "$: the document is beyond a limit: Document nesting depth (65) exceeds the maximum allowed (64)");
  }

  @Test
  void stringOf2MiB_isRefusedAsBeyondALimit() {
    InvalidEvidenceException e =
        rejection(sampleWith("\"name\": \"东沙镇\"", "\"name\": \"" + "镇".repeat(2 * 1024 * 1024) + "\""));
    // The parser stops as soon as the string passes the limit, so the length it gives is where it stopped.
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.message()).matches("the document is beyond a limit: String value length \\(\\d+\\) exceeds the"
          + " maximum allowed \\(1048576\\)");
      assertThat(lengthIn(v.message())).isGreaterThan(1024 * 1024);
    });
  }

  private static long lengthIn(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("length \\(([0-9]+)\\)").matcher(message);
    assertThat(m.find()).as("a length in %s", message).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void moreThan500000Tokens_isRefusedAsBeyondALimit() {
    StringBuilder json = new StringBuilder(SAMPLE.substring(0, SAMPLE.lastIndexOf('}'))).append(", \"extra\": [0");
    for (int i = 1; i < 500_000; i++) {
      json.append(",0");
    }
    assertRefused(json.append("]}").toString(),
        "$: the document is beyond a limit: Token count (500001) exceeds the maximum allowed (500000)");
  }

  // ---- many violations ----

  @Test
  void moreThanAThousandViolations_areCapped_theLastCountingTheRest() {
    String parties = Stream.generate(() -> "{\"type\": \"party\", \"date\": \"2025-05-01\"}")
        .limit(1500).collect(Collectors.joining(", ", "\"events\": [", "], \"attestations\""));
    String json = sampleWith("\"hotspots\": 0", "\"hotspots\": -1")
        .replaceFirst("(?s)\"events\": \\[.*\\],\\s*\"attestations\"", parties);

    InvalidEvidenceException e = rejection(json);

    List<Violation> violations = e.violations();
    assertThat(violations).hasSize(InvalidEvidenceException.MAX_LISTED);
    assertThat(violations.get(0).toString()).startsWith("$.events[0].type: unknown event type \"party\"");
    assertThat(violations.get(998).path()).isEqualTo("$.events[998].type");
    // 1,500 unknown types and one negative count: 999 listed, 502 counted.
    assertThat(violations.get(999).toString()).isEqualTo("$: 502 more violations are not listed");
    Set<String> paths = new HashSet<>();
    violations.forEach(v -> paths.add(v.path()));
    assertThat(paths).hasSize(1000);
    assertThat(e.getMessage()).startsWith("invalid evidence (1000 violations)\n");
  }

  @Test
  void moreThanAThousandViolationsOfTheEvidenceItself_areCapped() {
    String negatives = Stream.iterate(0, i -> i + 1).limit(1200).map(i -> "\"m" + i + "\": -1")
        .collect(Collectors.joining(", "));

    InvalidEvidenceException e = rejection(minimalWithCounts(negatives));

    assertThat(e.violations()).hasSize(InvalidEvidenceException.MAX_LISTED);
    assertThat(e.violations().get(0).toString()).isEqualTo("$.counts[\"m0\"]: m0 (-1) must not be negative");
    assertThat(e.violations().get(999).path()).isEqualTo("$");
    assertThat(e.violations().get(999).message()).matches("[0-9]+ more violations are not listed");
  }

  // ---- extreme counts compare exactly ----

  @Test
  void reachedOneBelowLongMax_ofLongMax_isMetForTheNinetyPercentBar() {
    long max = Long.MAX_VALUE;
    AssessmentResult result = SET.assess(EvidenceJson.read(minimalWithCounts(
        "\"population.actual\": " + max + ", \"population.reached\": " + (max - 1)), SET));

    assertThat(result.criterion("prevention.population-coverage").orElseThrow().outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void newUsersOfLongMax_inAPopulationOfLongMax_isNotMetForTheRate() {
    long max = Long.MAX_VALUE;
    AssessmentResult result = SET.assess(EvidenceJson.read(minimalWithCounts(
        "\"population.actual\": " + max + ", \"users.new\": " + max), SET));

    assertThat(result.criterion("results.new-user-rate").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void newUsersJustAtTheBar_ofAPopulationNearLongMax_isMet() {
    // 0.5 per 10,000 of 9223372036854775800 is exactly 461168601842738.79: 461168601842738 is within the bar,
    // one more is above it.
    long population = 9_223_372_036_854_775_800L;
    String met = minimalWithCounts("\"population.actual\": " + population + ", \"users.new\": 461168601842738");
    String notMet = minimalWithCounts("\"population.actual\": " + population + ", \"users.new\": 461168601842739");

    assertThat(SET.assess(EvidenceJson.read(met, SET)).criterion("results.new-user-rate").orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
    assertThat(SET.assess(EvidenceJson.read(notMet, SET)).criterion("results.new-user-rate").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  private static Outcome caseRateLowest(String peers) {
    long max = Long.MAX_VALUE;
    String json = minimalWithCounts("\"population.actual\": " + max + ", \"cases.drug-related\": " + (max - 1));
    json = json.substring(0, json.length() - 1) + ", \"peers\": [" + peers + "]}";
    return SET.assess(EvidenceJson.read(json, SET)).criterion("results.case-rate-lowest").orElseThrow().outcome();
  }

  @Test
  void peersWithPopulationsNearLongMax_tieExactly() {
    long max = Long.MAX_VALUE;
    // The unit: (max - 1) / max. A peer at exactly the same rate ties, and a tie is lowest.
    assertThat(caseRateLowest("{\"unit\": \"p\", \"population\": " + max + ", \"cases\": " + (max - 1) + "}"))
        .isEqualTo(Outcome.MET);
    // (max - 2) / (max - 1) is lower than (max - 1) / max by about 1e-37: no double tells them apart.
    assertThat(caseRateLowest("{\"unit\": \"p\", \"population\": " + (max - 1) + ", \"cases\": " + (max - 2) + "}"))
        .isEqualTo(Outcome.NOT_MET);
    // max / max is higher.
    assertThat(caseRateLowest("{\"unit\": \"p\", \"population\": " + max + ", \"cases\": " + max + "}"))
        .isEqualTo(Outcome.MET);
  }
}
