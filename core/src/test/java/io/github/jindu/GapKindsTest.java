package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.Observation.CountObservation;
import io.github.jindu.Observation.DateObservation;
import io.github.jindu.Observation.Lapse;
import io.github.jindu.Observation.LettersObservation;
import io.github.jindu.Observation.ScheduleObservation;
import io.github.jindu.Observation.SettingsObservation;
import io.github.jindu.Observation.ShareObservation;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.internal.Gaps;
import io.github.jindu.internal.Verdicts;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gaps of the bars that are not ratios (docs/spec/boundaries.md, "Gap exactness"): what is still uncovered,
 * missing or late, so that covering it meets the bar and leaving one of it does not.
 */
class GapKindsTest {
  private static CalendarPeriod quarter(int q) {
    return CalendarPeriod.of(Cadence.QUARTER, YearMonth.of(2025, (q - 1) * 3 + 1));
  }

  @Test
  void aSchedule_givesItsUncoveredPeriods_andCoveringAllButOneIsStillNotMet() {
    EveryPeriod bar = EveryPeriod.of(EventType.SITUATION_ANALYSIS, Cadence.QUARTER);
    ImmutableList<CalendarPeriod> all =
        ImmutableList.of(quarter(1), quarter(2), quarter(3), quarter(4));
    ScheduleObservation two =
        new ScheduleObservation(all, ImmutableList.of(quarter(2), quarter(3)));
    assertThat(Gaps.of(bar, two))
        .contains(new Gap.Periods(ImmutableList.of(quarter(2), quarter(3))));
    assertThat(Verdicts.outcome(bar, new ScheduleObservation(all, ImmutableList.of())))
        .isEqualTo(Outcome.MET);
    assertThat(Verdicts.outcome(bar, new ScheduleObservation(all, ImmutableList.of(quarter(3)))))
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void settingsAndLetters_giveWhatIsStillMissing() {
    AllOf settings =
        AllOf.of(EventType.PREVENTION_ACTIVITY, ImmutableSet.of(Setting.COMMUNITY, Setting.SCHOOL));
    assertThat(
            Gaps.of(
                settings,
                new SettingsObservation(
                    ImmutableSet.of(Setting.COMMUNITY), ImmutableSet.of(Setting.SCHOOL))))
        .contains(new Gap.Settings(ImmutableSet.of(Setting.SCHOOL)));
    Within letters = Within.of(EventType.RESPONSIBILITY_LETTER, 2);
    Lapse never = new Lapse("310199-001-02", Optional.empty(), Optional.empty());
    assertThat(Gaps.of(letters, new LettersObservation(3, ImmutableList.of(never))))
        .contains(new Gap.Letters(ImmutableList.of(never)));
  }

  @Test
  void aDateBar_givesItsDeadline_whichMeetsIt_andTheDayAfterDoesNot() {
    ByDate plan = ByDate.of(EventType.PREVENTION_PLAN, MonthDay.of(3, 31));
    LocalDate deadline = LocalDate.of(2025, 3, 31);
    DateObservation late =
        new DateObservation(Optional.of(LocalDate.of(2025, 5, 6)), Optional.of(deadline));
    assertThat(Gaps.of(plan, late)).contains(new Gap.LatestDate(deadline));
    assertThat(
            Verdicts.outcome(
                plan, new DateObservation(Optional.of(deadline), Optional.of(deadline))))
        .isEqualTo(Outcome.MET);
    assertThat(
            Verdicts.outcome(
                plan,
                new DateObservation(Optional.of(deadline.plusDays(1)), Optional.of(deadline))))
        .isEqualTo(Outcome.NOT_MET);
    assertThat(Gaps.of(plan, new DateObservation(Optional.empty(), Optional.of(deadline))))
        .contains(new Gap.LatestDate(deadline));
  }

  @Test
  void aCountThatMustBeZero_givesAtMostZero_anAttestationNoGap_andAShareAboveOneNone() {
    assertThat(Gaps.of(ZeroCount.of(Metrics.HOTSPOTS), new CountObservation(2)))
        .contains(new Gap.Fewer(Metrics.HOTSPOTS, 0));
    assertThat(Gaps.of(Attested.of(), new Observation.AttestationObservation(false, "纪要")))
        .isEmpty();
    MinShare aboveAll =
        MinShare.of(
            Metrics.POPULATION_REACHED,
            Metrics.POPULATION_ACTUAL,
            Ratio.ONE,
            io.github.jindu.bar.Comparison.GREATER_THAN);
    assertThat(Gaps.of(aboveAll, new ShareObservation(5, 10))).isEmpty();
    assertThat(Gaps.of(aboveAll, new ShareObservation(10, 10))).isEmpty();
  }

  @Test
  void aGapIsNeverEmptyOrNegative() {
    assertThatThrownBy(() -> new Gap.More(Metrics.USERS_NEW, 0)).hasMessageContaining("amount (0)");
    assertThatThrownBy(() -> new Gap.Fewer(Metrics.USERS_NEW, -1))
        .hasMessageContaining("atMost (-1)");
    assertThatThrownBy(() -> new Gap.Periods(ImmutableList.of())).hasMessageContaining("uncovered");
    assertThatThrownBy(() -> new Gap.Settings(ImmutableSet.of())).hasMessageContaining("missing");
    assertThatThrownBy(() -> new Gap.Letters(ImmutableList.of())).hasMessageContaining("lapses");
  }
}
