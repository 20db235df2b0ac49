package io.github.jindu.bar;

/**
 * The kinds of bar a criterion can set (docs/spec/criteria.md, "Kinds of bar"), one {@link Threshold} class each.
 */
public enum ThresholdKind {
  /** An assessor's documented judgement: {@link Attested}. */
  ATTESTED,
  /** A share at least (or above) a bound: {@link MinShare}. */
  MIN_SHARE,
  /** A rate per N at most (or below) a bound: {@link MaxRate}. */
  MAX_RATE,
  /** A count equal to 0: {@link ZeroCount}. */
  ZERO,
  /** A value strictly above the previous period's: {@link Increase}. */
  INCREASE,
  /** An event in every calendar month, quarter or half-year: {@link EveryPeriod}. */
  EVERY_PERIOD,
  /** Events that together reach every member of a set: {@link AllOf}. */
  ALL_OF,
  /** An event for every sub-unit still in force at the period's end: {@link Within}. */
  WITHIN,
  /** An event no later than a day of the year: {@link ByDate}. */
  BY_DATE,
  /** A rate no higher than any peer's: {@link LowestAmongPeers}. */
  LOWEST_AMONG_PEERS,
  /** At least so many events in the period or a window of months: {@link AtLeastEvents}. */
  AT_LEAST_EVENTS,
  /** A count, share or rate compared with the district's average over the peers: {@link PeerAverage}. */
  PEER_AVERAGE,
  /** Enough units of a population sampled (抽查), and few enough of them failing: {@link Sample}. */
  SAMPLE;
}
