package io.github.jindu;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Another unit of the same district (区), for {@code results.case-rate-lowest} (万人发案率在全区最低, 二(十)):
 * its actual population (实有人口) and its count of drug-related criminal cases of the eight categories
 * (涉毒八类刑事案件) in the period, each possibly unknown; and, for a bar that compares the unit with the district's
 * average ({@link io.github.jindu.bar.PeerAverage}, 与全区平均值比较), the peer's own counts of the metrics that bar
 * reads, keyed as in {@link Evidence#counts()}.
 *
 * <p>Example: {@code Peer.of("310199-002", 52300, 5)}: 5 cases per 52,300 people, about 0.96 per 10,000;
 * {@code Peer.of("310199-007", OptionalLong.of(40100), OptionalLong.empty())}: 40,100 people, a case count the
 * district does not know.
 *
 * <p>Interpretation (docs/spec/criteria.md, {@code LOWEST_AMONG_PEERS}): a figure that is not known is absent,
 * never 0. Its rate is then unknown, so nobody compared with this peer can be known to have the lowest rate: the
 * criterion is {@link Outcome#NOT_ASSESSED}, naming this peer
 * ({@link MissingEvidence.MissingPeerFigure}). Missing evidence never passes.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Peer {
  Peer() {}

  /**
   * Returns a peer whose figures are both known.
   *
   * @param unit the peer unit's id; must differ from the assessed unit's
   * @param population its actual population, a number of people, at least 1 within {@link Evidence}
   * @param cases its drug-related criminal cases in the period, at least 0 within {@link Evidence}
   * @return the peer
   */
  public static Peer of(String unit, long population, long cases) {
    return ImmutablePeer.of(
        unit, OptionalLong.of(population), OptionalLong.of(cases), ImmutableMap.of());
  }

  /**
   * Returns a peer, each figure known or not.
   *
   * @param unit the peer unit's id; must differ from the assessed unit's
   * @param population its actual population, a number of people, at least 1 within {@link Evidence}; empty when
   *     not known
   * @param cases its drug-related criminal cases in the period, at least 0 within {@link Evidence}; empty when
   *     not known
   * @return the peer
   */
  public static Peer of(String unit, OptionalLong population, OptionalLong cases) {
    return ImmutablePeer.of(unit, population, cases, ImmutableMap.of());
  }

  /**
   * Returns a peer with counts of its own, for {@link io.github.jindu.bar.PeerAverage} bars.
   *
   * <p>Example: {@code Peer.of("520102-003", OptionalLong.empty(), OptionalLong.empty(),
   * Map.of(MetricKey.of("survey.safe"), 912L, MetricKey.of("survey.respondents"), 1000L))}: 912 of 1,000
   * respondents feel safe; its population and cases are not given.
   *
   * @param unit the peer unit's id; must differ from the assessed unit's
   * @param population its actual population, empty when not known
   * @param cases its drug-related criminal cases in the period, empty when not known
   * @param counts its counts in the period by metric key, each at least 0 within {@link Evidence}, of metrics the
   *     set defines; a metric that is absent is not known (never 0)
   * @return the peer
   */
  public static Peer of(
      String unit,
      OptionalLong population,
      OptionalLong cases,
      Map<? extends MetricKey, ? extends Long> counts) {
    return ImmutablePeer.of(unit, population, cases, counts);
  }

  /** {@return the peer unit's id} */
  @Value.Parameter
  public abstract String unitId();

  /** {@return its actual population (实有人口), a number of people; empty when not known} */
  @Value.Parameter
  public abstract OptionalLong population();

  /** {@return its drug-related criminal cases (涉毒八类刑事案件) in the period; empty when not known} */
  @Value.Parameter
  public abstract OptionalLong cases();

  /**
   * {@return the peer's counts in the period by metric key, for {@link io.github.jindu.bar.PeerAverage} bars; a
   * metric that is absent is not known}
   */
  @Value.Parameter
  public abstract ImmutableMap<MetricKey, Long> counts();

  /**
   * Returns one of the peer's counts.
   *
   * @param key the metric
   * @return its count in the period; empty when not known
   */
  public final OptionalLong count(MetricKey key) {
    Long value = counts().get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** {@return whether both figures are known, so that the peer's rate is} */
  public final boolean isKnown() {
    return population().isPresent() && cases().isPresent();
  }
}
