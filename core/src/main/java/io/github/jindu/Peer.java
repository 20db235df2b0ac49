package io.github.jindu;

import org.immutables.value.Value;

/**
 * Another unit of the same district (区), for {@code results.case-rate-lowest} (万人发案率在全区最低, 二(十)):
 * its actual population (实有人口) and its count of drug-related criminal cases of the eight categories
 * (涉毒八类刑事案件) in the period.
 *
 * <p>Example: {@code Peer.of("310199-002", 52300, 5)}: 5 cases per 52,300 people, about 0.96 per 10,000.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Peer {
  Peer() {}

  /**
   * Returns a peer.
   *
   * @param unit the peer unit's id; must differ from the assessed unit's
   * @param population its actual population, at least 1 within {@link Evidence}
   * @param cases its drug-related criminal cases in the period, at least 0 within {@link Evidence}
   * @return the peer
   */
  public static Peer of(String unit, long population, long cases) {
    return ImmutablePeer.of(unit, population, cases);
  }

  /** {@return the peer unit's id} */
  @Value.Parameter
  public abstract String unitId();

  /** {@return its actual population (实有人口), a number of people} */
  @Value.Parameter
  public abstract long population();

  /** {@return its drug-related criminal cases (涉毒八类刑事案件) in the period} */
  @Value.Parameter
  public abstract long cases();
}
