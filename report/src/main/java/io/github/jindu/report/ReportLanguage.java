package io.github.jindu.report;



/**
 * The language of a {@link TextReport}: the words of the report (headings, outcomes, labels) and which of a
 * criterion's names it prints. Figures, dates, ids, clauses such as {@code 二(五)} and the unit's name are
 * printed as recorded, whatever the language.
 */
public enum ReportLanguage {
  /**
   * Chinese (中文), the default of the command line: 整体结论：未达标, ✗ 未达到, the criteria's Chinese names
   * ({@link io.github.jindu.Criterion#chineseName()}).
   */
  ZH,
  /**
   * English: {@code Overall conclusion: NOT_QUALIFIED}, {@code ✗ NOT_MET}, the criteria's English names
   * ({@link io.github.jindu.Criterion#englishName()}).
   */
  EN
}
