package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {
  static String resource(String name) {
    try (InputStream in = EvidenceJsonTest.class.getResourceAsStream("/cases/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void
      aPeerWithoutCases_isRead_andWrittenBackWithoutThem_andLeavesTheCaseRateNotAssessed_namingIt() {
    String json =
        resource("sample-town-2025.json")
            .replaceFirst(
                "\\{\\s*\"unit\":\\s*\"310199-002\",\\s*\"population\":\\s*52300,\\s*\"cases\":\\s*5\\s*}",
                "{ \"unit\": \"310199-007\", \"population\": 40100 }");
    Evidence evidence = EvidenceJson.read(json);

    assertThat(evidence.peers().orElseThrow().get(0))
        .isEqualTo(
            io.github.jindu.Peer.of(
                "310199-007", java.util.OptionalLong.of(40_100), java.util.OptionalLong.empty()));
    assertThat(EvidenceJson.toTree(evidence).get("peers").get(0).toString())
        .isEqualTo("{\"unit\":\"310199-007\",\"population\":40100}");
    assertThat(EvidenceJson.read(EvidenceJson.write(evidence))).isEqualTo(evidence);
    AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);
    assertThat(result.criterion("results.case-rate-lowest").orElseThrow().missing())
        .containsExactly(
            new io.github.jindu.MissingEvidence.MissingPeerFigure(
                "310199-007", io.github.jindu.MissingEvidence.PeerField.CASES));
  }

  @Test
  void sampleTown_assessesToTheExpectedResult_criterionByCriterion() throws IOException {
    Evidence evidence = EvidenceJson.read(resource("sample-town-2025.json"));
    AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);

    JsonNode expected = new ObjectMapper().readTree(resource("sample-town-2025.expected.json"));
    List<String> expectedRows = new ArrayList<>();
    expected
        .get("criteria")
        .forEach(c -> expectedRows.add(c.get("id").asText() + "=" + c.get("outcome").asText()));
    List<String> actualRows = new ArrayList<>();
    result.criteria().forEach(c -> actualRows.add(c.criterionId() + "=" + c.outcome()));
    assertThat(actualRows).containsExactlyElementsOf(expectedRows);
    assertThat(result.overall().name()).isEqualTo(expected.get("overall").asText());
  }

  @Test
  void evidence_roundTripsThroughJson() {
    Evidence evidence = EvidenceJson.read(resource("sample-town-2025.json"));
    String written = EvidenceJson.write(evidence);
    assertThat(EvidenceJson.read(written)).isEqualTo(evidence);
    assertThat(EvidenceJson.write(EvidenceJson.read(written))).isEqualTo(written);
  }

  @Test
  void result_roundTripsThroughJson() {
    AssessmentResult result =
        MunicipalModelCommunity.criteriaSet()
            .assess(EvidenceJson.read(resource("sample-town-2025.json")));
    String written = ResultJson.write(result);
    assertThat(ResultJson.read(written, MunicipalModelCommunity.criteriaSet())).isEqualTo(result);
    assertThat(written).contains("\"format\" : \"result/1\"").doesNotContain("\r");
  }

  @Test
  void byteOrderMark_isAccepted() {
    byte[] body = resource("sample-town-2025.json").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(EvidenceJson.read(new java.io.ByteArrayInputStream(withBom)))
        .isEqualTo(EvidenceJson.read(resource("sample-town-2025.json")));
  }

  @Test
  void wrongTypesAndUnknownFields_areAllReportedTogether_withPaths() {
    String json =
        "{\"format\":\"evidence/1\",\"unit\":{\"id\":\"u\",\"name\":\"n\",\"kind\":\"town\",\"x\":1},"
            + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-02-30\"},"
            + "\"counts\":{\"users.new\":\"4\",\"population.actual\":1.5,\"hotspots\":null,"
            + "\"production-sites\":99999999999999999999},"
            + "\"events\":[{\"type\":\"Party!\",\"date\":\"2025-01-01\"}],\"extra\":true}";
    assertThatThrownBy(() -> EvidenceJson.read(json))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> JsonPaths.of(v.location()))
                    .containsExactlyInAnyOrder(
                        "$.extra",
                        "$.unit.x",
                        "$.period.end",
                        "$.counts[\"users.new\"]",
                        "$.counts[\"population.actual\"]",
                        "$.counts[\"hotspots\"]",
                        "$.counts[\"production-sites\"]",
                        "$.events[0].type"));
  }

  @Test
  void duplicateKeys_trailingContent_emptyAndNonObjectDocuments_areInvalidEvidence() {
    assertThatThrownBy(
            () -> EvidenceJson.read("{\"format\":\"evidence/1\",\"format\":\"evidence/1\"}"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.format", RuleCode.JSON_DUPLICATE_KEY, 1, 32, "format")));
    assertThatThrownBy(() -> EvidenceJson.read("{} {}"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.JSON_TRAILING));
    assertThatThrownBy(() -> EvidenceJson.read("  \n"))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessage("invalid evidence: document.empty / []");
    assertThatThrownBy(() -> EvidenceJson.read("[1]"))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessage("invalid evidence: type.not-object / [[\u2026]]");
  }

  @Test
  void wrongFormatTag_isRejected() {
    assertThatThrownBy(
            () ->
                EvidenceJson.read(
                    resource("sample-town-2025.json").replace("evidence/1", "evidence/2")))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.format", RuleCode.FORMAT_UNSUPPORTED, "evidence/2", "evidence/1")));
  }

  @Test
  void everyKindOfViolation_isReportedInOnePass_withTheDocumentsOwnIndices() {
    String json =
        "{\"format\":\"evidence/1\","
            + "\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\"},"
            + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
            + "\"counts\":{\"hotspots\":-1,\"population.reached\":11,\"population.actual\":10,\"users.new\":\"4\"},"
            + "\"events\":[{\"type\":\"inspection\",\"date\":\"2025-02-30\"},"
            + "{\"type\":\"inspection\",\"date\":\"2026-01-01\"},"
            + "{\"type\":\"training\",\"date\":\"2025-05-09\"}],"
            + "\"vetoes\":[{\"id\":\"\",\"reference\":\"x\"},{\"id\":\"veto.unknown\",\"reference\":\"y\"}]}";
    assertThatThrownBy(() -> EvidenceJson.read(json, MunicipalModelCommunity.criteriaSet()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.counts[\"users.new\"]", RuleCode.TYPE_NOT_WHOLE_NUMBER, "\"4\""),
                        BadDocumentTest.at("$.events[0].date", RuleCode.DATE_INVALID, "2025-02-30"),
                        BadDocumentTest.at("$.vetoes[0].id", RuleCode.TEXT_BLANK),
                        BadDocumentTest.at(
                            "$.counts[\"hotspots\"]", RuleCode.COUNT_NEGATIVE, "hotspots", -1),
                        BadDocumentTest.at(
                            "$.events[1].date",
                            RuleCode.EVENT_AFTER_PERIOD,
                            "inspection",
                            "2026-01-01",
                            "2025-12-31"),
                        BadDocumentTest.at(
                            "$.counts[\"population.reached\"]",
                            RuleCode.COUNT_PART_ABOVE_WHOLE,
                            "population.reached",
                            11,
                            "population.actual",
                            10),
                        BadDocumentTest.at(
                            "$.vetoes", RuleCode.VETO_NO_RULES, "municipal-model-community", 1)));
  }

  @Test
  void withoutACriteriaSet_onlyTheDocumentsOwnRulesAreChecked() {
    String json =
        resource("sample-town-2025.json")
            .replace("\"population.reached\": 78950", "\"population.reached\": 99999");
    assertThat(EvidenceJson.read(json).count(io.github.jindu.catalogue.Metrics.POPULATION_REACHED))
        .hasValue(99999);
    assertThatThrownBy(() -> EvidenceJson.read(json, MunicipalModelCommunity.criteriaSet()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessage(
            "invalid evidence: count.part-above-whole /counts/population.reached [population.reached, 99999,"
                + " population.actual, 84210]");
  }
}
