package io.github.jindu.json;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
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
 * {@link InvalidEvidenceException} whose violations name the exact JSON path ({@link JsonPaths#of}), the rule code
 * and the offending values, and nothing is assessed. (The sentences a person reads are pinned in the report module's
 * ViolationsTest and in the command line's tests.) Each document is the sample town with one defect, so that the defect is the only violation.
 */
class BadDocumentTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final String SAMPLE = EvidenceJsonTest.resource("sample-town-2025.json");
  private static final String MAX = "9223372036854775807";

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

  /** {@return a violation as {@code path code [values]}, as {@link #at} writes an expected one} */
  static String line(Violation v) {
    return JsonPaths.of(v.location()) + " " + v.code().code() + " " + v.values();
  }

  /** {@return an expected violation: its JSON path, its rule and its values} */
  static String at(String path, RuleCode code, Object... values) {
    return path
        + " "
        + code.code()
        + " "
        + Arrays.stream(values).map(String::valueOf).collect(Collectors.toList());
  }

  /** The document is refused with exactly these violations, each written by {@link #at}. */
  private static void assertViolations(InvalidEvidenceException e, String... lines) {
    assertThat(e.violations()).extracting(BadDocumentTest::line).containsExactly(lines);
    for (Violation v : e.violations()) {
      assertThat(e.getMessage()).contains(v.code().code());
    }
  }

  private static void assertRefused(String json, String... lines) {
    assertViolations(rejection(json), lines);
  }

  /** The first event of the sample is a prevention-plan of 2024-12-26. */
  private static String firstEventDated(String date) {
    return sampleWith("\"date\": \"2024-12-26\"", "\"date\": \"" + date + "\"");
  }

  /** Counts given in full, in a document with nothing else but the unit and the year 2025. */
  private static String minimalWithCounts(String counts) {
    return "{\"format\":\"evidence/1\","
        + "\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\",\"district\":\"310199\"},"
        + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
        + "\"counts\":{"
        + counts
        + "}}";
  }

  // ---- wrong JSON types ----

  static Stream<Arguments> countsOfTheWrongType() {
    return Stream.of(
        Arguments.of("\"84210\"", RuleCode.TYPE_NOT_WHOLE_NUMBER, "\"84210\""),
        Arguments.of("1.5", RuleCode.NUMBER_NOT_WHOLE, "1.5"),
        Arguments.of("4.0", RuleCode.NUMBER_NOT_WHOLE, "4.0"),
        Arguments.of("1e400", RuleCode.NUMBER_NOT_WHOLE, "1E+400"),
        Arguments.of("true", RuleCode.TYPE_NOT_WHOLE_NUMBER, "true"),
        Arguments.of("null", RuleCode.TYPE_NOT_WHOLE_NUMBER, "null"),
        Arguments.of("[]", RuleCode.TYPE_NOT_WHOLE_NUMBER, "[\u2026]"),
        Arguments.of("{}", RuleCode.TYPE_NOT_WHOLE_NUMBER, "{\u2026}"));
  }

  @ParameterizedTest(name = "users.new: {0}")
  @MethodSource("countsOfTheWrongType")
  void countOfTheWrongJsonType_isRefusedAtItsKey(String value, RuleCode rule, String written) {
    assertRefused(
        sampleWith("\"users.new\": 4,", "\"users.new\": " + value + ","),
        at("$.counts[\"users.new\"]", rule, written));
  }

  @ParameterizedTest(name = "met: {0}")
  @ValueSource(strings = {"\"true\"", "1", "null", "[true]"})
  void attestationMetThatIsNotABoolean_isRefused(String value) {
    InvalidEvidenceException e = rejection(sampleWith("\"met\": false", "\"met\": " + value));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(JsonPaths.of(v.location()))
                  .isEqualTo("$.attestations[\"distinction.recognition\"].met");
              assertThat(v.code()).isEqualTo(RuleCode.TYPE_NOT_BOOLEAN);
              assertThat(v.values()).containsExactly(value.equals("[true]") ? "[\u2026]" : value);
            });
  }

  // ---- numbers ----

  @Test
  void countBeyondLong_isRefusedAtItsKey() {
    assertRefused(
        sampleWith("\"hotspots\": 0", "\"hotspots\": 9223372036854775808"),
        at("$.counts[\"hotspots\"]", RuleCode.NUMBER_OUT_OF_RANGE, "9223372036854775808", MAX));
    assertRefused(
        sampleWith("\"hotspots\": 0", "\"hotspots\": -9223372036854775809"),
        at("$.counts[\"hotspots\"]", RuleCode.NUMBER_OUT_OF_RANGE, "-9223372036854775809", MAX));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e2147483648", "1e-2147483648", "-1E2147483648"})
  void numberWithAHugeExponent_isRefusedAtItsKey(String number) {
    assertRefused(
        sampleWith("\"hotspots\": 0", "\"hotspots\": " + number),
        at("$.counts[\"hotspots\"]", RuleCode.NUMBER_EXPONENT_OUT_OF_RANGE, number, MAX));
  }

  @Test
  void numberWithAHugeExponentInAnEvent_isRefusedAtItsPath() {
    assertRefused(
        sampleWith("\"type\": \"training\"", "\"type\": 1e2147483648"),
        at("$.events[21].type", RuleCode.NUMBER_EXPONENT_OUT_OF_RANGE, "1e2147483648", MAX));
  }

  @Test
  void numberOfMoreThanAHundredDigits_isRefusedAsBeyondALimit() {
    assertRefused(
        sampleWith("\"hotspots\": 0", "\"hotspots\": " + "9".repeat(101)),
        at("$", RuleCode.LIMIT_NUMBER, 101, 100));
    assertRefused(
        sampleWith("\"hotspots\": 0", "\"hotspots\": " + "9".repeat(100)),
        at("$.counts[\"hotspots\"]", RuleCode.NUMBER_OUT_OF_RANGE, "9".repeat(40) + "…", MAX));
  }

  // ---- duplicate keys ----

  @Test
  void duplicateKeyAtTheTop_isRefusedAtItsPath() {
    InvalidEvidenceException e =
        rejection(
            sampleWith(
                "\"format\": \"evidence/1\",",
                "\"format\": \"evidence/1\", \"format\": \"evidence/1\","));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.format");
              assertThat(v.code()).isEqualTo(RuleCode.JSON_DUPLICATE_KEY);
              assertThat(v.values()).hasSize(3).startsWith("2").endsWith("format");
            });
  }

  @Test
  void duplicateKeyInCounts_isRefusedAtItsPath() {
    InvalidEvidenceException e =
        rejection(sampleWith("\"users.new\": 4,", "\"users.new\": 4, \"users.new\": 5,"));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.counts[\"users.new\"]");
              assertThat(v.code()).isEqualTo(RuleCode.JSON_DUPLICATE_KEY);
              assertThat(v.values()).hasSize(3).startsWith("32").endsWith("users.new");
            });
  }

  @Test
  void duplicateKeyInAnEvent_isRefusedAtItsPath() {
    InvalidEvidenceException e = rejection(firstEventDated("2024-12-26\", \"date\": \"2024-12-27"));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.events[0].date");
              assertThat(v.code()).isEqualTo(RuleCode.JSON_DUPLICATE_KEY);
              assertThat(v.values()).hasSize(3).startsWith("129").endsWith("date");
            });
  }

  // ---- unknown fields and names ----

  static Stream<Arguments> unknownFields() {
    return Stream.of(
        Arguments.of(
            "top",
            "\"format\": \"evidence/1\",",
            "\"format\": \"evidence/1\", \"extra\": 1,",
            at(
                "$.extra",
                RuleCode.MEMBER_UNKNOWN,
                "extra",
                "format, unit, period, counts, previous, subunits, events, attestations, vetoes, peers,"
                    + " samples")),
        Arguments.of(
            "unit",
            "\"district\": \"310199\"",
            "\"district\": \"310199\", \"extra\": 1",
            at("$.unit.extra", RuleCode.MEMBER_UNKNOWN, "extra", "id, name, kind, district")),
        Arguments.of(
            "period",
            "\"end\": \"2025-12-31\"",
            "\"end\": \"2025-12-31\", \"extra\": 1",
            at("$.period.extra", RuleCode.MEMBER_UNKNOWN, "extra", "start, end")),
        Arguments.of(
            "event",
            "\"type\": \"training\"",
            "\"type\": \"training\", \"extra\": 1",
            at(
                "$.events[21].extra",
                RuleCode.MEMBER_UNKNOWN,
                "extra",
                "type, date, settings, subunit")),
        Arguments.of(
            "attestation",
            "\"met\": false",
            "\"met\": false, \"extra\": 1",
            at(
                "$.attestations[\"distinction.recognition\"].extra",
                RuleCode.MEMBER_UNKNOWN,
                "extra",
                "met, reference")),
        Arguments.of(
            "veto",
            "\"vetoes\": []",
            "\"vetoes\": [{\"id\": \"veto.leadership-failure\", \"reference\": \"区综治委通报\", \"extra\": 1}]",
            at("$.vetoes[0].extra", RuleCode.MEMBER_UNKNOWN, "extra", "id, reference")
                + "\n"
                // The default set has no veto rule, so a finding is refused as well.
                + at("$.vetoes", RuleCode.VETO_NO_RULES, "municipal-model-community", 1)),
        Arguments.of(
            "peer",
            "\"cases\": 11",
            "\"cases\": 11, \"extra\": 1",
            at(
                "$.peers[1].extra",
                RuleCode.MEMBER_UNKNOWN,
                "extra",
                "unit, population, cases, counts")),
        Arguments.of(
            "subunit",
            "\"kind\": \"school\"",
            "\"kind\": \"school\", \"extra\": 1",
            at(
                "$.subunits[13].extra",
                RuleCode.MEMBER_UNKNOWN,
                "extra",
                "id, name, kind, district")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownFields")
  void unknownField_isRefusedAtEveryLevel(
      String level, String target, String replacement, String lines) {
    assertRefused(sampleWith(target, replacement), lines.split("\n"));
  }

  @Test
  void unknownEventType_isRefused() {
    assertRefused(
        sampleWith("\"type\": \"training\"", "\"type\": \"party\""),
        at(
            "$.events[21].type",
            RuleCode.EVENT_TYPE_UNKNOWN,
            "party",
            "prevention-plan, prevention-activity,"
                + " prevention-campaign, inspection, situation-analysis, training, responsibility-letter"));
  }

  @Test
  void unknownUnitKind_isRefused() {
    assertRefused(
        sampleWith("\"kind\": \"town\"", "\"kind\": \"city\""),
        at(
            "$.unit.kind",
            RuleCode.UNIT_KIND_UNKNOWN,
            "city",
            "town, street, village, residents-committee, company, school, family"));
  }

  @Test
  void unknownSetting_isRefused() {
    assertRefused(
        sampleWith(
            "\"workplace\"\n      ]\n    },\n    {\n      \"type\": \"prevention-activity\",\n"
                + "      \"date\": \"2025-07-15\",\n      \"settings\": [\n        \"rural\"",
            "\"workplace\"\n      ]\n    },\n    {\n      \"type\": \"prevention-activity\",\n"
                + "      \"date\": \"2025-07-15\",\n      \"settings\": [\n        \"church\""),
        at(
            "$.events[6].settings[0]",
            RuleCode.SETTING_UNKNOWN,
            "church",
            "community, workplace, school, venue, building, rural, family"));
  }

  // ---- dates and the period ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31"})
  void impossibleDate_isRefused(String date) {
    assertRefused(firstEventDated(date), at("$.events[0].date", RuleCode.DATE_INVALID, date));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "20250101",
        "2025-1-1",
        "+002025-01-01",
        "-2025-01-01",
        "2025-01-01T00:00",
        "2025/01/22",
        " 2025-01-22",
        "２０２５-01-22"
      })
  void dateNotWrittenYyyyMmDd_isRefused(String date) {
    assertRefused(firstEventDated(date), at("$.events[0].date", RuleCode.DATE_FORM, date));
  }

  @Test
  void dateThatIsNotAString_isRefused() {
    assertRefused(
        sampleWith("\"start\": \"2025-01-01\"", "\"start\": 20250101"),
        at("$.period.start", RuleCode.TYPE_NOT_STRING, "20250101"));
  }

  @Test
  void periodEndingBeforeItStarts_isRefused() {
    assertRefused(
        sampleWith("\"end\": \"2025-12-31\"", "\"end\": \"2024-12-31\""),
        at("$.period.end", RuleCode.PERIOD_END_BEFORE_START, "2024-12-31", "2025-01-01"));
  }

  // ---- attestations ----

  @Test
  void attestationWithoutAReference_isRefused() {
    assertRefused(
        sampleWith("\"met\": false,\n      \"reference\": \"无\"", "\"met\": false"),
        at("$.attestations[\"distinction.recognition\"].reference", RuleCode.MEMBER_REQUIRED));
  }

  @ParameterizedTest(name = "reference \"{0}\"")
  @ValueSource(strings = {"", " ", "\\u00a0", "\\u3000\\u200b", "\\t"})
  void attestationWithABlankReference_isRefused(String reference) {
    assertRefused(
        sampleWith("\"reference\": \"无\"", "\"reference\": \"" + reference + "\""),
        at("$.attestations[\"distinction.recognition\"].reference", RuleCode.TEXT_BLANK));
  }

  // ---- the document as a whole ----

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", " \n\t\r\n "})
  void emptyOrWhiteSpaceDocument_isRefused(String json) {
    assertRefused(json, at("$", RuleCode.DOCUMENT_EMPTY));
    assertViolations(rejection(json.getBytes(UTF_8)), at("$", RuleCode.DOCUMENT_EMPTY));
  }

  @Test
  void byteOrderMarkAlone_isAnEmptyDocument() {
    assertViolations(
        rejection(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        at("$", RuleCode.DOCUMENT_EMPTY));
  }

  @Test
  void rootThatIsNotAnObject_isRefused() {
    assertRefused("[]", at("$", RuleCode.TYPE_NOT_OBJECT, "[\u2026]"));
    assertRefused("\"evidence/1\"", at("$", RuleCode.TYPE_NOT_OBJECT, "\"evidence/1\""));
    assertRefused("84210", at("$", RuleCode.TYPE_NOT_OBJECT, "84210"));
    assertRefused("null", at("$", RuleCode.TYPE_NOT_OBJECT, "null"));
  }

  @Test
  void trailingContent_isRefused() {
    InvalidEvidenceException e = rejection(SAMPLE + "{}");
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.location().isWholeDocument()).isTrue();
              assertThat(v.code()).isEqualTo(RuleCode.JSON_TRAILING);
              assertThat(v.values()).hasSize(2).startsWith("463");
            });
    assertThat(rejection(SAMPLE + "x").violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.location().isWholeDocument()).isTrue();
              assertThat(v.code()).isEqualTo(RuleCode.JSON_SYNTAX);
              assertThat(v.values()).hasSize(3).startsWith("463", "2");
              assertThat(v.values().get(2)).startsWith("Unrecognized token 'x'");
            });
  }

  @Test
  void truncatedDocument_isRefusedWhereItStops() {
    InvalidEvidenceException e =
        rejection(SAMPLE.substring(0, SAMPLE.indexOf("\"users.new\"") + 8));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.location().isWholeDocument()).isTrue();
              assertThat(v.code()).isEqualTo(RuleCode.JSON_SYNTAX);
              assertThat(v.values()).hasSize(3).startsWith("32");
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

    assertViolations(rejection(json), at("$", RuleCode.DOCUMENT_NOT_UTF8, at));
  }

  static Stream<Arguments> utf16() {
    byte[] be = SAMPLE.getBytes(UTF_16BE);
    byte[] le = SAMPLE.getBytes(UTF_16LE);
    return Stream.of(
        Arguments.of(
            "UTF-16BE with its byte-order mark", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be)),
        Arguments.of(
            "UTF-16LE with its byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)),
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
    assertViolations(rejection(json), at("$", RuleCode.DOCUMENT_UTF16));
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

    assertViolations(
        rejection(() -> EvidenceJson.read(endless, SET)),
        at("$", RuleCode.DOCUMENT_TOO_LARGE, 16777216));
    assertThat(endless.served).isEqualTo(EvidenceJson.MAX_DOCUMENT_BYTES + 1L);
  }

  @Test
  void documentOfExactly16MiB_isReadToTheEnd() {
    byte[] sample = SAMPLE.getBytes(UTF_8);
    InputStream padded =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(sample),
            new InputStream() {
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
    assertRefused(
        sampleWith("\"vetoes\": []", "\"vetoes\": " + "[".repeat(10_000) + "]".repeat(10_000)),
        at("$", RuleCode.LIMIT_NESTING, 65, 64));
    assertRefused(
        "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
        at("$", RuleCode.LIMIT_NESTING, 65, 64));
  }

  @Test
  void stringOf2MiB_isRefusedAsBeyondALimit() {
    InvalidEvidenceException e =
        rejection(
            sampleWith("\"name\": \"东沙镇\"", "\"name\": \"" + "镇".repeat(2 * 1024 * 1024) + "\""));
    // The parser stops as soon as the string passes the limit, so the length it gives is where it
    // stopped.
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.location().isWholeDocument()).isTrue();
              assertThat(v.code()).isEqualTo(RuleCode.LIMIT_STRING);
              assertThat(v.values()).hasSize(2).endsWith("1048576");
              assertThat(Long.parseLong(v.values().get(0))).isGreaterThan(1024 * 1024);
            });
  }

  @Test
  void moreThan500000Tokens_isRefusedAsBeyondALimit() {
    StringBuilder json =
        new StringBuilder(SAMPLE.substring(0, SAMPLE.lastIndexOf('}'))).append(", \"extra\": [0");
    for (int i = 1; i < 500_000; i++) {
      json.append(",0");
    }
    assertRefused(json.append("]}").toString(), at("$", RuleCode.LIMIT_TOKENS, 500001, 500000));
  }

  // ---- many violations ----

  @Test
  void moreThanAThousandViolations_areCapped_theLastCountingTheRest() {
    String parties =
        Stream.generate(() -> "{\"type\": \"party\", \"date\": \"2025-05-01\"}")
            .limit(1500)
            .collect(Collectors.joining(", ", "\"events\": [", "], \"attestations\""));
    String json =
        sampleWith("\"hotspots\": 0", "\"hotspots\": -1")
            .replaceFirst("(?s)\"events\": \\[.*\\],\\s*\"attestations\"", parties);

    InvalidEvidenceException e = rejection(json);

    List<Violation> violations = e.violations();
    assertThat(violations).hasSize(InvalidEvidenceException.MAX_LISTED);
    assertThat(line(violations.get(0))).startsWith("$.events[0].type event-type.unknown [party, ");
    assertThat(JsonPaths.of(violations.get(998).location())).isEqualTo("$.events[998].type");
    // 1,500 unknown types and one negative count: 999 listed, 502 counted.
    assertThat(line(violations.get(999))).isEqualTo(at("$", RuleCode.VIOLATIONS_MORE, 502));
    Set<String> paths = new HashSet<>();
    violations.forEach(v -> paths.add(JsonPaths.of(v.location())));
    assertThat(paths).hasSize(1000);
    assertThat(e.getMessage()).startsWith("invalid evidence (1000 violations)\n");
  }

  @Test
  void aHundredThousandViolationsWithLongTexts_giveABoundedException() {
    String longText = "长".repeat(50) + "x".repeat(950);
    String longEvent =
        "{\"type\": \""
            + longText
            + "\", \"date\": \""
            + longText
            + "\", \""
            + longText
            + "\": \""
            + longText
            + "\"}";
    // 50,000 invalid events, as many with 1,000-character texts as the 16 MiB limit leaves room for
    // (the first, those the exception lists): 3,000 with three violations each, 47,000 with two.
    String events =
        Stream.concat(
                Stream.generate(() -> longEvent).limit(3_000),
                Stream.generate(() -> "{\"type\": \"x\", \"date\": \"y\"}").limit(47_000))
            .collect(Collectors.joining(", ", "\"events\": [", "], \"attestations\""));
    String json = SAMPLE.replaceFirst("(?s)\"events\": \\[.*\\],\\s*\"attestations\"", events);
    assertThat(json.getBytes(UTF_8).length).isLessThan(EvidenceJson.MAX_DOCUMENT_BYTES);

    InvalidEvidenceException e = rejection(json);

    List<Violation> violations = e.violations();
    assertThat(violations).hasSize(InvalidEvidenceException.MAX_LISTED);
    String abbreviated = "长".repeat(40) + "…";
    assertThat(line(violations.get(0)))
        .isEqualTo(
            "$.events[0][\""
                + abbreviated
                + "\"] member.unknown ["
                + abbreviated
                + ", type, date, settings, subunit]");
    assertThat(violations)
        .filteredOn(v -> v.code() == RuleCode.EVENT_TYPE_UNKNOWN)
        .first()
        .satisfies(
            v ->
                assertThat(line(v))
                    .startsWith("$.events[0].type event-type.unknown [" + abbreviated + ", "));
    assertThat(violations.get(999).code()).isEqualTo(RuleCode.VIOLATIONS_MORE);
    assertThat(Long.parseLong(violations.get(999).values().get(0)))
        .isEqualTo(3_000 * 3 + 47_000 * 2 - 999);
    for (Violation v : violations) {
      assertThat(v.values())
          .allSatisfy(value -> assertThat(value).doesNotContain(longText.substring(0, 41)));
      assertThat(JsonPaths.of(v.location()).length()).as("the path of %s", v.code()).isLessThan(80);
    }
    assertThat(e.getMessage()).startsWith("invalid evidence (1000 violations)\n");
    assertThat(e.getMessage().length()).isLessThan(200_000);
  }

  @Test
  void moreThanAThousandViolationsOfTheEvidenceItself_areCapped() {
    String negatives =
        Stream.iterate(0, i -> i + 1)
            .limit(1200)
            .map(i -> "\"m" + i + "\": -1")
            .collect(Collectors.joining(", "));

    InvalidEvidenceException e = rejection(minimalWithCounts(negatives));

    assertThat(e.violations()).hasSize(InvalidEvidenceException.MAX_LISTED);
    assertThat(line(e.violations().get(0)))
        .isEqualTo(at("$.counts[\"m0\"]", RuleCode.COUNT_NEGATIVE, "m0", -1));
    assertThat(e.violations().get(999).location().isWholeDocument()).isTrue();
    assertThat(e.violations().get(999).code()).isEqualTo(RuleCode.VIOLATIONS_MORE);
    assertThat(e.violations().get(999).values().get(0)).matches("[0-9]+");
  }

  // ---- extreme counts compare exactly ----

  @Test
  void reachedOneBelowLongMax_ofLongMax_isMetForTheNinetyPercentBar() {
    long max = Long.MAX_VALUE;
    AssessmentResult result =
        SET.assess(
            EvidenceJson.read(
                minimalWithCounts(
                    "\"population.actual\": " + max + ", \"population.reached\": " + (max - 1)),
                SET));

    assertThat(result.criterion("prevention.population-coverage").orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
  }

  @Test
  void newUsersOfLongMax_inAPopulationOfLongMax_isNotMetForTheRate() {
    long max = Long.MAX_VALUE;
    AssessmentResult result =
        SET.assess(
            EvidenceJson.read(
                minimalWithCounts("\"population.actual\": " + max + ", \"users.new\": " + max),
                SET));

    assertThat(result.criterion("results.new-user-rate").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void newUsersJustAtTheBar_ofAPopulationNearLongMax_isMet() {
    // 0.5 per 10,000 of 9223372036854775800 is exactly 461168601842738.79: 461168601842738 is
    // within the bar, one more is above it.
    long population = 9_223_372_036_854_775_800L;
    String met =
        minimalWithCounts(
            "\"population.actual\": " + population + ", \"users.new\": 461168601842738");
    String notMet =
        minimalWithCounts(
            "\"population.actual\": " + population + ", \"users.new\": 461168601842739");

    assertThat(
            SET.assess(EvidenceJson.read(met, SET))
                .criterion("results.new-user-rate")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.MET);
    assertThat(
            SET.assess(EvidenceJson.read(notMet, SET))
                .criterion("results.new-user-rate")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  private static Outcome caseRateLowest(String peers) {
    long max = Long.MAX_VALUE;
    String json =
        minimalWithCounts(
            "\"population.actual\": " + max + ", \"cases.drug-related\": " + (max - 1));
    json = json.substring(0, json.length() - 1) + ", \"peers\": [" + peers + "]}";
    return SET.assess(EvidenceJson.read(json, SET))
        .criterion("results.case-rate-lowest")
        .orElseThrow()
        .outcome();
  }

  @Test
  void peersWithPopulationsNearLongMax_tieExactly() {
    long max = Long.MAX_VALUE;
    // The unit: (max - 1) / max. A peer at exactly the same rate ties, and a tie is lowest.
    assertThat(
            caseRateLowest(
                "{\"unit\": \"p\", \"population\": " + max + ", \"cases\": " + (max - 1) + "}"))
        .isEqualTo(Outcome.MET);
    // (max - 2) / (max - 1) is lower than (max - 1) / max by about 1e-37: no double tells them
    // apart.
    assertThat(
            caseRateLowest(
                "{\"unit\": \"p\", \"population\": "
                    + (max - 1)
                    + ", \"cases\": "
                    + (max - 2)
                    + "}"))
        .isEqualTo(Outcome.NOT_MET);
    // max / max is higher.
    assertThat(
            caseRateLowest(
                "{\"unit\": \"p\", \"population\": " + max + ", \"cases\": " + max + "}"))
        .isEqualTo(Outcome.MET);
  }
}
