package io.github.jindu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.report.ReportLanguage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The command line's own bundles: the same keys in the three languages, each a valid MessageFormat pattern. */
class CliBundlesTest {
  @Test
  void everyKey_isInAllThreeBundles() {
    Set<String> simplified = new TreeSet<>(CliText.of(ReportLanguage.ZH_HANS).bundle().keySet());
    assertThat(new TreeSet<>(CliText.of(ReportLanguage.ZH_HANT).bundle().keySet()))
        .isEqualTo(simplified);
    assertThat(new TreeSet<>(CliText.of(ReportLanguage.EN).bundle().keySet()))
        .isEqualTo(simplified);
    assertThat(simplified)
        .contains("header.evidence", "usage.unknown-option", "jindu.assess.usage.description");
  }

  @Test
  void everyMessage_isAValidPattern() {
    for (ReportLanguage language : ReportLanguage.values()) {
      CliText text = CliText.of(language);
      for (String key : text.bundle().keySet()) {
        if (!key.contains("usage.")
            && !key.equals("help")
            && !key.equals("version")
            && !key.contains(".FILE")
            && !key.contains(".PATH")
            && !key.startsWith("option.")
            && !key.contains(".option.")) {
          assertThat(new MessageFormat(text.bundle().getString(key), Locale.ROOT).getFormats())
              .as(key)
              .isNotNull();
        }
      }
    }
  }

  @Test
  void theHeader_countsInEachLanguage() {
    assertThat(CliText.of(ReportLanguage.EN).get("header.evidence", "t.json", "1", 1))
        .isEqualTo("jindu: invalid evidence in t.json (1 violation):");
    assertThat(CliText.of(ReportLanguage.EN).get("header.evidence", "t.json", "1000", 1000))
        .isEqualTo("jindu: invalid evidence in t.json (1000 violations):");
    assertThat(CliText.of(ReportLanguage.ZH_HANS).get("header.evidence", "t.json", "1000", 1000))
        .isEqualTo("jindu：t.json 中的材料无效（1000 处违规）：");
    assertThat(CliText.of(ReportLanguage.ZH_HANT).get("header.evidence", "t.json", "2", 2))
        .isEqualTo("jindu：t.json 中的材料無效（2 處違規）：");
  }

  @Test
  void languageTags_areParsedCaseInsensitively() {
    assertThat(ReportLanguage.parse("zh")).isEqualTo(ReportLanguage.ZH_HANS);
    assertThat(ReportLanguage.parse("zh-Hans")).isEqualTo(ReportLanguage.ZH_HANS);
    assertThat(ReportLanguage.parse("ZH-cn")).isEqualTo(ReportLanguage.ZH_HANS);
    assertThat(ReportLanguage.parse("zh-Hant")).isEqualTo(ReportLanguage.ZH_HANT);
    assertThat(ReportLanguage.parse("zh-TW")).isEqualTo(ReportLanguage.ZH_HANT);
    assertThat(ReportLanguage.parse("zh-hk")).isEqualTo(ReportLanguage.ZH_HANT);
    assertThat(ReportLanguage.parse("EN")).isEqualTo(ReportLanguage.EN);
    assertThat(CliText.languageOf(new String[] {"assess", "x", "--lang=zh-TW"}))
        .isEqualTo(ReportLanguage.ZH_HANT);
  }
}
