package io.github.jindu;

/**
 * What a count (统计数) counts, so that a criteria set cannot divide tests by people or take a rate of cases
 * per case: a share's numerator and denominator count the same thing, and a rate's base is a number of people.
 */
public enum CountUnit {
  /** People (人): residents, users, students, volunteers. */
  PEOPLE("人"),
  /** Cases (起): criminal or public-order cases. */
  CASES("起"),
  /** Tests or other acts counted one by one (次): urine tests. */
  TESTS("次"),
  /** Places (处): areas, roads, venues, dens. */
  PLACES("处");

  private final String chineseName;

  CountUnit(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese measure word of this unit.
   *
   * @return for example {@code "人"}
   */
  public String chineseName() {
    return chineseName;
  }
}
