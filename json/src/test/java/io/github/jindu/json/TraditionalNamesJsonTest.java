package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import org.junit.jupiter.api.Test;

/** {@code criteria/1} takes an optional Traditional name ({@code "zh-Hant"}) for every named element. */
class TraditionalNamesJsonTest {
  private static final String BAR =
      "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\"9/10\"}";

  private static String withTraditional(String json) {
    return json.replace(
            "\"name\":{\"zh\":\"小\",\"en\":\"tiny\"}",
            "\"name\":{\"zh\":\"小\",\"zh-Hant\":\"小\",\"en\":\"tiny\"}")
        .replace(
            "\"x.share\",\"name\":{\"zh\":\"甲\",",
            "\"x.share\",\"name\":{\"zh\":\"甲\",\"zh-Hant\":\"甲項\",")
        .replace("\"a.total\":{\"zh\":\"乙\",", "\"a.total\":{\"zh\":\"乙\",\"zh-Hant\":\"乙數\",");
  }

  @Test
  void traditionalNames_areReadAndWrittenBack() {
    String json = withTraditional(CriteriaJsonTest.tiny(BAR));
    CriteriaSet set = CriteriaJson.read(json);
    assertThat(set.traditionalChineseName()).hasValue("小");
    assertThat(set.criteria().get(0).traditionalChineseName()).hasValue("甲項");
    assertThat(set.indicators().get(0).traditionalChineseName()).isEmpty();
    assertThat(set.metricDefinitions().get(1).traditionalChineseName()).hasValue("乙數");
    assertThat(CriteriaJson.read(CriteriaJson.write(set))).isEqualTo(set);
    assertThat(CriteriaJson.write(set)).contains("\"zh-Hant\" : \"甲項\"");
  }

  @Test
  void aTraditionalName_isPartOfTheFingerprint_andItsAbsenceChangesNothingElse() {
    CriteriaSet plain = CriteriaJson.read(CriteriaJsonTest.tiny(BAR));
    CriteriaSet named = CriteriaJson.read(withTraditional(CriteriaJsonTest.tiny(BAR)));
    assertThat(named.fingerprint()).isNotEqualTo(plain.fingerprint());
    assertThat(named).isNotEqualTo(plain);
  }

  @Test
  void aBlankTraditionalName_isRefused() {
    String json =
        CriteriaJsonTest.tiny(BAR)
            .replace(
                "\"x.share\",\"name\":{\"zh\":\"甲\",",
                "\"x.share\",\"name\":{\"zh\":\"甲\",\"zh-Hant\":\" \",");
    assertThatThrownBy(() -> CriteriaJson.read(json))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("zh-Hant");
  }

  @Test
  void theBundledDefaultSet_carriesTheSeedsTraditionalNames() {
    CriteriaSet set = CriteriaJson.read(CriteriaJsonTest.defaultDocument());
    assertThat(set).isEqualTo(MunicipalModelCommunity.criteriaSet());
    assertThat(set.criteria()).allSatisfy(c -> assertThat(c.traditionalChineseName()).isPresent());
    assertThat(CriteriaJsonTest.defaultDocument()).contains("\"zh-Hant\" : \"月月有活動\"");
  }
}
