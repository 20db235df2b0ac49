package io.github.jindu.district;

import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;

/** Copies of evidence with some fields replaced: the value types have strict builders and no copy methods. */
final class Evidences {
  private Evidences() {}

  /** {@return {@code e} with its counts, previous counts and peers replaced, every other field as it was} */
  static Evidence with(Evidence e, Map<MetricKey, Long> counts, Map<MetricKey, Long> previous,
      Optional<ImmutableList<Peer>> peers) {
    return Evidence.builder()
        .unit(e.unit())
        .period(e.period())
        .putAllCounts(counts)
        .putAllPrevious(previous)
        .subunits(e.subunits())
        .events(e.events())
        .putAllAttestations(e.attestations())
        .addAllVetoes(e.vetoes())
        .peers(peers)
        .build();
  }
}
