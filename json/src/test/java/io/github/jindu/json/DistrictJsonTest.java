package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Peer;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.Selection;
import io.github.jindu.testing.SampleDistrict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DistrictJsonTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  @Test
  void district1_holdsEveryCandidateInSelectionOrder_withRankTalliesAndReasons()
      throws IOException {
    Selection selection = Selection.ofDocuments(SampleDistrict.documents(), SET);

    String json = DistrictJson.write(selection, SET);
    JsonNode root = new ObjectMapper().readTree(json);

    assertThat(json)
        .endsWith("}\n")
        .doesNotContain("\r")
        .isEqualTo(DistrictJson.write(selection, SET));
    assertThat(root.get("format").asText()).isEqualTo("district/1");
    assertThat(root.get("criteriaSet").asText()).isEqualTo("municipal-model-community");
    assertThat(root.get("district").asText()).isEqualTo("310199");
    assertThat(root.get("period").get("start").asText()).isEqualTo("2025-01-01");
    assertThat(root.get("order").asText()).isEqualTo("outcome");
    assertThat(texts(root.get("outcomeOrder")))
        .containsExactly("QUALIFIED", "INCOMPLETE", "NOT_QUALIFIED", "VETOED");
    assertThat(root.get("indicators")).hasSize(10);
    assertThat(root.get("indicators").get(9).toString())
        .isEqualTo("{\"id\":\"results\",\"clause\":\"二(十)\",\"criteria\":7}");
    assertThat(root.get("summary").toString())
        .isEqualTo(
            "{\"candidates\":6,\"QUALIFIED\":2,\"INCOMPLETE\":1,\"NOT_QUALIFIED\":3,\"VETOED\":0}");
    List<String> rows = new ArrayList<>();
    root.get("candidates")
        .forEach(
            c ->
                rows.add(
                    c.get("rank").asInt()
                        + (c.get("tied").asBoolean() ? "=" : "")
                        + " "
                        + c.get("unit").asText()
                        + " "
                        + c.get("overall").asText()));
    assertThat(rows)
        .containsExactly(
            "1= D-2 QUALIFIED",
            "1= D-3 QUALIFIED",
            "3 D-4 INCOMPLETE",
            "4= D-1 NOT_QUALIFIED",
            "4= D-5 NOT_QUALIFIED",
            "4= D-6 NOT_QUALIFIED");
    JsonNode d2 = root.get("candidates").get(0);
    assertThat(d2.get("unitName").asText()).isEqualTo("镇D-2");
    assertThat(d2.get("unitKind").asText()).isEqualTo("town");
    assertThat(texts(d2.get("rolledUp"))).containsExactly("$.counts[\"cases.drug-related\"]");
    JsonNode d6 = root.get("candidates").get(5);
    assertThat(d6.get("indicators").get(4).toString())
        .isEqualTo(
            "{\"id\":\"prevention\",\"met\":9,\"notMet\":1,"
                + "\"notAssessed\":0,\"notApplicable\":0,\"total\":10,\"gatingNotMet\":1,\"gatingNotAssessed\":0}");
    assertThat(texts(d6.get("notMet")))
        .containsExactly("prevention.population-coverage", "results.case-rate-lowest");
    assertThat(texts(root.get("candidates").get(2).get("notAssessed")))
        .containsExactly("results.new-user-rate");
    // D-5's own system does not apply the 综治 veto to its grassroots units: a criterion not met, not
    // a veto.
    assertThat(texts(root.get("candidates").get(4).get("notMet")))
        .contains("responsibility.veto-applied");
    assertThat(root.get("candidates").get(4).get("vetoes").toString()).isEqualTo("[]");
  }

  @Test
  void district1_holdsEveryCandidatesFullResult_asResult1WritesIt_andTheNonCandidateUnits()
      throws IOException {
    Selection selection =
        Selection.ofDocuments(
            SampleDistrict.documents(),
            List.of(Peer.of("D-9", OptionalLong.of(40_100), OptionalLong.empty())),
            SET);

    JsonNode root = new ObjectMapper().readTree(DistrictJson.write(selection, SET));

    assertThat(root.get("others").toString())
        .isEqualTo("[{\"unit\":\"D-9\",\"population\":40100}]");
    for (int i = 0; i < selection.candidates().size(); i++) {
      Candidate c = selection.candidates().get(i);
      JsonNode result = root.get("candidates").get(i).get("result");
      assertThat(result).isEqualTo(new ObjectMapper().readTree(ResultJson.write(c.result())));
      assertThat(ResultJson.read(result.toString(), SET)).isEqualTo(c.result());
    }
    JsonNode caseRate = null;
    for (JsonNode criterion : root.get("candidates").get(0).get("result").get("criteria")) {
      caseRate =
          criterion.get("id").asText().equals("results.case-rate-lowest") ? criterion : caseRate;
    }
    assertThat(caseRate.get("outcome").asText()).isEqualTo("NOT_ASSESSED");
    assertThat(caseRate.get("missing").toString()).isEqualTo("[\"peers.D-9.cases\"]");
    assertThat(caseRate.get("explanation").asText())
        .isEqualTo("missing evidence: $.peers[?(@.unit == \"D-9\")].cases");
  }

  @Test
  void districtPeers1_readsEachUnit_aFigureAbsentWhenUnknown() {
    List<Peer> peers =
        DistrictJson.readOthers(
            "{\"format\":\"district-peers/1\",\"peers\":["
                + "{\"unit\":\"310199-007\",\"population\":40100},{\"unit\":\"310199-008\",\"population\":1,\"cases\":0}]}");

    assertThat(peers)
        .containsExactly(
            Peer.of("310199-007", OptionalLong.of(40_100), OptionalLong.empty()),
            Peer.of("310199-008", 1, 0));
  }

  @Test
  void districtPeers1_reportsEveryViolation() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                DistrictJson.readOthers(
                    "{\"format\":\"evidence/1\",\"peers\":["
                        + "{\"unit\":\"310199-007\",\"population\":0},{\"population\":5,\"cases\":-1},"
                        + "{\"unit\":\"310199-009\",\"cases\":\"x\"}]}"));

    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + JsonPaths.of(v.location()))
        .containsExactly(
            "format.unsupported $.format",
            "member.required $.peers[1].unit",
            "type.not-whole-number $.peers[2].cases",
            "peer.population $.peers[0].population");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
