package io.github.jindu;

import io.github.jindu.internal.Texts;
import java.util.Optional;

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
    return ImmutableMetric.of(key, chineseName, englishName, unit, Optional.empty());
  }

  /**
   * Returns a metric definition with a name in Traditional characters too.
   *
   * @param key the key read from evidence
   * @param chineseName the Chinese name (Simplified), such as 实有人口
   * @param traditionalChineseName the name in Traditional characters, such as 實有人口
   * @param englishName the English name
   * @param unit what the metric counts
   * @return the definition
   * @throws InvalidCriteriaException if a name is blank
   */
  public static Metric of(
      MetricKey key, String chineseName, String traditionalChineseName, String englishName, CountUnit unit) {
    return ImmutableMetric.of(key, chineseName, englishName, unit, Optional.of(traditionalChineseName));
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

  /** {@return the name in Traditional characters (繁體), such as 實有人口, or empty if the set gives none} */
  @Value.Parameter
  public abstract Optional<String> traditionalChineseName();

  @Value.Check
  void check() {
    if (Texts.isBlank(chineseName()) || Texts.isBlank(englishName())
        || traditionalChineseName().filter(Texts::isBlank).isPresent()) {
      throw InvalidCriteriaException.of(RuleCode.METRIC_NAMES_BLANK, key());
    }
  }
}
