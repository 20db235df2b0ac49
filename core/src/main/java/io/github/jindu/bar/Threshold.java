package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.EventKind;
import io.github.jindu.MetricKey;
import io.github.jindu.Ratio;

/**
 * The bar (标准) a criterion sets, with its exact bound and its inclusivity: one class per
 * {@link ThresholdKind}. Bounds are exact ({@link Ratio}, whole numbers, dates); no bar is ever compared on a
 * floating-point or rounded figure.
 *
 * <p>Callers that must handle each kind implement {@link Visitor}; Jindu's own assessment does.
 *
 * @implSpec Implementations are immutable and thread-safe.
 */
public sealed interface Threshold
    permits Attested,
        MinShare,
        MaxRate,
        ZeroCount,
        Increase,
        EveryPeriod,
        AllOf,
        Within,
        ByDate,
        LowestAmongPeers,
        AtLeastEvents,
        PeerAverage,
        Sample {

  /**
   * Returns the kind of bar.
   *
   * @return the kind, matching this object's class
   */
  ThresholdKind kind();

  /**
   * Returns the count keys this bar reads, in this period and (for {@link Increase}) the previous one.
   *
   * @return the keys; empty for bars that read attestations or events only
   */
  default ImmutableSet<MetricKey> metrics() {
    return ImmutableSet.of();
  }

  /**
   * Returns the event types this bar reads, built in or declared by the set.
   *
   * @return the types; empty for bars that read counts or attestations only
   */
  default ImmutableSet<EventKind> eventKinds() {
    return ImmutableSet.of();
  }

  /**
   * Dispatches on the kind of bar.
   *
   * @param visitor the handler of each kind
   * @param <R> what the visitor returns
   * @return what the visitor returned for this bar
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * A handler of each kind of bar.
   *
   * @param <R> what it returns
   */
  interface Visitor<R> {
    /**
     * Handles an {@link Attested} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(Attested t);

    /**
     * Handles a {@link MinShare} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(MinShare t);

    /**
     * Handles a {@link MaxRate} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(MaxRate t);

    /**
     * Handles a {@link ZeroCount} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(ZeroCount t);

    /**
     * Handles an {@link Increase} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(Increase t);

    /**
     * Handles an {@link EveryPeriod} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(EveryPeriod t);

    /**
     * Handles an {@link AllOf} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(AllOf t);

    /**
     * Handles a {@link Within} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(Within t);

    /**
     * Handles a {@link ByDate} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(ByDate t);

    /**
     * Handles a {@link LowestAmongPeers} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(LowestAmongPeers t);

    /**
     * Handles an {@link AtLeastEvents} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(AtLeastEvents t);

    /**
     * Handles a {@link Sample} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(Sample t);

    /**
     * Handles a {@link PeerAverage} bar.
     *
     * @param t the bar
     * @return the visitor's result for it
     */
    R visit(PeerAverage t);
  }
}
