package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.testing.ScoredSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Versions of a criteria set, and the one in force for a period, by date. */
class CriteriaVersionsTest {
  private static final CriteriaSet BASE = ScoredSet.unscored();
  private static final CriteriaSet V2019 =
      BASE.withVersion("2019").withInForceUntil(Optional.of(day(2023, 12, 31)));
  private static final CriteriaSet V2024 =
      BASE.withVersion("2024").withInForceFrom(Optional.of(day(2024, 1, 1)));
  private static final CriteriaVersions VERSIONS = CriteriaVersions.of(V2019, V2024);

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static AssessmentPeriod period(LocalDate start, LocalDate end) {
    return AssessmentPeriod.of(start, end);
  }

  private static CriteriaSet version(
      String label, Optional<LocalDate> from, Optional<LocalDate> until) {
    return BASE.withVersion(label).withInForceFrom(from).withInForceUntil(until);
  }

  // ---- choosing by date ----

  @Test
  void inForce_aPeriodEndingOnTheLastDayOfAVersion_isThatVersion() {
    assertThat(VERSIONS.inForce(BASE.id(), period(day(2023, 1, 1), day(2023, 12, 31))))
        .isEqualTo(V2019);
  }

  @Test
  void inForce_aPeriodStartingOnTheFirstDayOfAVersion_isThatVersion() {
    assertThat(VERSIONS.inForce(BASE.id(), period(day(2024, 1, 1), day(2024, 12, 31))))
        .isEqualTo(V2024);
  }

  @Test
  void inForce_longBeforeAndLongAfter_areTheOpenEndedVersions() {
    assertThat(VERSIONS.inForce(BASE.id(), period(day(1999, 1, 1), day(1999, 12, 31))))
        .isEqualTo(V2019);
    assertThat(VERSIONS.inForce(BASE.id(), period(day(2099, 1, 1), day(2099, 12, 31))))
        .isEqualTo(V2024);
  }

  @Test
  void inForce_aPeriodThatStraddlesTwoVersions_isRefused_namingBoth() {
    assertThatThrownBy(
            () -> VERSIONS.inForce(BASE.id(), period(day(2023, 12, 31), day(2024, 1, 1))))
        .isInstanceOf(JinduException.class)
        .hasMessageContaining("2019")
        .hasMessageContaining("2024");
  }

  @Test
  void inForce_anUnknownSet_isRefused_namingIt() {
    assertThatThrownBy(
            () -> VERSIONS.inForce("no-such-set", period(day(2024, 1, 1), day(2024, 12, 31))))
        .isInstanceOf(JinduException.class)
        .hasMessageContaining("no-such-set");
  }

  @Test
  void inForce_aPeriodReachingIntoAGapBetweenVersions_isRefused_namingTheSet() {
    CriteriaSet early = version("2019", Optional.empty(), Optional.of(day(2022, 12, 31)));
    CriteriaSet late = version("2024", Optional.of(day(2024, 1, 1)), Optional.empty());
    CriteriaVersions gapped = CriteriaVersions.of(early, late);
    for (AssessmentPeriod p :
        List.of(
            period(day(2023, 1, 1), day(2023, 12, 31)),
            period(day(2022, 7, 1), day(2023, 6, 30)),
            period(day(2023, 7, 1), day(2024, 6, 30)))) {
      assertThatThrownBy(() -> gapped.inForce(BASE.id(), p))
          .as("%s", p)
          .isInstanceOf(JinduException.class)
          .hasMessageContaining(BASE.id());
    }
    assertThat(gapped.inForce(BASE.id(), period(day(2022, 12, 31), day(2022, 12, 31))))
        .isEqualTo(early);
  }

  @Test
  void inForce_picksAmongTheVersionsOfTheSetNamed() {
    CriteriaSet other = ScoredSet.setBuilder("other").build();
    CriteriaVersions mixed = CriteriaVersions.of(other, V2019, V2024);
    assertThat(mixed.inForce("other", period(day(2023, 1, 1), day(2023, 12, 31)))).isSameAs(other);
    assertThat(mixed.inForce(BASE.id(), period(day(2023, 1, 1), day(2023, 12, 31))))
        .isEqualTo(V2019);
  }

  @Test
  void version_byLabel_isThatVersion_whateverItsDays() {
    assertThat(VERSIONS.version(BASE.id(), "2019")).isEqualTo(V2019);
    assertThat(VERSIONS.version(BASE.id(), "2024")).isEqualTo(V2024);
  }

  @Test
  void version_anUnknownLabel_isRefused_namingIt() {
    assertThatThrownBy(() -> VERSIONS.version(BASE.id(), "2021"))
        .isInstanceOf(JinduException.class)
        .hasMessageContaining("2021");
    assertThatThrownBy(() -> VERSIONS.version("no-such-set", "2019"))
        .isInstanceOf(JinduException.class)
        .hasMessageContaining("no-such-set");
  }

