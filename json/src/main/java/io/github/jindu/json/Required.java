package io.github.jindu.json;

import io.github.jindu.EventKind;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import java.util.stream.Collectors;

/**
 * The language-neutral notation of a bar in {@code result/1}'s {@code required}: for example {@code ">= 9/10"},
 * {@code "<= 0.5 per 10000"}, {@code "= 0"}, {@code ">= 1 inspection in every quarter"}. The notation is part of
 * the {@code result/1} contract (golden files pin it); event types, cadences and settings appear by their wire
 * names.
 *
 * @implSpec This class is immutable and thread-safe.
 */
final class Required implements Threshold.Visitor<String> {
  private static final Required INSTANCE = new Required();

  private Required() {}

  /**
   * Returns the notation of a bar.
   *
   * @param threshold the bar
   * @return its notation, one line, such as {@code ">= 9/10"}
   */
  static String of(Threshold threshold) {
    return threshold.accept(INSTANCE);
  }

  /**
   * Returns the mathematical symbol of a comparison.
   *
   * @param comparison the comparison
   * @return one of {@code >=}, {@code >}, {@code <=}, {@code <}
   */
  static String symbol(Comparison comparison) {
    return switch (comparison) {
      case AT_LEAST -> ">=";
      case GREATER_THAN -> ">";
      case AT_MOST -> "<=";
      case LESS_THAN -> "<";
    };
  }

  @Override
  public String visit(Attested t) {
    return "attested met";
  }

  @Override
  public String visit(MinShare t) {
    return symbol(t.comparison()) + " " + t.bound();
  }

  @Override
  public String visit(MaxRate t) {
    return symbol(t.comparison()) + " " + t.rateText() + " per " + t.per();
  }

  @Override
  public String visit(ZeroCount t) {
    return "= 0";
  }

  @Override
  public String visit(Increase t) {
    return "> previous";
  }

  @Override
  public String visit(EveryPeriod t) {
    return ">= 1 "
        + t.countedKinds().stream().map(EventKind::id).collect(Collectors.joining(" or "))
        + " in every "
        + WireNames.of(t.cadence());
  }

  @Override
  public String visit(AllOf t) {
    return WireNames.of(t.eventType())
        + " reaching all of "
        + t.required().stream().map(WireNames::of).collect(Collectors.joining(", "));
  }

  @Override
  public String visit(Within t) {
    return "every subunit: "
        + WireNames.of(t.eventType())
        + " in force at the period's end ("
        + t.years()
        + " years)";
  }

  @Override
  public String visit(ByDate t) {
    String from = t.windowFrom().toString().substring(2);
    return WireNames.of(t.eventType())
        + " from "
        + from
        + (t.windowFrom().isAfter(t.deadline()) ? " (preceding year)" : "")
        + " to "
        + t.deadline().toString().substring(2);
  }

  @Override
  public String visit(LowestAmongPeers t) {
    return "<= every peer's " + t.cases() + "/" + t.population();
  }

  @Override
  public String visit(AtLeastEvents t) {
    return ">= "
        + t.atLeast()
        + " "
        + t.eventKind().id()
        + t.windowFrom()
            .map(
                from ->
                    " in months "
                        + from.getValue()
                        + " to "
                        + t.windowTo().orElseThrow().getValue()
                        + " (inclusive)")
            .orElse(" in the period");
  }

  @Override
  public String visit(PeerAverage t) {
    return ResultText.relation(t.comparison())
        + " the peers' average of "
        + t.metric()
        + t.per().map(per -> "/" + per).orElse("");
  }

  @Override
  public String visit(io.github.jindu.bar.Sample t) {
    return "sample >= "
        + t.share()
        + " of "
        + t.population()
        + ", at least "
        + t.atLeast()
        + ", <= "
        + t.failuresAtMost()
        + " failing";
  }
}
