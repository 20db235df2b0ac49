package io.github.jindu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.CriteriaSet;
import io.github.jindu.CriterionResult;
import io.github.jindu.Evidence;
import io.github.jindu.MissingEvidence;
import io.github.jindu.Outcome;
import io.github.jindu.Peer;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.RollUp;
import io.github.jindu.district.Selection;
import io.github.jindu.district.UnitTree;
import io.github.jindu.json.JsonPaths;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The bundled district of examples/data: the outcomes its README section promises, from either form. */
class DistrictDataTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final String CASE_RATE = "results.case-rate-lowest";

  @Test
  void theDirectoryAndTheJsonLines_holdTheSameDocuments_andGiveTheSameSelection() {
    List<Evidence> directory = DistrictData.directory();
    List<Evidence> lines = DistrictData.lines();

    assertThat(lines).hasSize(11).containsExactlyInAnyOrderElementsOf(directory);
    assertThat(Selection.ofDocuments(lines, DistrictData.others(), SET))
        .isEqualTo(Selection.ofDocuments(directory, DistrictData.others(), SET));
  }

  /**
   * The whole district (全区): 310199-007 is not a candidate and its case count is unknown, so nobody's rate can be
   * known to be the lowest: every candidate's results.case-rate-lowest is NOT_ASSESSED, naming 310199-007, and no
   * candidate qualifies.
   */
  @Test
  void aNonCandidateWithoutItsCaseCount_leavesEveryCandidatesCaseRateNotAssessed_namingIt() {
    Selection selection =
        Selection.ofDocuments(DistrictData.directory(), DistrictData.others(), SET);

    assertThat(selection.others())
        .containsExactly(Peer.of("310199-007", OptionalLong.of(40_100), OptionalLong.empty()));
    for (Candidate c : selection.candidates()) {
      CriterionResult r = c.result().criterion("results.case-rate-lowest").orElseThrow();
      assertThat(r.outcome()).as(c.unit().id()).isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(r.missing())
          .as(c.unit().id())
          .containsExactly(
              new MissingEvidence.MissingPeerFigure("310199-007", MissingEvidence.PeerField.CASES));
    }
    assertThat(selection.candidates())
        .extracting(
            c ->
                c.rank()
                    + (c.tied() ? "=" : "")
                    + " "
                    + c.unit().id()
                    + " "
                    + c.unit().name()
                    + " "
                    + c.overall())
        .containsExactly(
            "1= 310199-002 西沙镇 INCOMPLETE",
            "1= 310199-003 南港镇 INCOMPLETE",
            "1= 310199-004 北湖街道 INCOMPLETE",
            "4= 310199-001 东沙镇 NOT_QUALIFIED",
            "4= 310199-005 西港镇 NOT_QUALIFIED",
            "4= 310199-006 北沙镇 NOT_QUALIFIED");
  }

  /**
   * Once 310199-007's cases are known (say 3) the rates decide: 东沙镇's 6 in 84,210 (0.71 per 10,000) is the
   * district's lowest, exactly as the sample town's own evidence and peer list say; 西沙镇 (5 in 52,300), 南港镇
   * (11 in 120,400) and 北湖街道 (5 in 66,800) are not the lowest and no longer qualify on missing data.
   */
  @Test
  void withEveryFigureKnown_theRatesDecide_andTheSampleTownGetsTheVerdictOfItsOwnFile()
      throws IOException {
    List<Peer> known = List.of(Peer.of("310199-007", 40_100, 3));

    Selection selection = Selection.ofDocuments(DistrictData.directory(), known, SET);

    assertThat(selection.candidates())
        .extracting(
            c -> c.unit().id() + " " + c.result().criterion(CASE_RATE).orElseThrow().outcome())
        .containsExactlyInAnyOrder(
            "310199-001 MET",
            "310199-002 NOT_MET",
            "310199-003 NOT_MET",
            "310199-004 NOT_MET",
            "310199-005 NOT_MET",
            "310199-006 NOT_MET");
    assertThat(selection.qualified()).isEmpty();
    assertThat(SET.assess(sampleTown()).criterion(CASE_RATE).orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
  }

  /**
   * The sample town (东沙镇, examples/data/sample-town-2025.json) is the district's 310199-001 with its own peer
   * list; that list agrees with the district's figures: a selection in which 东沙镇's evidence keeps its list is
   * accepted (Selection refuses a list that disagrees), and 310199-002 has 52,300 people and 5 cases in both.
   */
  @Test
  void theSampleTownsPeers_agreeWithTheBundledDistrict() throws IOException {
    Evidence town = sampleTown();
    List<Evidence> documents = new java.util.ArrayList<>(DistrictData.directory());
    documents.removeIf(e -> e.unit().id().equals("310199-001"));
    documents.add(town);

    Selection selection = Selection.ofDocuments(documents, DistrictData.others(), SET);

    assertThat(selection.candidate("310199-001")).isPresent();
    assertThat(town.peers().orElseThrow())
        .contains(
            Peer.of("310199-002", 52_300, 5),
            Peer.of("310199-003", 120_400, 11),
            Peer.of("310199-004", 66_800, 5));
  }

  private static Evidence sampleTown() throws IOException {
    try (java.io.InputStream in =
        java.nio.file.Files.newInputStream(DistrictData.DATA.resolve("sample-town-2025.json"))) {
      return io.github.jindu.json.EvidenceJson.read(in);
    }
  }

  @Test
  void nangang_rollsUpFromItsFourVillagesAndCommittees_notItsSchool_confirmingWhatItGives() {
    List<Evidence> documents = DistrictData.directory();
    UnitTree nangang =
        UnitTree.forest(documents).stream()
            .filter(t -> t.unit().id().equals("310199-003"))
            .findFirst()
            .orElseThrow();

    RollUp up = RollUp.of(nangang, SET);

    assertThat(nangang.children()).hasSize(5);
    assertThat(up.confirmed().stream().map(JsonPaths::of))
        .containsExactly(
            "$.counts[\"population.actual\"]",
            "$.counts[\"hotspots\"]",
            "$.counts[\"production-sites\"]",
            "$.counts[\"drug-induced-serious-cases\"]");
    assertThat(up.rolledUp().stream().map(JsonPaths::of))
        .hasSize(22 + 6)
        .contains("$.previous[\"volunteers\"]");
    assertThat(up.evidence().count(io.github.jindu.catalogue.Metrics.POPULATION_REACHED))
        .hasValue(111_250);
    assertThat(up.evidence().count(io.github.jindu.catalogue.Metrics.STUDENTS_TOTAL))
        .hasValue(5_900);
  }
}
