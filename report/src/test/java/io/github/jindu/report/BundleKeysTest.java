package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.CountUnit;
import io.github.jindu.EventType;
import io.github.jindu.Setting;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.Cadence;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Title;
import io.github.jindu.json.WireNames;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
            .as("%s in %s", key, language)
            .doesNotThrowAnyException();
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
  void everyElementOfTheDefaultSet_hasATraditionalName_whichTheTraditionalReportPrints() {
    var set = MunicipalModelCommunity.criteriaSet();
    assertThat(set.traditionalChineseName()).hasValue("市禁毒工作示範社區");
    set.indicators().forEach(i -> assertThat(i.traditionalChineseName()).as(i.id()).isPresent());
    set.criteria().forEach(c -> assertThat(c.traditionalChineseName()).as(c.id()).isPresent());
    set.vetoRules().forEach(v -> assertThat(v.traditionalChineseName()).as(v.id()).isPresent());
    set.metricDefinitions()
        .forEach(m -> assertThat(m.traditionalChineseName()).as(m.key().name()).isPresent());
  }

  /** Every constant of every enum a report names has a word in each of the three bundles. */
  @Test
  void everyConstantOfEveryNamedEnum_hasAWordInEachBundle() {
    Map<String, Class<? extends Enum<?>>> prefixes = new LinkedHashMap<>();
    prefixes.put("event.", EventType.class);
    prefixes.put("setting.", Setting.class);
    prefixes.put("unit-kind.", UnitKind.class);
    prefixes.put("count-unit.", CountUnit.class);
    prefixes.put("cadence.", Cadence.class);
    prefixes.put("unit-title.", Title.class);
    for (ReportLanguage language : ReportLanguage.values()) {
      Messages m = Messages.of("report", language);
      prefixes.forEach(
          (prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
              assertThat(m.find(prefix + WireNames.of(constant)))
                  .as("%s%s in %s", prefix, constant, language)
                  .hasValueSatisfying(word -> assertThat(word).isNotBlank());
            }
          });
    }
    assertThat(
            Messages.of("report", ReportLanguage.ZH_HANS).format("unit-kind.residents-committee"))
        .isEqualTo("居委会");
    assertThat(
            Messages.of("report", ReportLanguage.ZH_HANT).format("unit-kind.residents-committee"))
        .isEqualTo("居委會");
    assertThat(Messages.of("report", ReportLanguage.EN).format("unit-kind.residents-committee"))
        .isEqualTo("residents' committee");
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
        .hasMessage(
            "unknown report language \"fr\" (accepted: zh, zh-Hans, zh-CN, zh-Hant, zh-TW, zh-HK, en)");
  }
}
