package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import org.junit.jupiter.api.Test;

/** criteria/1's {@code partOf} on a metric and {@code calendarYear} on the set: read, written, refused when wrong. */
class PartOfJsonTest {
  private static final String SHARE =
      "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\","
          + "\"bound\":\"90%\"}";

  /** The tiny set of {@link CriteriaJsonTest#tiny}, with {@code a.total} declared to be a part of {@code wholes}. */
  private static String withPartOf(String wholes) {
    return CriteriaJsonTest.tiny(SHARE)
        .replace(
            "\"a.total\":{\"zh\":\"乙\",\"en\":\"a total\",\"unit\":\"people\"}",
            "\"a.total\":{\"zh\":\"乙\",\"en\":\"a total\",\"unit\":\"people\",\"partOf\":"
                + wholes
                + "},"
                + "\"a.all\":{\"zh\":\"丙\",\"en\":\"all\",\"unit\":\"people\"}");
  }

  @Test
  void partOf_isRead_andWrittenBack() {
    // a.all must be read by a criterion: the tiny set's share reads only a.reached and a.total, so
    // add a share.
    String json =
        withPartOf("[\"a.all\"]")
            .replace(
                "\"bar\":" + SHARE + "}]",
                "\"bar\":"
                    + SHARE
                    + "},{\"id\":\"x.all\",\"name\":{\"zh\":\"丁\",\"en\":\"all\"},\"clause\":\"一\","
                    + "\"bar\":{\"kind\":\"min-share\",\"numerator\":\"a.total\",\"denominator\":\"a.all\",\"bound\":\"1/2\"}}]");
    CriteriaSet set = CriteriaJson.read(json);

    assertThat(set.metricDefinition(MetricKey.of("a.total")).orElseThrow().partOf())
        .containsExactly(MetricKey.of("a.all"));
    assertThat(CriteriaJson.write(set)).containsPattern("\"partOf\" : \\[\\s*\"a.all\"\\s*\\]");
    assertThat(CriteriaJson.read(CriteriaJson.write(set))).isEqualTo(set);
  }

  @Test
  void aPartOfAnUndefinedCount_isRefused() {
    assertThatThrownBy(() -> CriteriaJson.read(withPartOf("[\"a.none\"]")))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code)
                    .contains(RuleCode.METRIC_PART_OF_UNDEFINED));
  }

  @Test
  void aPartOfThatIsNotAMetricKey_isRefused_namingTheElement() {
    assertThatThrownBy(() -> CriteriaJson.read(withPartOf("[\"A Total\"]")))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .anySatisfy(
                        v -> {
                          assertThat(v.code()).isEqualTo(RuleCode.METRIC_KEY_MALFORMED);
                          assertThat(JsonPaths.of(v.location()))
                              .isEqualTo("$.metrics[\"a.total\"].partOf[0]");
                        }));
    assertThatThrownBy(() -> CriteriaJson.read(withPartOf("\"a.all\"")))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("type.not-array");
  }

  @Test
  void calendarYear_isRead_andTheDefaultSetWritesIt() {
    assertThat(CriteriaJson.read(CriteriaJsonTest.tiny(SHARE)).calendarYear()).isFalse();
    String calendar =
        CriteriaJsonTest.tiny(SHARE)
            .replace("\"unitKinds\":", "\"calendarYear\":true,\"unitKinds\":");
    assertThat(CriteriaJson.read(calendar).calendarYear()).isTrue();
    assertThat(CriteriaJson.write(MunicipalModelCommunity.criteriaSet()))
        .contains("\"calendarYear\" : true");
    assertThatThrownBy(
            () ->
                CriteriaJson.read(calendar.replace("\"calendarYear\":true", "\"calendarYear\":1")))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("type.not-boolean");
  }
}
