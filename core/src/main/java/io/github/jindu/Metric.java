package io.github.jindu;

import org.immutables.value.Value;

/**
 * The definition of a count a criteria set reads (统计指标): its key, its names and what it counts.
 *
 * <p>Example: {@code Metric.of(Metrics.POPULATION_ACTUAL, "实有人口", "actual population", CountUnit.PEOPLE)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Metric {
  Metric() {}

  /**
   * Returns a metric definition.
   *
   * @param key the key read from evidence
   * @param chineseName the Chinese name, such as 实有人口
   * @param englishName the English name, such as "actual population"
   * @param unit what it counts
   * @return the definition
   * @throws InvalidCriteriaException if a name is blank
   */
  public static Metric of(MetricKey key, String chineseName, String englishName, CountUnit unit) {
    return ImmutableMetric.of(key, chineseName, englishName, unit);
  }

  /** {@return the key read from evidence} */
  @Value.Parameter
  public abstract MetricKey key();

  /** {@return the Chinese name, such as 实有人口} */
  @Value.Parameter
  public abstract String chineseName();

  /** {@return the English name, such as "actual population"} */
  @Value.Parameter
  public abstract String englishName();

  /** {@return what the metric counts} */
  @Value.Parameter
  public abstract CountUnit unit();

  @Value.Check
  void check() {
    if (chineseName().isBlank() || englishName().isBlank()) {
      throw InvalidCriteriaException.of(RuleCode.METRIC_NAMES_BLANK, key());
    }
  }
}
