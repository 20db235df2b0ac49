package io.github.jindu.benchmarks;

/**
 * A fact for {@link DroolsCatalogue}: one event of the unit, as figures (its type's code, its day, its month of
 * the period, its settings and its letter's sub-unit).
 */
public final class DroolsEvent {
  /** {@code PREVENTION_PLAN}. */
  public static final int PLAN = 0;

  /** {@code PREVENTION_ACTIVITY}. */
  public static final int ACTIVITY = 1;

  /** {@code PREVENTION_CAMPAIGN}. */
  public static final int CAMPAIGN = 2;

  /** {@code INSPECTION}. */
  public static final int INSPECTION = 3;

  /** {@code SITUATION_ANALYSIS}. */
  public static final int ANALYSIS = 4;

  /** {@code RESPONSIBILITY_LETTER}. */
  public static final int LETTER = 5;

  /** {@code TRAINING}: counted by no bar of the set. */
  public static final int OTHER = 6;

  private final int type;
  private final int day;
  private final int month;
  private final int settings;
  private final int subunit;

  /**
   * An event.
   *
   * @param type its type's code
   * @param day its epoch day
   * @param month its month of the period, 0 to 11, or -1 before the period
   * @param settings its settings as a mask (bit 0 community to bit 6 family)
   * @param subunit the index of a letter's sub-unit among the sub-units, else -1
   */
  public DroolsEvent(int type, int day, int month, int settings, int subunit) {
    this.type = type;
    this.day = day;
    this.month = month;
    this.settings = settings;
    this.subunit = subunit;
  }

  /** {@return its type's code} */
  public int getType() {
    return type;
  }

  /** {@return its epoch day} */
  public int getDay() {
    return day;
  }

  /** {@return its month of the period, 0 to 11, or -1 before the period} */
  public int getMonth() {
    return month;
  }

  /** {@return its half of the period, {@code month / 6}} */
  public int getHalf() {
    return month / 6;
  }

  /** {@return its quarter of the period, {@code month / 3}} */
  public int getQuarter() {
    return month / 3;
  }

  /** {@return its settings as a mask} */
  public int getSettings() {
    return settings;
  }

  /** {@return the index of a letter's sub-unit among the sub-units, else -1} */
  public int getSubunit() {
    return subunit;
  }
}
