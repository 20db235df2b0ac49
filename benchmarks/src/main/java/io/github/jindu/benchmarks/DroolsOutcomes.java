package io.github.jindu.benchmarks;

/** The result holder of one {@link DroolsCatalogue} assessment (the DRL's global {@code outcomes}). */
public final class DroolsOutcomes {
  private final byte[] codes;
  private int overall = -1;

  /**
   * A holder writing into {@code codes}.
   *
   * @param codes where each criterion's outcome code goes, in catalogue order
   */
  public DroolsOutcomes(byte[] codes) {
    this.codes = codes;
  }

  /**
   * Records one criterion's outcome.
   *
   * @param criterion its index in catalogue order
   * @param outcome its code, as {@link Baseline#MET} to {@link Baseline#NOT_APPLICABLE}
   */
  public void decide(int criterion, byte outcome) {
    codes[criterion] = outcome;
  }

  /** {@return the outcome codes} */
  public byte[] codes() {
    return codes;
  }

  /**
   * Records the overall outcome.
   *
   * @param overall its code, as {@link Baseline#QUALIFIED} to {@link Baseline#INCOMPLETE}
   */
  public void setOverall(int overall) {
    this.overall = overall;
  }

  /** {@return the overall outcome code, or -1 before the final rule fired} */
  public int overall() {
    return overall;
  }
}
