package io.github.jindu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks {@code equals} and {@code hashCode} over groups of values, as Guava's {@code EqualsTester} does, without
 * bringing JUnit 4 onto the test class path: every value equals every value of its own group (reflexively and
 * symmetrically) with the same hash code, and no value of another group; no value equals {@code null} or an
 * object of another class.
 */
public final class EqualityGroups {
  private final List<List<Object>> groups = new ArrayList<>();

  /**
   * Adds a group of values that must all be equal.
   *
   * @param values at least one value
   * @return this
   */
  public EqualityGroups addEqualityGroup(Object... values) {
    assertThat(values).as("an equality group").isNotEmpty();
    groups.add(Arrays.asList(values));
    return this;
  }

  /** Checks every pair of values of every group. */
  public void testEquals() {
    for (int g = 0; g < groups.size(); g++) {
      for (Object a : groups.get(g)) {
        assertThat(a.equals(null)).as("%s equals null", a).isFalse();
        assertThat(a.equals(new Object())).as("%s equals an Object", a).isFalse();
        for (int h = 0; h < groups.size(); h++) {
          for (Object b : groups.get(h)) {
            if (g == h) {
              assertThat(a).as("%s and %s of group %s", a, b, g).isEqualTo(b);
              assertThat(a.hashCode()).as("hash codes of %s and %s", a, b).isEqualTo(b.hashCode());
            } else {
              assertThat(a.equals(b))
                  .as("%s (group %s) equals %s (group %s)", a, g, b, h)
                  .isFalse();
            }
          }
        }
      }
    }
  }
}
