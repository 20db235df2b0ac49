package io.github.jindu.report;

import java.util.Locale;

/**
 * The language of what Jindu prints for people (reports, violations): the words and which of a criterion's names
 * it prints. Figures, dates, ids, clauses such as {@code 二(五)} and the unit's name are printed as recorded,
 * whatever the language.
 */
public enum ReportLanguage {
  /**
   * Simplified Chinese (简体中文), the default: 整体结论：未达标, ✗ 未达到, the criteria's Chinese names
   * ({@link io.github.jindu.Criterion#chineseName()}).
   */
  ZH_HANS,
  /**
   * Traditional Chinese (繁體中文), in the terms of the Traditional copy of the policy: 禁毒工作示範社區, 達標,
   * 未達標, 材料不全, 一票否決.
   */
  ZH_HANT,
  /**
   * English: {@code Overall conclusion: NOT_QUALIFIED}, {@code ✗ NOT_MET}, the criteria's English names
   * ({@link io.github.jindu.Criterion#englishName()}).
   */
  EN;

  /**
   * Returns the language a tag names, case-insensitively: {@code zh}, {@code zh-Hans}, {@code zh-CN} (Simplified);
   * {@code zh-Hant}, {@code zh-TW}, {@code zh-HK} (Traditional); {@code en} (English). An underscore may stand for
   * the hyphen.
   *
   * @param tag the tag
   * @return the language
   * @throws IllegalArgumentException if the tag is none of these, naming the accepted values
   */
  public static ReportLanguage parse(String tag) {
    switch (tag.replace('_', '-').toLowerCase(Locale.ROOT)) {
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
        throw new IllegalArgumentException("unknown language \"" + tag
            + "\" (accepted: zh, zh-Hans, zh-CN, zh-Hant, zh-TW, zh-HK, en)");
    }
  }
}
