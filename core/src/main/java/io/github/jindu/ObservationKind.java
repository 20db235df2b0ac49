package io.github.jindu;

/**
 * The kind of an {@link Observation}: one per shape of figure a bar observes. In {@code result/1} it is written as
 * its wire name ({@code share}, {@code share-increase}…).
 */
public enum ObservationKind {
  /** A share {@code part / whole} ({@link io.github.jindu.bar.MinShare}). */
  SHARE,
  /** A rate {@code count / base} ({@link io.github.jindu.bar.MaxRate}). */
  RATE,
  /** One count ({@link io.github.jindu.bar.ZeroCount}). */
  COUNT,
  /** A count now and in the previous period ({@link io.github.jindu.bar.Increase} of a count). */
  INCREASE,
  /** A share now and in the previous period ({@link io.github.jindu.bar.Increase} of a share). */
  SHARE_INCREASE,
  /** The calendar periods of a schedule and those without an event ({@link io.github.jindu.bar.EveryPeriod}). */
  SCHEDULE,
  /** The settings reached and missing ({@link io.github.jindu.bar.AllOf}). */
  SETTINGS,
  /** The sub-units and those without a letter in force ({@link io.github.jindu.bar.Within}). */
  LETTERS,
  /** The earliest qualifying date and the deadline ({@link io.github.jindu.bar.ByDate}). */
  DATE,
  /** The unit's rate and the lowest peer's ({@link io.github.jindu.bar.LowestAmongPeers}). */
  PEERS,
  /** An assessor's attestation ({@link io.github.jindu.bar.Attested}). */
  ATTESTATION,
  /** How many events fell in the days that count ({@link io.github.jindu.bar.AtLeastEvents}). */
  EVENT_COUNT,
  /** The unit's figure and the district's average over its peers ({@link io.github.jindu.bar.PeerAverage}). */
  PEER_AVERAGE,
  /** The units sampled of a population and those that failed ({@link io.github.jindu.bar.Sample}). */
  SAMPLE;
}
