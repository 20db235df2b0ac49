package io.github.jindu;

import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.bar.Attested;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleEvidence;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API an embedder meets: typed errors from builders, copy methods, builders that take any collection. */
class ValueApiTest {
  private static final Evidence SAMPLE = SampleEvidence.sampleTown().build();

  @Test
  void evidenceBuilder_withoutUnitAndPeriod_namesBothInATypedException() {
    assertThatThrownBy(() -> Evidence.builder().build())
        .isInstanceOfSatisfying(
            MissingAttributeException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo("Evidence");
              assertThat(e.attributes()).containsExactly("unit", "period");
            })
        .isInstanceOf(JinduException.class);
  }

  @Test
  void criterionBuilder_withoutThreshold_namesIt() {
    assertThatThrownBy(
            () ->
                Criterion.builder().id("x.y").chineseName("甲").englishName("x").clause("一").build())
        .isInstanceOfSatisfying(
            MissingAttributeException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo("Criterion");
              assertThat(e.attributes()).containsExactly("threshold");
            });
  }

  @Test
  void unitBuilder_withoutName_namesIt() {
    assertThatThrownBy(() -> Unit.builder().id("310199-001").kind(UnitKind.TOWN).build())
        .isInstanceOfSatisfying(
            MissingAttributeException.class,
            e -> assertThat(e.attributes()).containsExactly("name"));
  }

  @Test
  void pointsBandBuilder_withoutItsBounds_namesThem() {
    assertThatThrownBy(
            () ->
                io.github.jindu.points.PointsScheme.Band.builder()
                    .chineseName("优秀")
                    .englishName("excellent")
                    .build())
        .isInstanceOfSatisfying(
            MissingAttributeException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo("Band");
              assertThat(e.attributes()).contains("lower", "upper");
            });
  }

  @Test
  void evidenceBuilder_takesPlainLists() {
    List<Event> events =
        new ArrayList<>(List.of(Event.of(EventType.TRAINING, LocalDate.of(2025, 5, 9))));
    Evidence evidence =
        Evidence.builder()
            .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN))
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .events(events)
            .subunits(List.of())
            .peers(List.of(Peer.of("310199-002", 60_000, 3)))
            .build();
    events.clear();
    assertThat(evidence.events()).hasValueSatisfying(e -> assertThat(e).hasSize(1));
    assertThat(evidence.subunits()).hasValueSatisfying(s -> assertThat(s).isEmpty());
    assertThat(evidence.peers().orElseThrow())
        .extracting(Peer::unitId)
        .containsExactly("310199-002");
  }

  @Test
  void withCounts_replacesOnlyTheCounts_andIsCheckedLikeANewValue() {
    Evidence fewer = SAMPLE.withCounts(Map.of(POPULATION_ACTUAL, 100L, POPULATION_REACHED, 90L));
    assertThat(fewer.counts()).containsOnlyKeys(POPULATION_ACTUAL, POPULATION_REACHED);
    assertThat(fewer.events()).isEqualTo(SAMPLE.events());
    assertThat(fewer.previous()).isEqualTo(SAMPLE.previous());
    assertThat(fewer.unit()).isEqualTo(SAMPLE.unit());
    assertThatThrownBy(() -> SAMPLE.withCounts(Map.of(POPULATION_ACTUAL, -1L)))
        .isInstanceOf(InvalidEvidenceException.class);
  }

  @Test
  void withPeers_andWithoutPeers() {
    assertThat(SAMPLE.withoutPeers().peers()).isEmpty();
    assertThat(SAMPLE.withPeers(List.of()).peers())
        .hasValue(com.google.common.collect.ImmutableList.of());
    assertThat(SAMPLE.withoutPeers().withPeers(SAMPLE.peers().orElseThrow())).isEqualTo(SAMPLE);
  }

  @Test
  void criterionAndSetCopies_changeOnePart() {
    CriteriaSet set = MunicipalModelCommunity.criteriaSet();
    Criterion plan =
        set.criteria().stream()
            .filter(c -> c.id().equals("prevention.annual-plan"))
            .findFirst()
            .orElseThrow();
    Criterion attested = plan.withThreshold(Attested.of());
    assertThat(attested.threshold()).isEqualTo(Attested.of());
    assertThat(attested.id()).isEqualTo(plan.id());
    assertThat(attested.clause()).isEqualTo(plan.clause());
    assertThat(plan.withAdvisory(true).advisory()).isTrue();

    CriteriaSet strict = set.withVersion("2009-strict");
    assertThat(strict.version()).isEqualTo("2009-strict");
    assertThat(strict.indicators()).isEqualTo(set.indicators());
    assertThat(strict.fingerprint()).isNotEqualTo(set.fingerprint());
    assertThat(set.withInForceFrom(Optional.of(LocalDate.of(2009, 1, 1))).inForceFrom())
        .hasValue(LocalDate.of(2009, 1, 1));
  }
}
