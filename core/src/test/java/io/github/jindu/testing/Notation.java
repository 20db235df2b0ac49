package io.github.jindu.testing;

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
import io.github.jindu.internal.CanonicalNames;
import java.util.stream.Collectors;

/**
 * A copy, for the core's tests, of the notation of a bar that {@code result/1} writes in {@code required} (the
 * json module's {@code Required}): the core itself has no display text, but its tests and the generated catalogue
 * table state bars this way ({@code ">= 9/10"}, {@code "<= 0.5 per 10000"}).
 */
public final class Notation implements Threshold.Visitor<String> {
  private static final Notation INSTANCE = new Notation();

  private Notation() {}

  /**
   * Returns the notation of a bar.
   *
   * @param threshold the bar
   * @return its notation, one line, such as {@code ">= 9/10"}
   */
  public static String of(Threshold threshold) {
    return threshold.accept(INSTANCE);
  }

  /**
   * Returns the mathematical symbol of a comparison.
   *
   * @param comparison the comparison
   * @return one of {@code >=}, {@code >}, {@code <=}, {@code <}
   */
  public static String symbol(Comparison comparison) {
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
        + t.countedKinds().stream()
            .map(io.github.jindu.EventKind::id)
            .collect(Collectors.joining(" or "))
        + " in every "
        + CanonicalNames.of(t.cadence());
  }

  @Override
  public String visit(AllOf t) {
    return CanonicalNames.of(t.eventType())
        + " reaching all of "
        + t.required().stream().map(CanonicalNames::of).collect(Collectors.joining(", "));
  }

  @Override
  public String visit(Within t) {
    return "every subunit: "
        + CanonicalNames.of(t.eventType())
        + " in force at the period's end ("
        + t.years()
        + " years)";
  }

  @Override
  public String visit(ByDate t) {
    String from = t.windowFrom().toString().substring(2);
    return CanonicalNames.of(t.eventType())
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
  public String visit(io.github.jindu.bar.AtLeastEvents t) {
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
  public String visit(io.github.jindu.bar.PeerAverage t) {
    String relation =
        switch (t.comparison()) {
          case AT_LEAST -> "at least";
          case GREATER_THAN -> "above";
          case AT_MOST -> "at most";
          case LESS_THAN -> "below";
        };
    return relation
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
