package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.Texts;
import java.util.Arrays;
import java.util.Objects;

/**
 * One broken rule: which rule ({@link #code()}), where ({@link #location()}) and the offending values
 * ({@link #values()}), for example {@link RuleCode#COUNT_PART_ABOVE_WHOLE} at {@code counts} /
 * {@code population.reached} with the values {@code population.reached, 84211, population.actual, 84210}.
 *
 * <p>A violation is data, not a sentence: the report module renders it in Chinese or English
 * ({@code io.github.jindu.report.Violations}), the JSON module renders its location as a JSON path
 * ({@code io.github.jindu.json.JsonPaths}). {@link #toString()} is a developer's form only.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Violation {
  private final RuleCode code;
  private final Location location;
  private final ImmutableList<String> values;

  private Violation(RuleCode code, Location location, ImmutableList<String> values) {
    this.code = code;
    this.location = location;
    this.values = values;
  }

  /**
   * Returns a violation.
   *
   * @param code the rule broken
   * @param location where
   * @param values the offending values and the other arguments of the rule's message, in the order
   *     {@link RuleCode}'s Javadoc gives; each turned into text with {@link String#valueOf(Object)} (numbers in
   *     plain ASCII digits, dates in ISO form)
   * @return the violation
   */
  public static Violation of(RuleCode code, Location location, Object... values) {
    return new Violation(
        code,
        location,
        Arrays.stream(values).map(String::valueOf).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns a violation with its values given as a list.
   *
   * @param code the rule broken
   * @param location where
   * @param values the values, in order
   * @return the violation
   */
  public static Violation of(RuleCode code, Location location, Iterable<String> values) {
    return new Violation(code, location, ImmutableList.copyOf(values));
  }

  /** {@return the rule broken} */
  public RuleCode code() {
    return code;
  }

  /** {@return where the offending element is} */
  public Location location() {
    return location;
  }

  /** {@return the offending values and the message's other arguments, in the order of the rule's Javadoc} */
  public ImmutableList<String> values() {
    return values;
  }

  /**
   * Returns this violation at another location.
   *
   * @param newLocation the location
   * @return the same rule and values there
   */
  public Violation at(Location newLocation) {
    return new Violation(code, newLocation, values);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) o;
    return v.code == code && v.location.equals(location) && v.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, location, values);
  }

  /**
   * Returns a developer's form on one line: the code, the location, the values; control characters escaped.
   *
   * @return for example {@code count.negative /counts/hotspots [hotspots, -1]}
   */
  @Override
  public String toString() {
    return Texts.printable(code.code() + " " + location + " " + values);
  }
}
