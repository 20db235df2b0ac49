package io.github.jindu;

import io.github.jindu.internal.Texts;
import java.util.Optional;

/**
 * What every entry of a criteria set's catalogue has: a stable id, its names in Chinese and English, and the clause
 * of the source policy it encodes. Implemented by {@link Indicator} (一级指标), {@link Criterion} (二级指标) and
 * {@link VetoRule} (一票否决).
 *
 * <p>Example: the criterion {@code prevention.monthly-activities}, 月月有活动, "at least one activity in every
 * month", clause {@code 二(五)}.
 */
public interface CatalogueEntry {
  /** {@return the stable id, such as {@code results.new-user-rate}; public API, used verbatim in JSON} */
  String id();

  /** {@return the Chinese text (原文, abridged where long), such as 月月有活动} */
  String chineseName();

  /**
   * Returns the name in Traditional characters (繁體), such as 月月有活動, for a reader of Traditional Chinese; a
   * report falls back to {@link #chineseName()}, and says so, when it is absent.
   *
   * @return the Traditional name, or empty if the set gives none
   */
  Optional<String> traditionalChineseName();

  /** {@return the English name, such as "at least one activity in every month"} */
  String englishName();

  /** {@return the clause of the source policy, such as {@code 二(五)} (part 二, item 五)} */
  String clause();

  /**
   * Checks that the id, names and clause are not blank ({@link io.github.jindu.internal.Texts#isBlank}) and that the id is
   * an id: ASCII letters, digits and {@code . _ - :}, at most 64 characters.
   *
   * @param entry the entry
   * @param what what the entry is, for the message: "indicator", "criterion", "veto rule"
   * @throws InvalidCriteriaException if one of them is blank ({@link RuleCode#ENTRY_NAMES_BLANK}), or the id is not
   *     an id ({@link RuleCode#ID_MALFORMED})
   */
  static void requireNames(CatalogueEntry entry, String what) {
    if (Texts.isBlank(entry.id())
        || Texts.isBlank(entry.chineseName())
        || Texts.isBlank(entry.englishName())
        || Texts.isBlank(entry.clause())
        || entry.traditionalChineseName().filter(Texts::isBlank).isPresent()) {
      throw InvalidCriteriaException.of(RuleCode.ENTRY_NAMES_BLANK, entry.id());
    }
    if (!Texts.isId(entry.id())) {
      throw InvalidCriteriaException.of(RuleCode.ID_MALFORMED, Texts.escaped(entry.id()));
    }
  }
}
