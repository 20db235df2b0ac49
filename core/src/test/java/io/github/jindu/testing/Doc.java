package io.github.jindu.testing;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test support: a mutable recipe for an {@link Evidence}, from nothing ({@link #of}) or from the sample town of
 * {@code cases/sample-town-2025.json} ({@link #sampleTown()}, {@link #allMet()}). Each change returns {@code this};
 * {@link #build()} makes the evidence.
 */
public final class Doc {
  public static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  public static final AssessmentPeriod YEAR_2025 =
      AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final Evidence SAMPLE = readSample();

  private Unit unit;
  private AssessmentPeriod period = YEAR_2025;
  private final Map<MetricKey, Long> counts = new LinkedHashMap<>();
  private final Map<MetricKey, Long> previous = new LinkedHashMap<>();
  private Optional<List<Unit>> subunits = Optional.empty();
  private Optional<List<Event>> events = Optional.empty();
  private final Map<String, Attestation> attestations = new LinkedHashMap<>();
  private Optional<List<VetoFinding>> vetoes = Optional.empty();
  private Optional<List<Peer>> peers = Optional.empty();

  private Doc(Unit unit) {
    this.unit = unit;
  }

  /** A document of a unit with nothing else. */
  public static Doc of(String id, UnitKind kind) {
    return new Doc(Unit.of(id, "单位" + id, kind, "310199"));
  }

  /** The sample town 东沙镇, field for field, without its peers. */
  public static Doc sampleTown() {
    Doc d = new Doc(SAMPLE.unit());
    d.counts.putAll(SAMPLE.counts());
    d.previous.putAll(SAMPLE.previous());
    d.subunits = SAMPLE.subunits().map(ArrayList::new);
    d.events = SAMPLE.events().map(ArrayList::new);
    d.attestations.putAll(SAMPLE.attestations());
    d.vetoes = SAMPLE.vetoes().map(ArrayList::new);
    return d;
  }

  /** The sample town with its three gating failures mended: every criterion but the case rate can be met. */
  public static Doc allMet() {
    Doc d =
        sampleTown()
            .count(Metrics.URINE_TEST_TESTS_DONE, 994)
            .count(Metrics.USERS_ABSTINENT_3Y, 61)
            .attest("distinction.recognition", true, "市禁毒办工作简报 2025年第6期");
    d.events.get().add(Event.of(EventType.SITUATION_ANALYSIS, LocalDate.of(2025, 9, 25)));
    return d;
  }

  public Doc unit(String id, String name, UnitKind kind) {
    unit = Unit.of(id, name, kind, "310199");
    return this;
  }

  public Doc unit(Unit unit) {
    this.unit = unit;
    return this;
  }

  public Doc period(AssessmentPeriod period) {
    this.period = period;
    return this;
  }

  public Doc count(MetricKey key, long value) {
    counts.put(key, value);
    return this;
  }

  public Doc withoutCount(MetricKey key) {
    counts.remove(key);
    return this;
  }

  public Doc withoutCounts() {
    counts.clear();
    previous.clear();
    return this;
  }

  public Doc previous(MetricKey key, long value) {
    previous.put(key, value);
    return this;
  }

  /** Lists sub-units, replacing any, and drops the responsibility letters of sub-units no longer listed. */
  public Doc subunits(Unit... units) {
    subunits = Optional.of(new ArrayList<>(Arrays.asList(units)));
    events.ifPresent(
        list ->
            list.removeIf(
                e ->
                    e.subunitId().isPresent()
                        && Arrays.stream(units)
                            .noneMatch(u -> u.id().equals(e.subunitId().get()))));
    return this;
  }

  public Doc events(Event... list) {
    events = Optional.of(new ArrayList<>(Arrays.asList(list)));
    return this;
  }

  /** Adds a responsibility letter signed with each listed sub-unit on 1 March 2025. */
  public Doc letters() {
    subunits
        .orElseThrow()
        .forEach(u -> events.orElseThrow().add(Event.letter(LocalDate.of(2025, 3, 1), u.id())));
    return this;
  }

  public Doc attest(String criterion, boolean met, String reference) {
    attestations.put(criterion, Attestation.of(met, reference));
    return this;
  }

  public Doc veto(String reference) {
    List<VetoFinding> list = new ArrayList<>(vetoes.orElse(List.of()));
    list.add(VetoFinding.of(SampleEvidence.VETO, reference));
    vetoes = Optional.of(list);
    return this;
  }

  public Doc peers(Peer... list) {
    peers = Optional.of(Arrays.asList(list));
    return this;
  }

  public Evidence build() {
    return Evidence.builder()
        .unit(unit)
        .period(period)
        .putAllCounts(counts)
        .putAllPrevious(previous)
        .subunits(subunits.map(ImmutableList::copyOf))
        .events(events.map(ImmutableList::copyOf))
        .putAllAttestations(attestations)
        .vetoes(vetoes.map(ImmutableList::copyOf))
        .peers(peers.map(ImmutableList::copyOf))
        .build();
  }

  private static Evidence readSample() {
    return SampleEvidence.sampleTown().build();
  }
}
