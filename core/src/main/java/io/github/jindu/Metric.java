package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.Texts;
import java.util.Arrays;
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
    return ImmutableMetric.of(
        key, chineseName, englishName, unit, Optional.empty(), ImmutableList.of());
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
      MetricKey key,
      String chineseName,
      String traditionalChineseName,
      String englishName,
      CountUnit unit) {
    return ImmutableMetric.of(
        key,
        chineseName,
        englishName,
        unit,
        Optional.of(traditionalChineseName),
        ImmutableList.of());
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

  /**
   * Returns the counts this count is a part of (部分不超过整体): in valid evidence it never exceeds any of them,
   * this period's and the previous (docs/spec/criteria.md, "Invalid evidence", the table of parts). Each must be
   * defined by the same criteria set. Relations are transitive: a part of a part is a part of the whole, so the
   * rule holds even when a link of the chain is absent from the evidence. The parts a share implies (its numerator
   * within its denominator) need not be declared.
   *
   * <p>Example: {@code users.abstinent-3y} is part of {@code users.abstinent-1y}; {@code urine-test.persons-due} is
   * part of {@code users.registered} and of {@code urine-test.tests-due} (every person due owes at least one test),
   * so the two may count different things.
   *
   * @return the keys of the wholes, in the order declared; empty by default
   */
  @Value.Parameter
  public abstract ImmutableList<MetricKey> partOf();

  /**
   * Returns a copy of this definition that is a part of the given counts, in addition to those it already is.
   *
   * @param wholes the keys of the wholes, each defined by the same criteria set (checked when the set is built)
   * @return the definition with {@link #partOf()} extended, duplicates dropped
   */
  public final Metric asPartOf(MetricKey... wholes) {
    ImmutableList<MetricKey> all =
        ImmutableList.<MetricKey>builder()
            .addAll(partOf())
            .addAll(Arrays.asList(wholes))
            .build()
            .stream()
            .distinct()
            .collect(ImmutableList.toImmutableList());
    return ImmutableMetric.of(
        key(), chineseName(), englishName(), unit(), traditionalChineseName(), all);
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(chineseName())
        || Texts.isBlank(englishName())
        || traditionalChineseName().filter(Texts::isBlank).isPresent()) {
      throw InvalidCriteriaException.of(RuleCode.METRIC_NAMES_BLANK, key());
    }
  }
}
