package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The three report bundles hold the same keys, each a valid pattern, and the languages parse as documented. */
class BundleKeysTest {
  private static Set<String> keys(ReportLanguage language) {
    return new TreeSet<>(Messages.of("report", language).keys());
  }

  @Test
  void everyKeyOfTheBaseBundle_isInTheOtherTwo_andViceVersa() {
    Set<String> base = keys(ReportLanguage.ZH_HANS);
    assertThat(base).hasSizeGreaterThan(100);
    assertThat(keys(ReportLanguage.ZH_HANT)).isEqualTo(base);
    assertThat(keys(ReportLanguage.EN)).isEqualTo(base);
  }

  @Test
  void everyPattern_isAValidMessageFormat() {
    for (ReportLanguage language : ReportLanguage.values()) {
      Messages m = Messages.of("report", language);
      for (String key : m.keys()) {
        assertThatCode(() -> new MessageFormat(m.find(key).orElseThrow(), Locale.ROOT))
            .as("%s in %s", key, language).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void theTraditionalBundle_usesTheTermsOfTheTraditionalCopy() {
    Messages hant = Messages.of("report", ReportLanguage.ZH_HANT);
    assertThat(hant.format("title")).contains("禁毒工作示範社區");
    assertThat(hant.format("overall.qualified")).isEqualTo("達標");
    assertThat(hant.format("overall.not-qualified")).isEqualTo("未達標");
    assertThat(hant.format("overall.incomplete")).isEqualTo("材料不全");
    assertThat(hant.format("overall.vetoed")).isEqualTo("一票否決");
  }

  @Test
  void everyElementOfTheDefaultSet_hasATraditionalName() {
    Messages names = Messages.of("default-set-names", ReportLanguage.ZH_HANT);
    var set = MunicipalModelCommunity.criteriaSet();
    assertThat(names.find("set." + set.id() + ".simplified")).hasValue(set.chineseName());
    set.indicators().forEach(i -> assertThat(names.find("indicator." + i.id() + ".simplified")).as(i.id())
        .hasValue(i.chineseName()));
    set.criteria().forEach(c -> assertThat(names.find("criterion." + c.id() + ".simplified")).as(c.id())
        .hasValue(c.chineseName()));
    set.vetoRules().forEach(v -> assertThat(names.find("veto." + v.id() + ".simplified")).as(v.id())
        .hasValue(v.chineseName()));
    set.metricDefinitions().forEach(m -> assertThat(names.find("metric." + m.key().name() + ".simplified"))
        .as(m.key().name()).hasValue(m.chineseName()));
  }

  @Test
  void parse_acceptsTheDocumentedTags_ignoringCase() {
    for (String tag : new String[] {"zh", "zh-Hans", "zh-CN", "ZH-cn", "zh_CN"}) {
      assertThat(ReportLanguage.parse(tag)).as(tag).isEqualTo(ReportLanguage.ZH_HANS);
    }
    for (String tag : new String[] {"zh-Hant", "zh-TW", "zh-HK", "zh-hk"}) {
      assertThat(ReportLanguage.parse(tag)).as(tag).isEqualTo(ReportLanguage.ZH_HANT);
    }
    assertThat(ReportLanguage.parse("EN")).isEqualTo(ReportLanguage.EN);
    assertThatThrownBy(() -> ReportLanguage.parse("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report language \"fr\" (accepted: zh, zh-Hans, zh-CN, zh-Hant, zh-TW, zh-HK, en)");
  }
}
