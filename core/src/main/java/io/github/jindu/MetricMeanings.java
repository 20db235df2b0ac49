package io.github.jindu;

import static java.util.Objects.requireNonNull;

import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.CanonicalNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the metric definitions of a criteria set against the bars that read them: every count read is defined
 * once, every definition is read, every declared whole ({@link Metric#partOf()}) is defined and no count is a part
 * of itself, and no count is used with two meanings (a share divides like by like; a rate's
 * base and a peer population are people).
 */
final class MetricMeanings {
  private MetricMeanings() {}

  static void check(CriteriaSet set) {
    Map<MetricKey, Metric> defined = new HashMap<>();
    for (Metric m : set.metricDefinitions()) {
      if (defined.put(m.key(), m) != null) {
        throw InvalidCriteriaException.of(RuleCode.METRIC_DEFINED_TWICE, m.key(), set.id());
      }
    }
    Set<MetricKey> read = new HashSet<>();
    for (Criterion c : set.criteria()) {
      for (MetricKey key : c.threshold().metrics()) {
        if (!defined.containsKey(key)) {
          throw InvalidCriteriaException.of(RuleCode.METRIC_UNDEFINED, c.id(), key, set.id());
        }
        read.add(key);
      }
      Threshold t = c.threshold();
      if (t instanceof MinShare) {
        sameUnit(
            c,
            requireNonNull(defined.get(((MinShare) t).numerator())),
            requireNonNull(defined.get(((MinShare) t).denominator())));
      } else if (t instanceof Increase && ((Increase) t).isShare()) {
        sameUnit(
            c,
            requireNonNull(defined.get(((Increase) t).metric())),
            requireNonNull(defined.get(((Increase) t).denominator().get())));
      } else if (t instanceof MaxRate) {
        people(
            c,
            requireNonNull(defined.get(((MaxRate) t).base())),
            RuleCode.METRIC_RATE_BASE_NOT_PEOPLE);
      } else if (t instanceof LowestAmongPeers) {
        people(
            c,
            requireNonNull(defined.get(((LowestAmongPeers) t).population())),
            RuleCode.METRIC_PEER_POPULATION_NOT_PEOPLE);
      }
    }
    for (Metric m : set.metricDefinitions()) {
      if (!read.contains(m.key())) {
        throw InvalidCriteriaException.of(RuleCode.METRIC_UNREAD, m.key(), set.id());
      }
      for (MetricKey whole : m.partOf()) {
        if (!defined.containsKey(whole)) {
          throw InvalidCriteriaException.of(
              RuleCode.METRIC_PART_OF_UNDEFINED, m.key(), whole, set.id());
        }
      }
    }
    for (Metric m : set.metricDefinitions()) {
      List<MetricKey> chain = cycleFrom(m.key(), defined);
      if (!chain.isEmpty()) {
        throw InvalidCriteriaException.of(
            RuleCode.METRIC_PART_OF_CYCLE,
            m.key(),
            chain.stream().map(MetricKey::name).collect(Collectors.joining(" \u2282 ")));
      }
    }
  }

  /** {@return the keys from {@code start} through its wholes back to {@code start}, or empty if there is no such chain} */
  private static List<MetricKey> cycleFrom(MetricKey start, Map<MetricKey, Metric> defined) {
    Map<MetricKey, MetricKey> via = new HashMap<>();
    Deque<MetricKey> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      MetricKey part = queue.removeFirst();
      for (MetricKey whole : requireNonNull(defined.get(part)).partOf()) {
        if (whole.equals(start)) {
          List<MetricKey> chain = new ArrayList<>();
          chain.add(start);
          for (MetricKey k = part; !k.equals(start); k = requireNonNull(via.get(k))) {
            chain.add(1, k);
          }
          chain.add(start);
          return chain;
        }
        if (!via.containsKey(whole) && defined.containsKey(whole)) {
          via.put(whole, part);
          queue.addLast(whole);
        }
      }
    }
    return List.of();
  }

  private static void sameUnit(Criterion c, Metric part, Metric whole) {
    if (part.unit() != whole.unit()) {
      throw InvalidCriteriaException.of(
          RuleCode.METRIC_SHARE_UNITS_DIFFER,
          c.id(),
          part.key(),
          CanonicalNames.of(part.unit()),
          whole.key(),
          CanonicalNames.of(whole.unit()));
    }
  }

  private static void people(Criterion c, Metric metric, RuleCode rule) {
    if (metric.unit() != CountUnit.PEOPLE) {
      throw InvalidCriteriaException.of(
          rule, metric.key(), CanonicalNames.of(metric.unit()), c.id());
    }
  }
}
