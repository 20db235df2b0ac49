package io.github.jindu.district;

import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static io.github.jindu.catalogue.Metrics.VOLUNTEERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jindu.AssessmentResult;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.Violation;
import io.github.jindu.testing.Doc;
import io.github.jindu.testing.SampleEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {
  private static final Unit V1 = Unit.of("T-01", "一村", UnitKind.VILLAGE);
  private static final Unit V2 = Unit.of("T-02", "二村", UnitKind.VILLAGE);
  private static final Unit RC = Unit.of("T-03", "一居委会", UnitKind.RESIDENTS_COMMITTEE);
  private static final Unit SCHOOL = Unit.of("T-04", "中学", UnitKind.SCHOOL);

  private static Doc town() {
    return Doc.of("T", UnitKind.TOWN).subunits(V1, V2, RC, SCHOOL);
  }

  private static Doc part(Unit unit, long population, long reached) {
    return Doc.of(unit.id(), unit.kind())
        .unit(unit)
        .count(POPULATION_ACTUAL, population)
        .count(POPULATION_REACHED, reached);
  }

  private static RollUp rollUp(Doc town, Doc... parts) {
    return RollUp.of(
        UnitTree.of(town.build(), List.of(parts).stream().map(Doc::build).toList()), Doc.SET);
  }

  private static Location path(MetricKey key) {
    return Location.root().member("counts").key(key.name());
  }

  /** {@return the location of a count in a unit's document} */
  private static Location count(String unit, String map, MetricKey key) {
    return Location.root().member(map).key(key.name()).inDocument(unit);
  }

  @Test
  void countsTheTownDoesNotGive_areTheSumsOverVillagesAndCommittees_notSchools() {
    RollUp up =
        rollUp(
            town(),
            part(V1, 1000, 950),
            part(V2, 2000, 1900),
            part(RC, 3000, 2700),
            part(SCHOOL, 800, 800));

    assertThat(up.evidence().count(POPULATION_ACTUAL)).hasValue(6000);
    assertThat(up.evidence().count(POPULATION_REACHED)).hasValue(5550);
    assertThat(up.rolledUp()).containsExactly(path(POPULATION_REACHED), path(POPULATION_ACTUAL));
    assertThat(up.confirmed()).isEmpty();
  }

  @Test
  void aRolledUpShare_isTheRatioOfTheSums_notTheMeanOfTheShares() {
    // 1/1, 1/1 and 80/100: the mean of the shares is 93.33 % (above 90 %), the ratio of the sums
    // 82/102 (80.39 %).
    RollUp up =
        rollUp(town().subunits(V1, V2, RC), part(V1, 1, 1), part(V2, 1, 1), part(RC, 100, 80));

    AssessmentResult result = Doc.SET.assess(up.evidence());

    assertThat(result.criterion("prevention.population-coverage").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(result.criterion("prevention.population-coverage").orElseThrow().observation())
        .hasValue(new io.github.jindu.Observation.ShareObservation(82, 102));
  }

  @Test
  void aCountTheTownGivesEqualToTheSum_isConfirmed() {
    RollUp up =
        rollUp(
            town().count(POPULATION_ACTUAL, 6000),
            part(V1, 1000, 950),
            part(V2, 2000, 1900),
            part(RC, 3000, 2700));

    assertThat(up.confirmed()).containsExactly(path(POPULATION_ACTUAL));
    assertThat(up.rolledUp()).containsExactly(path(POPULATION_REACHED));
    assertThat(up.evidence().count(POPULATION_ACTUAL)).hasValue(6000);
  }

  @Test
  void aCountTheTownGivesThatDiffersFromTheSum_isAViolationNamingTheMetricAndBothValues() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                rollUp(
                    town().count(POPULATION_ACTUAL, 6001),
                    part(V1, 1000, 950),
                    part(V2, 2000, 1900),
                    part(RC, 3000, 2700)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.ROLLUP_DIFFERS,
                count("T", "counts", POPULATION_ACTUAL),
                "population.actual",
                6001,
                "T",
                3,
                6000,
                "T-01 1000",
                "T-02 2000",
                "T-03 3000"));
  }

  @Test
  void aPreviousCountThatDiffers_isAViolationToo_andRollsUpOnlyWhatRisingCriteriaRead() {
    Doc town = town().subunits(V1, V2).previous(VOLUNTEERS, 30);
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                rollUp(
                    town,
                    part(V1, 10, 9).previous(VOLUNTEERS, 10),
                    part(V2, 10, 9).previous(VOLUNTEERS, 11)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.ROLLUP_DIFFERS,
                count("T", "previous", VOLUNTEERS),
                "volunteers",
                30,
                "T",
                2,
                21,
                "T-01 10",
                "T-02 11"));

    RollUp up =
        rollUp(
            town().subunits(V1, V2),
            part(V1, 10, 9).previous(VOLUNTEERS, 10),
            part(V2, 10, 9).previous(VOLUNTEERS, 11));
    assertThat(up.evidence().previous())
        .containsOnlyKeys(VOLUNTEERS)
        .containsEntry(VOLUNTEERS, 21L);
  }

  @Test
  void aPreviousCountNoRisingCriterionReads_inASubunit_isRefusedNamingTheSubunit() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> rollUp(town().subunits(V1), part(V1, 10, 9).previous(POPULATION_ACTUAL, 9)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.PREVIOUS_METRIC_UNKNOWN,
                count("T-01", "previous", POPULATION_ACTUAL),
                "population.actual",
                "municipal-model-community"));
  }

  @Test
  void aCountOneContributingSubunitLacks_doesNotRollUp() {
    RollUp up =
        rollUp(
            town().subunits(V1, V2),
            part(V1, 1000, 950),
            Doc.of(V2.id(), V2.kind()).unit(V2).count(POPULATION_ACTUAL, 2000));

    assertThat(up.evidence().count(POPULATION_ACTUAL)).hasValue(3000);
    assertThat(up.evidence().count(POPULATION_REACHED)).isEmpty();
  }

  @Test
  void aContributingSubunitWithoutEvidence_rollsNothingUp_andChecksNothing() {
    RollUp up =
        rollUp(town().count(POPULATION_ACTUAL, 1), part(V1, 1000, 950), part(V2, 2000, 1900));

    assertThat(up.evidence()).isEqualTo(town().count(POPULATION_ACTUAL, 1).build());
    assertThat(up.rolledUp()).isEmpty();
  }

  @Test
  void aSubunitCountTheSetDoesNotRead_isRefusedNamingTheSubunit() {
    MetricKey ownMetric = MetricKey.of("students.users");
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> rollUp(town().subunits(V1), part(V1, 10, 9).count(ownMetric, 0)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.METRIC_UNKNOWN,
                count("T-01", "counts", ownMetric),
                "students.users",
                "municipal-model-community"));
  }

  /** Why: a committee's reached population above its own population was rolled up unchecked and flipped its town. */
  @Test
  void aSubunitsPartAboveItsWhole_isRefusedBeforeItRollsUp_namingTheSubunit() {
    Unit committee = Unit.of("T-03", "一居委会", UnitKind.RESIDENTS_COMMITTEE);
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                rollUp(
                    town().subunits(V1, committee),
                    part(V1, 1000, 800),
                    part(committee, 1000, 1200)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.COUNT_PART_ABOVE_WHOLE,
                count("T-03", "counts", POPULATION_REACHED),
                "population.reached",
                1200,
                "population.actual",
                1000));
  }

  /** Why: a school's reached students above its students was never checked, since schools do not roll up. */
  @Test
  void aSchoolsInvalidDocument_isRefusedToo_thoughItsCountsDoNotRollUp() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                rollUp(
                    town().subunits(V1, SCHOOL),
                    part(V1, 1000, 800),
                    Doc.of(SCHOOL.id(), SCHOOL.kind())
                        .unit(SCHOOL)
                        .count(io.github.jindu.catalogue.Metrics.STUDENTS_TOTAL, 500)
                        .count(io.github.jindu.catalogue.Metrics.STUDENTS_REACHED, 99999)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.COUNT_PART_ABOVE_WHOLE,
                count("T-04", "counts", io.github.jindu.catalogue.Metrics.STUDENTS_REACHED),
                "students.reached",
                99999,
                "students.total",
                500));
  }

  @Test
  void aViolationDeepInTheTree_namesTheUnitWhoseDocumentItIs() {
    Unit inner = Unit.of("T-01-01", "一组", UnitKind.VILLAGE);
    Evidence town = town().subunits(V1).build();
    Evidence village = Doc.of(V1.id(), V1.kind()).unit(V1).subunits(inner).build();
    Evidence group =
        part(inner, 0, 0).count(io.github.jindu.catalogue.Metrics.USERS_NEW, 1).build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> RollUp.of(UnitTree.of(town, List.of(village, group)), Doc.SET));

    assertThat(e.violations())
        .extracting(v -> v.location().document().orElseThrow(), Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T-01-01", RuleCode.COUNT_PART_ABOVE_WHOLE),
            org.assertj.core.groups.Tuple.tuple("T-01-01", RuleCode.COUNT_RATE_BASE_ZERO));
  }

  @Test
  void aSumBeyondTheLargestCount_isAViolation_neverAWrappedValue() {
    long half = Long.MAX_VALUE / 2 + 1;
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                rollUp(
                    town().subunits(V1, V2),
                    Doc.of(V1.id(), V1.kind()).unit(V1).count(CASES_DRUG_RELATED, half),
                    Doc.of(V2.id(), V2.kind()).unit(V2).count(CASES_DRUG_RELATED, half)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.ROLLUP_OVERFLOW,
                count("T", "counts", CASES_DRUG_RELATED),
                "cases.drug-related",
                "T",
                "9223372036854775807",
                "T-01 4611686018427387904",
                "T-02 4611686018427387904"));
  }

  @Test
  void aMismatchDeeperInTheTree_isReportedWithItsUnit_andTheTownStillRollsUpFromTheRest() {
    Unit inner = Unit.of("T-01-01", "一组", UnitKind.VILLAGE);
    Evidence town = town().subunits(V1).build();
    Evidence village = part(V1, 10, 9).subunits(inner).build();
    Evidence group = part(inner, 11, 9).build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> RollUp.of(UnitTree.of(town, List.of(village, group)), Doc.SET));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.ROLLUP_DIFFERS,
                count("T-01", "counts", POPULATION_ACTUAL),
                "population.actual",
                10,
                "T-01",
                1,
                11,
                "T-01-01 11"));
  }

  @Test
  void attestationsVetoesEventsAndPeers_doNotRollUp() {
    Doc village = part(V1, 10, 9).attest("leadership.regular-study", true, "村委会议纪要").veto("区综治委通报");
    Evidence town = town().subunits(V1).build();

    RollUp up = RollUp.of(UnitTree.of(town, List.of(village.build())), SampleEvidence.WITH_VETO);

    assertThat(up.evidence().attestations()).isEmpty();
    assertThat(up.evidence().vetoes()).isEmpty();
    assertThat(up.evidence().events()).isEmpty();
    assertThat(up.evidence().peers()).isEmpty();
  }

  @Test
  void aVetoFindingInASubunit_underASetWithoutVetoRules_isRefusedNamingTheSubunit() {
    Doc village = part(V1, 10, 9).veto("区综治委通报");

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                RollUp.of(
                    UnitTree.of(town().subunits(V1).build(), List.of(village.build())), Doc.SET));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.VETO_NO_RULES,
                Location.root().member("vetoes").inDocument("T-01"),
                "municipal-model-community",
                1));
  }

  @Test
  void aSchoolsOwnEvidence_forItsOwnTitle_isNotCheckedAgainstTheTownsSet() {
    Doc school =
        Doc.of(SCHOOL.id(), SCHOOL.kind()).unit(SCHOOL).count(MetricKey.of("students.users"), 0);

    RollUp up =
        RollUp.of(
            UnitTree.of(
                town().subunits(V1, SCHOOL).build(),
                List.of(part(V1, 10, 9).build(), school.build())),
            Doc.SET);

    assertThat(up.evidence().counts()).containsOnlyKeys(POPULATION_ACTUAL, POPULATION_REACHED);
  }
}
