package io.github.jindu.report;

import io.github.jindu.CriterionResult;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Ratio;
import io.github.jindu.Setting;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Chinese words of the report for bars and observed figures. Bars are rendered from the {@link Threshold}
 * itself; observed figures keep their numbers (exact, as the result holds them) with their few English words
 * replaced.
 */
final class ChineseText implements Threshold.Visitor<String> {
  private static final ChineseText INSTANCE = new ChineseText();

  /** English words of observed figures and their Chinese, replaced in this order. */
  private static final List<Map.Entry<String, String>> OBSERVED_WORDS = List.of(
      Map.entry("; not covered: ", "；未覆盖："),
      Map.entry("; lowest peer ", "；区内最低的其他单位 "),
      Map.entry(", previous ", "，上期 "),
      Map.entry(" (previous ", " (上期 "),
      Map.entry(" (none in ", " (缺："),
      Map.entry(" (not reached: ", " (未覆盖："),
      Map.entry(" (none)", " (无)"),
      Map.entry(" (newest ", " (最近一份 "),
      Map.entry(", in force through ", "，有效期至 "),
      Map.entry(" half-years", " 个半年"),
      Map.entry(" quarters", " 个季度"),
      Map.entry(" months", " 个月"),
      Map.entry(" settings", " 个场景"),
      Map.entry(" subunits", " 个下属单位"),
      Map.entry(" per 10000)", " /万人)"));

  private ChineseText() {}

  /** {@return the Chinese word of an overall outcome: 达标, 未达标, 材料不全 or 一票否决} */
  static String overall(OverallOutcome overall) {
    switch (overall) {
      case QUALIFIED:
        return "达标";
      case NOT_QUALIFIED:
        return "未达标";
      case INCOMPLETE:
        return "材料不全";
      case VETOED:
        return "一票否决";
      default:
        throw new AssertionError(overall);
    }
  }

  /** {@return the bar of a threshold in Chinese, such as {@code ≥ 90%（9/10）}} */
  static String requirement(Threshold threshold) {
    return threshold.accept(INSTANCE);
  }

  /** {@return the observed figure of a result in Chinese, or a dash when nothing was observed} */
  static String observed(CriterionResult result) {
    if (result.reference().isPresent()) {
      return (result.outcome() == Outcome.MET ? "认定达到" : "认定未达到")
          + "（依据：" + result.reference().get() + "）";
    }
    String text = result.observed().orElse("—");
    if (text.equals("none")) {
      return "无";
    }
    for (Map.Entry<String, String> word : OBSERVED_WORDS) {
      text = text.replace(word.getKey(), word.getValue());
    }
    return text;
  }

  private static String symbol(Comparison comparison) {
    switch (comparison) {
      case AT_LEAST:
        return "≥";
      case GREATER_THAN:
        return "＞";
      case AT_MOST:
        return "≤";
      case LESS_THAN:
        return "＜";
      default:
        throw new AssertionError(comparison);
    }
  }

  private static String percent(Ratio bound) {
    try {
      return new BigDecimal(bound.numerator()).multiply(BigDecimal.valueOf(100))
          .divide(new BigDecimal(bound.denominator())).stripTrailingZeros().toPlainString() + "%";
    } catch (ArithmeticException nonTerminating) {
      return bound.toString();
    }
  }

  @Override
  public String visit(Attested t) {
    return "经考评认定达到（须有依据文件）";
  }

  @Override
  public String visit(MinShare t) {
    if (t.comparison() == Comparison.AT_LEAST && t.bound().equals(Ratio.ONE)) {
      return "= 100%（全部）";
    }
    return symbol(t.comparison()) + " " + percent(t.bound()) + "（" + t.bound() + "）";
  }

  @Override
  public String visit(MaxRate t) {
    String per = t.per() == 10_000 ? "万分之" + t.rateText() : t.rateText() + " / " + t.per();
    return symbol(t.comparison()) + " " + per;
  }

  @Override
  public String visit(ZeroCount t) {
    return "为 0";
  }

  @Override
  public String visit(Increase t) {
    return "高于上一考评期（严格增长）";
  }

  @Override
  public String visit(EveryPeriod t) {
    return "每个" + t.cadence().chineseName() + "至少一次" + t.eventType().chineseName();
  }

  @Override
  public String visit(AllOf t) {
    return t.eventType().chineseName() + "覆盖全部："
        + t.required().stream().map(Setting::chineseName).collect(Collectors.joining("、"));
  }

  @Override
  public String visit(Within t) {
    return "每个下属单位的" + t.eventType().chineseName() + "在考评期末仍在有效期内（" + t.years() + "年）";
  }

  @Override
  public String visit(ByDate t) {
    return t.eventType().chineseName() + "不晚于" + t.deadline().getMonthValue() + "月"
        + t.deadline().getDayOfMonth() + "日";
  }

  @Override
  public String visit(LowestAmongPeers t) {
    return "万人发案率不高于区内任何其他单位（并列视为最低）";
  }
}
