package io.github.jindu.json;

import static io.github.jindu.json.EvidenceJsonTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.JinduException;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * {@code result/1} revision 2: every field of revision 1 keeps its text, byte for byte, now written from the data;
 * {@code observation}, {@code missing}, {@code reason} and {@code evidenceDigest} carry the data itself.
 */
class ResultRevision2Test {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static AssessmentResult sample() {
    return SET.assess(EvidenceJson.read(resource("sample-town-2025.json")));
  }

  /** The town of the report tests: most criteria not assessed, one not applicable, several not met. */
  private static AssessmentResult westLake() {
    return SET.assess(
        Evidence.builder()
            .unit(Unit.of("310199-007", "西湖镇", UnitKind.TOWN, "310199"))
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .putCounts(Metrics.POPULATION_ACTUAL, 40_000)
            .putCounts(Metrics.POPULATION_REACHED, 36_500)
            .putCounts(Metrics.USERS_NEW, 3)
            .putCounts(Metrics.STUDENTS_TOTAL, 0)
            .putCounts(Metrics.STUDENTS_REACHED, 0)
            .events(
                ImmutableList.of(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2025, 2, 10))))
            .putAttestations("distinction.recognition", Attestation.of(false, "无"))
            .build());
  }

  private static String golden(String name) {
    try (InputStream in = ResultRevision2Test.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the document without the fields revision 2 added, and with {@code missing} taken out} */
  private static String revisionOneFields(String document, boolean dropMissing) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(document);
    root.remove("evidenceDigest");
    root.remove("reason");
    for (JsonNode c : root.get("criteria")) {
      ((ObjectNode) c).remove("observation");
      ((ObjectNode) c).remove("gap");
      if (dropMissing) {
        ((ObjectNode) c).remove("missing");
      }
    }
    return Json.write(root);
  }

  /**
   * Asserts that {@code actual} is the golden file {@code name}; on a mismatch it first writes {@code actual} to
   * {@code target/golden-actual/name}, so that a deliberate change is reviewed with {@code diff} and copied over.
   */
  private static void assertGolden(String actual, String name) {
    String expected = golden(name);
    if (!expected.equals(actual)) {
      try {
        java.nio.file.Path out = java.nio.file.Path.of("target", "golden-actual", name);
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(actual)
        .as("golden/%s (the actual text is in target/golden-actual/)", name)
        .isEqualTo(expected);
  }

  @Test
  void sampleTown_everyRevisionOneField_isByteIdenticalToWhatRevisionOneWrote() throws IOException {
    assertGolden(
        revisionOneFields(ResultJson.write(sample()), false),
        "sample-town-2025.result-before-revision-2.json");
  }

  @Test
  void aTownWithMissingAndNotApplicableCriteria_keepsItsObservedRequiredAndExplanationTexts()
      throws IOException {
    assertGolden(
        revisionOneFields(ResultJson.write(westLake()), true),
        "west-lake-town-2025.result-before-revision-2.json");
  }

  private static JsonNode criterion(String document, String id) throws IOException {
    for (JsonNode c : MAPPER.readTree(document).get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  private static String compact(JsonNode node) throws IOException {
    return MAPPER.writeValueAsString(node);
  }

  @Test
  void sampleTown_observationsReasonAndDigest_arePinned() throws IOException {
    String json = ResultJson.write(sample());
    JsonNode root = MAPPER.readTree(json);

    assertThat(compact(root.get("reason")))
        .isEqualTo(
            "{\"kind\":\"gating-not-met\",\"criteria\":["
                + "\"rehabilitation.urine-test-count\",\"groundwork.quarterly-analysis\",\"results.abstinence-3y\"]}");
    assertThat(root.get("evidenceDigest").asText()).isEqualTo(SAMPLE_DIGEST);
    assertThat(compact(criterion(json, "rehabilitation.urine-test-count").get("observation")))
        .isEqualTo("{\"kind\":\"share\",\"part\":979,\"whole\":1104}");
    assertThat(compact(criterion(json, "results.new-user-rate").get("observation")))
        .isEqualTo("{\"kind\":\"rate\",\"count\":4,\"base\":84210}");
    assertThat(compact(criterion(json, "results.no-production").get("observation")))
        .isEqualTo("{\"kind\":\"count\",\"value\":0}");
    assertThat(compact(criterion(json, "workforce.volunteers-growing").get("observation")))
        .isEqualTo("{\"kind\":\"increase\",\"now\":702,\"before\":640}");
    assertThat(compact(criterion(json, "prevention.foreigner-coverage-rising").get("observation")))
        .isEqualTo(FOREIGNERS);
    assertThat(compact(criterion(json, "groundwork.quarterly-analysis").get("observation")))
        .isEqualTo(
            "{\"kind\":\"schedule\",\"periods\":[\"2025-Q1\",\"2025-Q2\",\"2025-Q3\",\"2025-Q4\"],"
                + "\"uncovered\":[\"2025-Q3\"]}");
    assertThat(compact(criterion(json, "prevention.seven-settings").get("observation")))
        .isEqualTo(
            "{\"kind\":\"settings\",\"reached\":[\"community\",\"workplace\",\"school\",\"venue\","
                + "\"building\",\"rural\",\"family\"],\"missing\":[]}");
    assertThat(compact(criterion(json, "responsibility.letters-biennial").get("observation")))
        .isEqualTo(LETTERS);
    assertThat(compact(criterion(json, "prevention.annual-plan").get("observation")))
        .isEqualTo("{\"kind\":\"date\",\"earliest\":\"2024-12-26\",\"deadline\":\"2025-03-31\"}");
    assertThat(compact(criterion(json, "results.case-rate-lowest").get("observation")))
        .isEqualTo(PEERS);
    assertThat(compact(criterion(json, "distinction.recognition").get("observation")))
        .isEqualTo("{\"kind\":\"attestation\",\"met\":false,\"reference\":\"无\"}");
    assertThat(root.get("criteria")).allSatisfy(c -> assertThat(c.has("missing")).isFalse());
  }

  private static final String SAMPLE_DIGEST =
      "sha256:bc1f01f6b8b2380ffb7a8a64d8694e1d795f002fbb1ba83d909c509425974eb4";
  private static final String FOREIGNERS =
      "{\"kind\":\"share-increase\",\"now\":{\"part\":530,\"whole\":1402},"
          + "\"before\":{\"part\":412,\"whole\":1380}}";
  private static final String LETTERS = "{\"kind\":\"letters\",\"subunits\":14,\"uncovered\":[]}";
  private static final String PEERS =
      "{\"kind\":\"peers\",\"cases\":6,\"population\":84210,"
          + "\"lowest\":{\"unit\":\"310199-004\",\"population\":66800,\"cases\":5},\"peers\":5}";

  @Test
  void missingEvidence_isWrittenAsKeysAndListNames() throws IOException {
    String json = ResultJson.write(westLake());

    assertThat(compact(criterion(json, "prevention.youth-coverage").get("missing")))
        .isEqualTo("[\"youth.reached\",\"youth.total\"]");
    assertThat(compact(criterion(json, "workforce.volunteers-growing").get("missing")))
        .isEqualTo("[\"volunteers\",\"previous.volunteers\"]");
    assertThat(compact(criterion(json, "leadership.regular-study").get("missing")))
        .isEqualTo("[\"attestations.leadership.regular-study\"]");
    assertThat(compact(criterion(json, "responsibility.letters-biennial").get("missing")))
        .isEqualTo("[\"subunits\"]");
    assertThat(compact(criterion(json, "results.case-rate-lowest").get("missing")))
        .isEqualTo("[\"cases.drug-related\",\"peers\"]");
    assertThat(criterion(json, "prevention.youth-coverage").has("observation")).isFalse();
    assertThat(compact(criterion(json, "prevention.student-coverage").get("observation")))
        .isEqualTo("{\"kind\":\"share\",\"part\":0,\"whole\":0}");
  }

  @Test
  void revisionTwo_roundTripsByteForByte() {
    for (AssessmentResult result : new AssessmentResult[] {sample(), westLake()}) {
      String json = ResultJson.write(result);
      AssessmentResult back = ResultJson.read(json, SET);
      assertThat(back).isEqualTo(result);
      assertThat(ResultJson.write(back)).isEqualTo(json);
    }
  }

  @Test
  void aTextThatDisagreesWithItsData_isRefused() {
    String json =
        ResultJson.write(sample())
            .replace(
                "\"observed\" : \"979/1104 (88.68 %)\"", "\"observed\" : \"1000/1104 (90.58 %)\"");

    assertThatThrownBy(() -> ResultJson.read(json, SET))
        .isInstanceOfSatisfying(
            InvalidResultException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.code()).isEqualTo(RuleCode.RESULT_TEXT_DISAGREES);
                          assertThat(JsonPaths.of(v.location()))
                              .isEqualTo("$.criteria[33].observed");
                        }));
  }

  @Test
  void aReasonThatDoesNotDecideTheOverallOutcome_isRefused() {
    String json =
        ResultJson.write(sample())
            .replace("\"kind\" : \"gating-not-met\"", "\"kind\" : \"all-met\"");

    assertThatThrownBy(() -> ResultJson.read(json, SET))
        .isInstanceOf(JinduException.class)
        .hasMessageContaining("all-met");
  }

  @Test
  void aResultOfAnotherSet_isRefused() {
    CriteriaSet other = MunicipalModelCommunity.criteriaSet(java.time.MonthDay.of(4, 30));
    String json = ResultJson.write(sample());

    assertThatThrownBy(() -> ResultJson.read(json, other))
        .isInstanceOfSatisfying(
            InvalidResultException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.code()).isEqualTo(RuleCode.RESULT_FINGERPRINT_DIFFERS);
                          assertThat(JsonPaths.of(v.location()))
                              .isEqualTo("$.criteriaSetFingerprint");
                          assertThat(v.values()).hasSize(2).endsWith(other.fingerprint());
                          assertThat(SET.fingerprint())
                              .startsWith(v.values().get(0).replace("\u2026", ""));
                        }));
  }

  @Test
  void anObservationOfTheWrongShape_isRefused() throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(ResultJson.write(sample()));
    ObjectNode c = (ObjectNode) ((ArrayNode) root.get("criteria")).get(33);
    ((ObjectNode) c.get("observation")).put("part", 2000);

    assertThatThrownBy(() -> ResultJson.read(Json.write(root), SET))
        .isInstanceOfSatisfying(
            InvalidResultException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.code()).isEqualTo(RuleCode.RESULT_OBSERVATION_INVALID);
                          assertThat(JsonPaths.of(v.location()))
                              .isEqualTo("$.criteria[33].observation");
                          assertThat(v.values())
                              .singleElement()
                              .asString()
                              .contains("part (2000) must not exceed whole (1104)");
                        }));
  }
}
