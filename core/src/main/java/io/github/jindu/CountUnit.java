package io.github.jindu;

/**
 * What a count (统计数) counts, so that a criteria set cannot divide tests by people or take a rate of cases
 * per case: a share's numerator and denominator count the same thing, and a rate's base is a number of people.
 */
public enum CountUnit {
  /** People (人): residents, users, students, volunteers. */
  PEOPLE,
  /** Cases (起): criminal or public-order cases. */
  CASES,
  /** Tests or other acts counted one by one (次): urine tests. */
  TESTS,
  /** Places (处): areas, roads, venues, dens. */
  PLACES,
  /** Plants (株): drug crops found and eradicated ("每铲除200株罂粟扣1分"). */
  PLANTS,
  /** Grades (档) of a graded rating: the grade reached and the top grade of a five-grade public rating. */
  GRADES,
  /** Items (份、篇) counted one by one: articles published, materials handed out. */
  ITEMS;
}
