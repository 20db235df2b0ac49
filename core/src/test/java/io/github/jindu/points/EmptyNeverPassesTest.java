package io.github.jindu.points;

import static io.github.jindu.testing.ScoredSet.RECOGNITION;
import static io.github.jindu.testing.ScoredSet.band;
import static io.github.jindu.testing.ScoredSet.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.testing.ScoredSet;
import org.junit.jupiter.api.Test;

/** The invariants of docs/spec/criteria.md, "Points schemes", that keep a unit with no evidence from qualifying. */
class EmptyNeverPassesTest {
  /** Issue #9: under a points scheme with pass mark 0, a town with no evidence at all was QUALIFIED. */
  @Test
  void passMarkNotAboveZero_isRefused() {
    InvalidCriteriaException e =
        catchThrowableOfType(
            () ->
                PointsScheme.builder()
                    .putCriterionPoints(ScoredSet.HOTSPOTS, d("10"))
                    .passMark(d("0"))
                    .addBands(band("全部", "all", "0", true, "10", true))
                    .build(),
            InvalidCriteriaException.class);
    assertThat(e.violations())
        .extracting(Violation::code)
        .contains(RuleCode.POINTS_PASS_MARK_NOT_ABOVE_ZERO);
    assertThat(e.violations())
        .filteredOn(v -> v.code() == RuleCode.POINTS_PASS_MARK_NOT_ABOVE_ZERO)
        .extracting(Violation::values)
        .containsExactly(com.google.common.collect.ImmutableList.of("0"));
  }

  /**
   * Issue #9: a scheme in which only an advisory criterion carries points qualified a town with every gating
   * criterion NOT_MET.
   */
  @Test
  void advisoryCriterionPoints_areRefused() {
    PointsScheme scheme =
        PointsScheme.builder()
            .putCriterionPoints(RECOGNITION, d("10"))
            .passMark(d("10"))
            .addBands(
                band("不合格", "failed", "0", true, "10", false),
                band("合格", "passed", "10", true, "10", true))
            .build();
    InvalidCriteriaException e =
        catchThrowableOfType(() -> ScoredSet.with(scheme), InvalidCriteriaException.class);
    assertThat(e.violations())
        .extracting(Violation::code)
        .containsExactly(RuleCode.POINTS_ADVISORY_CRITERION);
    assertThat(e.violations().get(0).values()).containsExactly(RECOGNITION);
  }
}
