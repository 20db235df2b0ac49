package io.github.jindu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.UnitKind;
import io.github.jindu.district.Title;
import io.github.jindu.district.Titles;
import io.github.jindu.district.UnitTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class IllustrativeDrugFreeCampusTest {
  private static final CriteriaSet CAMPUS = IllustrativeDrugFreeCampus.criteriaSet();

  private static UnitTree nangang() {
    return UnitTree.forest(DistrictData.directory()).stream()
        .filter(t -> t.unit().id().equals("310199-003"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSet_isLabelledAnIllustration_inEveryNameAndId_andIsForSchoolsOnly() {
    assertThat(CAMPUS.id()).startsWith("illustration.");
    assertThat(CAMPUS.chineseName()).startsWith("示例");
    assertThat(CAMPUS.englishName()).startsWith("illustration");
    assertThat(CAMPUS.source()).hasValueSatisfying(s -> assertThat(s).startsWith("示例"));
    assertThat(CAMPUS.unitKinds()).containsExactly(UnitKind.SCHOOL);
    assertThat(CAMPUS.criteria())
        .hasSize(4)
        .allSatisfy(
            c -> {
              assertThat(c.id()).startsWith("illustration.");
              assertThat(c.chineseName()).startsWith("示例");
              assertThat(c.clause()).isEqualTo("示例");
            });
    assertThat(CAMPUS.indicators()).allSatisfy(i -> assertThat(i.chineseName()).startsWith("示例"));
  }

  @Test
  void theBundledSchool_isQualifiedOnTheIllustration() {
    AssessmentResult school =
        Titles.assess(nangang(), "310199-003-05", Title.DRUG_FREE_CAMPUS, CAMPUS);

    assertThat(school.unit().name()).isEqualTo("南港中学");
    assertThat(school.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(school.criteria()).extracting(r -> r.outcome()).containsOnly(Outcome.MET);
    assertThat(Titles.assessAll(nangang(), Title.DRUG_FREE_CAMPUS, CAMPUS)).containsExactly(school);
  }

  @Test
  void theSet_carriesTheComprehensiveVetoOfErSan_forTheSchoolsOwnTitle() {
    assertThat(CAMPUS.vetoRules())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.id()).isEqualTo(IllustrativeDrugFreeCampus.VETO_LEADERSHIP_FAILURE);
              assertThat(v.clause()).isEqualTo("二(三)");
              assertThat(v.chineseName()).isEqualTo("对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决");
            });
  }

  @Test
  void aSchoolWhoseVetoCheckIsNotRecorded_isIncomplete_andAFinding_vetoesIt() {
    io.github.jindu.Evidence school = nangang().find("310199-003-05").orElseThrow().evidence();
    assertThat(school.vetoes()).hasValue(com.google.common.collect.ImmutableList.of());

    AssessmentResult unrecorded = CAMPUS.assess(school.withoutVetoes());
    assertThat(unrecorded.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(unrecorded.reason().kind()).isEqualTo(io.github.jindu.ReasonKind.VETOES_ABSENT);
    assertThat(unrecorded.criteria()).extracting(r -> r.outcome()).containsOnly(Outcome.MET);

    AssessmentResult vetoed =
        CAMPUS.assess(
            school.withVetoes(
                List.of(
                    io.github.jindu.VetoFinding.of(
                        IllustrativeDrugFreeCampus.VETO_LEADERSHIP_FAILURE, "镇综治办通报 2025-3号"))));
    assertThat(vetoed.overall()).isEqualTo(OverallOutcome.VETOED);
    assertThat(vetoed.vetoes())
        .extracting(io.github.jindu.VetoFinding::reference)
        .containsExactly("镇综治办通报 2025-3号");
  }

  @Test
  void aSchoolMissingAHalfYearsActivity_isNotQualified() {
    UnitTree tree = nangang();
    io.github.jindu.Evidence school = tree.find("310199-003-05").orElseThrow().evidence();
    io.github.jindu.Evidence firstHalfOnly =
        io.github.jindu.Evidence.builder()
            .unit(school.unit())
            .period(school.period())
            .putAllCounts(school.counts())
            .events(school.events().orElseThrow().subList(0, 1))
            .putAllAttestations(school.attestations())
            .vetoes(List.of())
            .build();

    AssessmentResult result = CAMPUS.assess(firstHalfOnly);

    assertThat(result.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    assertThat(result.criterion("illustration.campus.half-yearly-activity").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(CAMPUS.criteria().stream().map(Criterion::id).toList())
        .containsExactly(
            "illustration.campus.student-coverage", "illustration.campus.half-yearly-activity",
            "illustration.campus.no-student-users", "illustration.campus.responsible-person");
    assertThat(List.of(Title.DRUG_FREE_CAMPUS.unitKinds())).isNotEmpty();
  }
}
