package io.github.jindu.report;

import java.util.Locale;

/**
 * The language of a report ({@link TextReport}, {@link DistrictReport}): the bundle its sentences come from and which
 * of a criterion's names it prints. Figures, dates, ids, clauses such as {@code 二(五)} and the unit's name are
 * printed as recorded, whatever the language.
 *
 * <p>Example: {@code ReportLanguage.parse("zh-TW")} is {@link #ZH_HANT}.
 */
public enum ReportLanguage {
  /**
   * Simplified Chinese (简体中文), the default: 整体结论：未达标, ✗ 未达到, the criteria's Chinese names
   * ({@link io.github.jindu.Criterion#chineseName()}). Bundle {@code report.properties}.
   */
  ZH_HANS("zh-Hans"),
  /**
   * Traditional Chinese (繁體中文), in the terms of the Traditional copy of the policy: 整體結論：未達標, 禁毒工作示範社區.
   * Names come from a Traditional form where one is known for the set (the default set's are), else from the
   * Simplified name, marked as such. Bundle {@code report_zh_Hant.properties}.
   */
  ZH_HANT("zh-Hant"),
  /**
   * English: {@code Overall conclusion: NOT_QUALIFIED}, {@code ✗ NOT_MET}, the criteria's English names
   * ({@link io.github.jindu.Criterion#englishName()}). Bundle {@code report_en.properties}.
   */
  EN("en");

  private final String tag;

  ReportLanguage(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the BCP 47 language tag of this language.
   *
   * @return {@code "zh-Hans"}, {@code "zh-Hant"} or {@code "en"}
   */
  public String tag() {
    return tag;
  }

  /**
   * Finds the language a tag names, ignoring case: {@code zh}, {@code zh-Hans} and {@code zh-CN} are
   * {@link #ZH_HANS}; {@code zh-Hant}, {@code zh-TW} and {@code zh-HK} are {@link #ZH_HANT}; {@code en} is
   * {@link #EN}. An underscore may stand for the hyphen ({@code zh_TW}).
   *
   * @param text the tag, such as {@code "zh-TW"}
   * @return the language
   * @throws IllegalArgumentException if the tag is none of these, naming the accepted ones
   */
  public static ReportLanguage parse(String text) {
    switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "zh":
      case "zh-hans":
      case "zh-cn":
        return ZH_HANS;
      case "zh-hant":
      case "zh-tw":
      case "zh-hk":
        return ZH_HANT;
      case "en":
        return EN;
      default:
        throw new IllegalArgumentException(
            "unknown report language \""
                + text
                + "\" (accepted: zh, zh-Hans, zh-CN, zh-Hant, zh-TW, zh-HK, en)");
    }
  }
}
