package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.ZeroCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The metric definitions of a set against the bars that read them: every count read is defined once, every
 * definition is read, and each count is used as what it counts.
 */
class MetricMeaningsTest {
  private static final MetricKey PART = MetricKey.of("a.part");
  private static final MetricKey WHOLE = MetricKey.of("a.whole");

  private static Metric metric(MetricKey key, CountUnit unit) {
    return Metric.of(key, "计数" + key.name(), key.name(), unit);
  }

  private static CriteriaSet set(Threshold bar, Metric... definitions) {
    return CriteriaSet.builder()
        .id("meanings")
        .chineseName("含义")
        .englishName("meanings")
        .addUnitKinds(UnitKind.TOWN)
        .addIndicators(
            Indicator.builder()
                .id("x")
                .chineseName("指标")
                .englishName("x")
                .clause("一")
                .addCriteria(
                    Criterion.builder()
                        .id("x.bar")
                        .chineseName("标准")
                        .englishName("bar")
                        .clause("一(一)")
                        .threshold(bar)
                        .build())
                .build())
        .addMetricDefinitions(definitions)
        .build();
  }

  @Test
  void aShareOfLikeByLike_isAccepted() {
    CriteriaSet set =
        set(
            MinShare.atLeast(PART, WHOLE, Ratio.of(9, 10)),
            metric(PART, CountUnit.TESTS),
            metric(WHOLE, CountUnit.TESTS));
    assertThat(set.metricDefinitions()).extracting(Metric::key).containsExactly(PART, WHOLE);
  }

  @Test
  void aShareOfPeopleByTests_isRefused_namingTheCriterion() {
    assertThatThrownBy(
            () ->
                set(
                    MinShare.atLeast(PART, WHOLE, Ratio.of(9, 10)),
                    metric(PART, CountUnit.PEOPLE),
                    metric(WHOLE, CountUnit.TESTS)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("x.bar");
  }

  @Test
  void anIncreaseOfAShare_ofUnlikeCounts_isRefused_ofLikeCounts_isAccepted() {
    assertThatThrownBy(
            () ->
                set(
                    Increase.ofShare(PART, WHOLE),
                    metric(PART, CountUnit.PEOPLE),
                    metric(WHOLE, CountUnit.PLACES)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("x.bar");
    assertThat(
            set(
                    Increase.ofShare(PART, WHOLE),
                    metric(PART, CountUnit.PLACES),
                    metric(WHOLE, CountUnit.PLACES))
                .metrics())
        .containsExactly(PART, WHOLE);
  }

  @Test
  void anIncreaseOfACount_mayCountAnything() {
    assertThat(set(Increase.ofCount(PART), metric(PART, CountUnit.CASES)).metrics())
        .containsExactly(PART);
  }

  @Test
  void aRateWhoseBaseIsNotPeople_isRefused_namingTheBase() {
    assertThatThrownBy(
            () ->
                set(
                    MaxRate.atMost(PART, WHOLE, Ratio.of(1, 2), 10_000),
                    metric(PART, CountUnit.CASES),
                    metric(WHOLE, CountUnit.PLACES)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(WHOLE.name());
    assertThat(
            set(
                    MaxRate.atMost(PART, WHOLE, Ratio.of(1, 2), 10_000),
                    metric(PART, CountUnit.CASES),
                    metric(WHOLE, CountUnit.PEOPLE))
                .metrics())
        .containsExactly(PART, WHOLE);
  }

  @Test
  void aPeerRateWhosePopulationIsNotPeople_isRefused_namingThePopulation() {
    assertThatThrownBy(
            () ->
                set(
                    LowestAmongPeers.of(PART, WHOLE),
                    metric(PART, CountUnit.CASES),
                    metric(WHOLE, CountUnit.CASES)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(WHOLE.name());
    assertThat(
            set(
                    LowestAmongPeers.of(PART, WHOLE),
                    metric(PART, CountUnit.CASES),
                    metric(WHOLE, CountUnit.PEOPLE))
                .metrics())
        .containsExactly(PART, WHOLE);
  }

  @Test
  void aCountDefinedTwice_isRefused_namingIt() {
    assertThatThrownBy(
            () ->
                set(
                    ZeroCount.of(PART),
                    metric(PART, CountUnit.CASES),
                    metric(PART, CountUnit.PLACES)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(PART.name());
  }

  @Test
  void aCountReadButNotDefined_isRefused_namingItAndTheCriterion() {
    assertThatThrownBy(
            () ->
                set(MinShare.atLeast(PART, WHOLE, Ratio.of(1, 2)), metric(PART, CountUnit.PEOPLE)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(WHOLE.name())
        .hasMessageContaining("x.bar");
  }

  @Test
  void aCountDefinedButNotRead_isRefused_namingIt() {
    assertThatThrownBy(
            () ->
                set(
                    ZeroCount.of(PART),
                    metric(PART, CountUnit.CASES),
                    metric(WHOLE, CountUnit.PEOPLE)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(WHOLE.name());
  }

  @Test
  void noDefinitions_areNotChecked() {
    CriteriaSet set = set(MinShare.atLeast(PART, WHOLE, Ratio.of(1, 2)));
    assertThat(set.metricDefinitions()).isEmpty();
    assertThat(set.metrics()).containsExactly(PART, WHOLE);
  }

  @Test
  void theDefaultSet_definesEveryCountItReads_once() {
    CriteriaSet set = io.github.jindu.catalogue.MunicipalModelCommunity.criteriaSet();
    List<MetricKey> defined = new ArrayList<>();
    set.metricDefinitions().forEach(m -> defined.add(m.key()));
    assertThat(defined).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(set.metrics());
  }
}
