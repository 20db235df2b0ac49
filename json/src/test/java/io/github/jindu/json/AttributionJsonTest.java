package io.github.jindu.json;

import static io.github.jindu.json.EvidenceJsonTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.RuleCode;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.Selection;
import io.github.jindu.testing.SampleDistrict;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code assessedOn} and {@code assessor} at the top of {@code result/1} and {@code district/1}. */
class AttributionJsonTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Attribution SIGNED = Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组");

  private static AssessmentResult sample(Attribution attribution) {
    return SET.assess(EvidenceJson.read(resource("sample-town-2025.json")), attribution);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void result1_writesTheDateAndTheAssessor_rightAfterTheEvidenceDigest() throws IOException {
    String json = ResultJson.write(sample(SIGNED));
    JsonNode root = MAPPER.readTree(json);

    assertThat(root.get("assessedOn").asText()).isEqualTo("2026-01-15");
    assertThat(root.get("assessor").asText()).isEqualTo("区禁毒办 考评组");
    assertThat(fieldNames(root).subList(0, 8))
        .containsExactly(
            "format",
            "criteriaSet",
            "criteriaSetVersion",
            "criteriaSetFingerprint",
            "evidenceDigest",
            "assessedOn",
            "assessor",
            "unit");
    assertThat(json)
        .contains(
            "\"evidenceDigest\" : \"sha256:bc1f01f6b8b2380ffb7a8a64d8694e1d795f002fbb1ba83d909c"
                + "509425974eb4\",\n  \"assessedOn\" : \"2026-01-15\",\n  \"assessor\" : \"区禁毒办 考评组\",\n");
  }

  @Test
  void result1_withoutAnAttribution_hasNeitherMember() throws IOException {
    JsonNode root = MAPPER.readTree(ResultJson.write(sample(Attribution.none())));
    assertThat(root.has("assessedOn")).isFalse();
    assertThat(root.has("assessor")).isFalse();
  }

  @Test
  void result1_roundTripsTheAttribution_whole_partial_andAbsent() {
    for (Attribution a :
        List.of(
            SIGNED,
            Attribution.none(),
            Attribution.of(Optional.of(LocalDate.of(2026, 2, 28)), Optional.empty()),
            Attribution.of(Optional.empty(), Optional.of("张三")))) {
      AssessmentResult result = sample(a);
      String json = ResultJson.write(result);
      AssessmentResult back = ResultJson.read(json, SET);
      assertThat(back).isEqualTo(result);
      assertThat(back.attribution()).isEqualTo(a);
      assertThat(ResultJson.write(back)).isEqualTo(json);
      assertThat(ResultJson.writeLine(back)).isEqualTo(ResultJson.writeLine(result));
    }
  }

  @Test
  void result1_aDateNotWrittenYyyyMmDd_isRefusedAtItsPath() {
    String json = ResultJson.write(sample(SIGNED)).replace("\"2026-01-15\"", "\"2026/01/15\"");
    InvalidResultException e =
        catchThrowableOfType(InvalidResultException.class, () -> ResultJson.read(json, SET));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(RuleCode.DATE_FORM);
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.assessedOn");
            });
  }

  @Test
  void result1_aDayNotOfTheCalendar_isRefused() {
    String json = ResultJson.write(sample(SIGNED)).replace("\"2026-01-15\"", "\"2026-02-30\"");
    InvalidResultException e =
        catchThrowableOfType(InvalidResultException.class, () -> ResultJson.read(json, SET));
    assertThat(e.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo(RuleCode.DATE_INVALID));
  }

  @Test
  void result1_anAssessorWithABidiOverride_isRefusedAtItsPath() {
    String json = ResultJson.write(sample(SIGNED)).replace("区禁毒办 考评组", "区禁毒办\\u202e考评组");
    InvalidResultException e =
        catchThrowableOfType(InvalidResultException.class, () -> ResultJson.read(json, SET));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(RuleCode.TEXT_FORMAT_CHARACTER);
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.assessor");
              assertThat(v.values()).containsExactly("U+202E", "5");
            });
  }

  @Test
  void result1_aBlankOrNonTextAssessor_isRefused() {
    String blank = ResultJson.write(sample(SIGNED)).replace("区禁毒办 考评组", " ");
    assertThat(
            catchThrowableOfType(InvalidResultException.class, () -> ResultJson.read(blank, SET))
                .violations())
        .singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo(RuleCode.TEXT_BLANK));
    String number = ResultJson.write(sample(SIGNED)).replace("\"区禁毒办 考评组\"", "7");
    assertThat(
            catchThrowableOfType(InvalidResultException.class, () -> ResultJson.read(number, SET))
                .violations())
        .singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo(RuleCode.TYPE_NOT_STRING));
  }

  @Test
  void district1_writesTheSetsVersionFingerprintAndAttribution_atTheTop_andEachCandidatesDigest()
      throws IOException {
    Selection selection = Selection.ofDocuments(SampleDistrict.documents(), SET, SIGNED);
    JsonNode root = MAPPER.readTree(DistrictJson.write(selection, SET));

    assertThat(fieldNames(root).subList(0, 6))
        .containsExactly(
            "format",
            "criteriaSet",
            "criteriaSetVersion",
            "criteriaSetFingerprint",
            "assessedOn",
            "assessor");
    assertThat(root.get("criteriaSetVersion").asText()).isEqualTo(SET.version());
    assertThat(root.get("criteriaSetFingerprint").asText()).isEqualTo(SET.fingerprint());
    assertThat(root.get("assessedOn").asText()).isEqualTo("2026-01-15");
    assertThat(root.get("assessor").asText()).isEqualTo("区禁毒办 考评组");
    List<String> digests = new ArrayList<>();
    root.get("candidates")
        .forEach(c -> digests.add(c.get("unit").asText() + " " + c.get("evidenceDigest").asText()));
    List<String> expected = new ArrayList<>();
    for (Candidate c : selection.candidates()) {
      expected.add(c.unit().id() + " " + c.result().evidenceDigest());
    }
    assertThat(digests)
        .hasSize(6)
        .containsExactlyElementsOf(expected)
        .allMatch(d -> d.matches("\\S+ sha256:[0-9a-f]{64}"));
    assertThat(digests.stream().map(d -> d.split(" ")[1]).distinct()).hasSize(6);
  }

  @Test
  void district1_withoutAnAttribution_hasNeitherMember() throws IOException {
    JsonNode root =
        MAPPER.readTree(DistrictJson.write(Selection.of(SampleDistrict.candidates(), SET), SET));
    assertThat(root.has("assessedOn")).isFalse();
    assertThat(root.has("assessor")).isFalse();
    assertThat(root.get("candidates").get(0).get("evidenceDigest").asText()).startsWith("sha256:");
  }
}