  @Test
  void all_isEveryVersionInTheOrderGiven() {
    assertThat(CriteriaVersions.of(List.of(V2024, V2019)).all()).containsExactly(V2024, V2019);
    assertThat(CriteriaVersions.of().all()).isEmpty();
  }

  // ---- versions that cannot live together ----

  @Test
  void versionsThatMeetAtMidnight_areAccepted() {
    CriteriaSet a = version("a", Optional.of(day(2020, 1, 1)), Optional.of(day(2021, 12, 31)));
    CriteriaSet b = version("b", Optional.of(day(2022, 1, 1)), Optional.of(day(2023, 12, 31)));
    assertThat(
            CriteriaVersions.of(b, a)
                .inForce(BASE.id(), period(day(2022, 1, 1), day(2022, 12, 31))))
        .isEqualTo(b);
  }

  @Test
  void versionsThatShareOneDay_areRefused_namingTheDay() {
    CriteriaSet overlapping = version("2023b", Optional.of(day(2023, 12, 31)), Optional.empty());
    assertThatThrownBy(() -> CriteriaVersions.of(V2019, overlapping))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("2023-12-31");
  }

  @Test
  void versionsThatBothEndButNeverStart_areRefused_namingTheEarlierEnd() {
    CriteriaSet a = version("a", Optional.empty(), Optional.of(day(2021, 12, 31)));
    CriteriaSet b = version("b", Optional.empty(), Optional.of(day(2023, 12, 31)));
    assertThatThrownBy(() -> CriteriaVersions.of(a, b))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("2021-12-31");
  }

  @Test
  void versionsThatBothStart_areRefused_namingTheLaterStart() {
    CriteriaSet a = version("a", Optional.of(day(2020, 1, 1)), Optional.empty());
    CriteriaSet b = version("b", Optional.of(day(2022, 1, 1)), Optional.of(day(2022, 6, 30)));
    assertThatThrownBy(() -> CriteriaVersions.of(a, b))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("2022-01-01");
  }

  @Test
  void versionsInForceOnEveryDay_areRefused() {
    assertThatThrownBy(() -> CriteriaVersions.of(BASE.withVersion("a"), BASE.withVersion("b")))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(BASE.id());
  }

  @Test
  void oneVersionLabelTwice_isRefused_namingIt() {
    CriteriaSet again = version("2019", Optional.of(day(2030, 1, 1)), Optional.empty());
    assertThatThrownBy(() -> CriteriaVersions.of(V2019, again))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("2019");
  }

  @Test
  void differentSets_mayShareALabelAndEveryDay() {
    CriteriaSet other = ScoredSet.setBuilder("other").build();
    assertThat(CriteriaVersions.of(BASE, other).all()).hasSize(2);
  }

  // ---- the days of one version ----

  @Test
  void isInForce_theFirstAndLastDayAreIncluded_theDaysOutsideAreNot() {
    CriteriaSet set = version("2024", Optional.of(day(2024, 1, 1)), Optional.of(day(2024, 12, 31)));
    assertThat(set.isInForceOn(day(2023, 12, 31))).isFalse();
    assertThat(set.isInForceOn(day(2024, 1, 1))).isTrue();
    assertThat(set.isInForceOn(day(2024, 12, 31))).isTrue();
    assertThat(set.isInForceOn(day(2025, 1, 1))).isFalse();
    assertThat(set.isInForce(period(day(2024, 1, 1), day(2024, 12, 31)))).isTrue();
    assertThat(set.isInForce(period(day(2023, 12, 31), day(2024, 12, 31)))).isFalse();
    assertThat(set.isInForce(period(day(2024, 1, 1), day(2025, 1, 1)))).isFalse();
  }

  @Test
  void isInForce_withoutDays_isEveryDay() {
    assertThat(BASE.isInForceOn(day(1, 1, 1))).isTrue();
    assertThat(BASE.isInForceOn(day(9999, 12, 31))).isTrue();
  }

  @Test
  void aVersionOfOneDay_isAccepted_andOneThatEndsBeforeItStarts_isRefused() {
    assertThat(
            version("d", Optional.of(day(2024, 1, 1)), Optional.of(day(2024, 1, 1)))
                .isInForceOn(day(2024, 1, 1)))
        .isTrue();
    assertThatThrownBy(
            () -> version("d", Optional.of(day(2024, 1, 2)), Optional.of(day(2024, 1, 1))))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("2024-01-01");
  }

  @Test
  void assess_onAVersionNotInForceThroughoutThePeriod_isInvalidEvidence() {
    CriteriaSet set = version("2024", Optional.of(day(2025, 1, 2)), Optional.empty());
    assertThatThrownBy(() -> ScoredSet.town().assessOn(set))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessageContaining("2025-01-02");
    CriteriaSet from =
        version("2025", Optional.of(day(2025, 1, 1)), Optional.of(day(2025, 12, 31)));
    assertThat(ScoredSet.town().assessOn(from).criteriaSetVersion()).isEqualTo("2025");
  }
}
