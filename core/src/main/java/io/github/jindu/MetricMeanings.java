package io.github.jindu;

import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.CanonicalNames;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks the metric definitions of a criteria set against the bars that read them: every count read is defined
 * once, every definition is read, and no count is used with two meanings (a share divides like by like; a rate's
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
        sameUnit(c, defined.get(((MinShare) t).numerator()), defined.get(((MinShare) t).denominator()));
      } else if (t instanceof Increase && ((Increase) t).isShare()) {
        sameUnit(c, defined.get(((Increase) t).metric()), defined.get(((Increase) t).denominator().get()));
      } else if (t instanceof MaxRate) {
        people(c, defined.get(((MaxRate) t).base()), RuleCode.METRIC_RATE_BASE_NOT_PEOPLE);
      } else if (t instanceof LowestAmongPeers) {
        people(c, defined.get(((LowestAmongPeers) t).population()), RuleCode.METRIC_PEER_POPULATION_NOT_PEOPLE);
      }
    }
    for (Metric m : set.metricDefinitions()) {
      if (!read.contains(m.key())) {
        throw InvalidCriteriaException.of(RuleCode.METRIC_UNREAD, m.key(), set.id());
      }
    }
  }

  private static void sameUnit(Criterion c, Metric part, Metric whole) {
    if (part.unit() != whole.unit()) {
      throw InvalidCriteriaException.of(RuleCode.METRIC_SHARE_UNITS_DIFFER, c.id(), part.key(),
          CanonicalNames.of(part.unit()), whole.key(), CanonicalNames.of(whole.unit()));
    }
  }

  private static void people(Criterion c, Metric metric, RuleCode rule) {
    if (metric.unit() != CountUnit.PEOPLE) {
      throw InvalidCriteriaException.of(rule, metric.key(), CanonicalNames.of(metric.unit()), c.id());
    }
  }
}
