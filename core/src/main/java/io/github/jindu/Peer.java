package io.github.jindu;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Another unit of the same district (区), for {@code results.case-rate-lowest} (万人发案率在全区最低, 二(十)):
 * its actual population (实有人口) and its count of drug-related criminal cases of the eight categories
 * (涉毒八类刑事案件) in the period, each possibly unknown.
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
    return ImmutablePeer.of(unit, OptionalLong.of(population), OptionalLong.of(cases));
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
    return ImmutablePeer.of(unit, population, cases);
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

  /** {@return whether both figures are known, so that the peer's rate is} */
  public final boolean isKnown() {
    return population().isPresent() && cases().isPresent();
  }
}
