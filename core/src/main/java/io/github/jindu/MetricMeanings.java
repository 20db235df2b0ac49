package io.github.jindu;

import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;

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
        throw new InvalidCriteriaException("metric " + m.key() + " is defined twice in criteria set " + set.id());
      }
    }
    Set<MetricKey> read = new HashSet<>();
    for (Criterion c : set.criteria()) {
      for (MetricKey key : c.threshold().metrics()) {
        if (!defined.containsKey(key)) {
          throw new InvalidCriteriaException("criterion " + c.id() + " reads metric " + key
              + ", which criteria set " + set.id() + " does not define");
        }
        read.add(key);
      }
      Threshold t = c.threshold();
      if (t instanceof MinShare) {
        sameUnit(c, defined.get(((MinShare) t).numerator()), defined.get(((MinShare) t).denominator()));
      } else if (t instanceof Increase && ((Increase) t).isShare()) {
        sameUnit(c, defined.get(((Increase) t).metric()), defined.get(((Increase) t).denominator().get()));
      } else if (t instanceof MaxRate) {
        people(c, defined.get(((MaxRate) t).base()), "the base of a rate");
      } else if (t instanceof LowestAmongPeers) {
        people(c, defined.get(((LowestAmongPeers) t).population()), "the population of a case rate");
      }
    }
    for (Metric m : set.metricDefinitions()) {
      if (!read.contains(m.key())) {
        throw new InvalidCriteriaException("metric " + m.key() + " is defined but no criterion of criteria set "
            + set.id() + " reads it");
      }
    }
  }

  private static void sameUnit(Criterion c, Metric part, Metric whole) {
    if (part.unit() != whole.unit()) {
      throw new InvalidCriteriaException("criterion " + c.id() + " uses metrics with two meanings: it divides "
          + part.key() + " (" + part.unit().wireName() + ") by " + whole.key() + " (" + whole.unit().wireName()
          + ")");
    }
  }

  private static void people(Criterion c, Metric metric, String role) {
    if (metric.unit() != CountUnit.PEOPLE) {
      throw new InvalidCriteriaException("metric " + metric.key() + " is used with two meanings: defined as a count "
          + "of " + metric.unit().wireName() + ", but criterion " + c.id() + " uses it as " + role + " (people)");
    }
  }
}
