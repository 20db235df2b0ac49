package io.github.jindu.examples;

import io.github.jindu.json.JsonPaths;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.RollUp;
import io.github.jindu.district.Selection;
import io.github.jindu.district.UnitTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled district of examples/data: the outcomes its README section promises, from either form. */
class DistrictDataTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  @Test
  void theDirectoryAndTheJsonLines_holdTheSameDocuments_andGiveTheSameSelection() {
    List<Evidence> directory = DistrictData.directory();
    List<Evidence> lines = DistrictData.lines();

    assertThat(lines).hasSize(11).containsExactlyInAnyOrderElementsOf(directory);
    assertThat(Selection.ofDocuments(lines, SET)).isEqualTo(Selection.ofDocuments(directory, SET));
  }

  @Test
  void sixTowns_twoQualifiedTied_oneIncomplete_twoNotQualified_oneVetoed() {
    Selection selection = Selection.ofDocuments(DistrictData.directory(), SET);

    assertThat(selection.candidates())
        .extracting(c -> c.rank() + (c.tied() ? "=" : "") + " " + c.unit().id() + " " + c.unit().name() + " "
            + c.overall())
        .containsExactly(
            "1= 310199-002 西沙镇 QUALIFIED",
            "1= 310199-003 南港镇 QUALIFIED",
            "3 310199-004 北湖街道 INCOMPLETE",
            "4= 310199-001 东沙镇 NOT_QUALIFIED",
            "4= 310199-006 北沙镇 NOT_QUALIFIED",
            "6 310199-005 西港镇 VETOED");
  }

  @Test
  void nangang_rollsUpFromItsFourVillagesAndCommittees_notItsSchool_confirmingWhatItGives() {
    List<Evidence> documents = DistrictData.directory();
    UnitTree nangang = UnitTree.forest(documents).stream()
        .filter(t -> t.unit().id().equals("310199-003")).findFirst().orElseThrow();

    RollUp up = RollUp.of(nangang, SET);

    assertThat(nangang.children()).hasSize(5);
    assertThat(up.confirmed().stream().map(JsonPaths::of)).containsExactly("$.counts[\"population.actual\"]",
        "$.counts[\"hotspots\"]", "$.counts[\"production-sites\"]", "$.counts[\"drug-induced-serious-cases\"]");
    assertThat(up.rolledUp().stream().map(JsonPaths::of)).hasSize(22 + 6).contains("$.previous[\"volunteers\"]");
    assertThat(up.evidence().count(io.github.jindu.catalogue.Metrics.POPULATION_REACHED)).hasValue(73_900);
    assertThat(up.evidence().count(io.github.jindu.catalogue.Metrics.STUDENTS_TOTAL)).hasValue(5_900);
  }
}
