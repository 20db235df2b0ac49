package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import org.immutables.value.Value;

/**
 * The bar {@code LOWEST_AMONG_PEERS}: the unit's rate {@code cases / population} is at most every peer's rate in
 * the same district, compared exactly (ties count as lowest). An empty peer list (a district of one) is met; an
 * absent peer list is {@link Outcome#NOT_ASSESSED}.
 *
 * <p>Example: 涉毒八类刑事案件万人发案率在全区最低 (二(十)) is
 * {@code LowestAmongPeers.of(Metrics.CASES_DRUG_RELATED, Metrics.POPULATION_ACTUAL)}: 6 cases in 84,210 people
 * against a peer's 5 in 70,175 (exactly the same rate) is met; against 5 in 70,176 it is not.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class LowestAmongPeers implements Threshold {
  LowestAmongPeers() {}

  /**
   * Returns the bar.
   *
   * @param cases the key of the unit's count of cases
   * @param population the key of the unit's population (the rate's base)
   * @return the bar
   * @throws InvalidCriteriaException if the two keys are equal
   */
  public static LowestAmongPeers of(MetricKey cases, MetricKey population) {
    return ImmutableLowestAmongPeers.of(cases, population);
  }

  /** {@return the key of the unit's count of cases} */
  @Value.Parameter
  public abstract MetricKey cases();

  /** {@return the key of the unit's population} */
  @Value.Parameter
  public abstract MetricKey population();

  @Value.Check
  void check() {
    if (cases().equals(population())) {
      throw InvalidCriteriaException.of(RuleCode.RATE_OWN_BASE, cases());
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.LOWEST_AMONG_PEERS;
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return ImmutableSet.of(cases(), population());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
