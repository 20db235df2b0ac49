package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.CountUnit;
import io.github.jindu.EventType;
import io.github.jindu.MissingEvidence;
import io.github.jindu.ObservationKind;
import io.github.jindu.ReasonKind;
import io.github.jindu.Setting;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.ThresholdKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every constant of every enum on the wire has a wire name that reads back to it, and no two share one. */
class WireNamesTest {
  private static final List<Class<? extends Enum<?>>> WIRE_ENUMS =
      List.of(
          EventType.class,
          Setting.class,
          UnitKind.class,
          CountUnit.class,
          Cadence.class,
          Comparison.class,
          ThresholdKind.class,
          ObservationKind.class,
          ReasonKind.class,
          MissingEvidence.EvidenceList.class);

  @Test
  void everyConstantOfEveryWireEnum_roundTrips() {
    for (Class<? extends Enum<?>> type : WIRE_ENUMS) {
      roundTrip(type);
    }
  }

  private static <E extends Enum<E>> void roundTrip(Class<?> raw) {
    @SuppressWarnings("unchecked")
    Class<E> type = (Class<E>) raw;
    Set<String> seen = new HashSet<>();
    for (E constant : type.getEnumConstants()) {
      String name = WireNames.of(constant);
      assertThat(name).as("%s", constant).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(seen.add(name)).as("%s is unique in %s", name, type.getSimpleName()).isTrue();
      assertThat(WireNames.find(type, name)).as(name).hasValue(constant);
      assertThat(WireNames.of(constant)).isSameAs(name);
    }
  }

  @Test
  void wireNames_areTheDocumentedSpellings() {
    assertThat(WireNames.of(UnitKind.RESIDENTS_COMMITTEE)).isEqualTo("residents-committee");
    assertThat(WireNames.of(Cadence.HALF_YEAR)).isEqualTo("half-year");
    assertThat(WireNames.of(ThresholdKind.LOWEST_AMONG_PEERS)).isEqualTo("lowest-among-peers");
    assertThat(WireNames.of(MissingEvidence.EvidenceList.VETOES)).isEqualTo("vetoes");
  }

  @Test
  void find_isExact() {
    assertThat(WireNames.find(Cadence.class, "half-year")).hasValue(Cadence.HALF_YEAR);
    assertThat(WireNames.find(Cadence.class, "HALF_YEAR")).isEmpty();
    assertThat(WireNames.find(Cadence.class, "Half-Year")).isEmpty();
    assertThat(WireNames.find(Cadence.class, "half-year ")).isEmpty();
    assertThat(WireNames.find(Setting.class, "month")).isEmpty();
    assertThatThrownBy(() -> WireNames.find(Cadence.class, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void required_writesTheNotationOfResultOne() {
    assertThat(Required.symbol(Comparison.AT_LEAST)).isEqualTo(">=");
    assertThat(Required.symbol(Comparison.GREATER_THAN)).isEqualTo(">");
    assertThat(Required.symbol(Comparison.AT_MOST)).isEqualTo("<=");
    assertThat(Required.symbol(Comparison.LESS_THAN)).isEqualTo("<");
  }
}
