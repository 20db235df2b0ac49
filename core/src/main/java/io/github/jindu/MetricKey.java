package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The typed key of a count in the evidence (统计指标): lower-case words joined by {@code .} and {@code -}, such
 * as {@code population.actual} (实有人口) or {@code urine-test.tests-done} (实际尿检次数). The keys of the default
 * criteria set are constants of {@link io.github.jindu.catalogue.Metrics}; they are the keys of the JSON
 * {@code counts} and {@code previous} objects.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class MetricKey implements Comparable<MetricKey> {
  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

  MetricKey() {}

  /**
   * Returns the key with a name.
   *
   * @param name lower-case letters and digits in words joined by {@code .} or {@code -}, such as
   *     {@code users.abstinent-1y}
   * @return the key
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static MetricKey of(String name) {
    checkArgument(SYNTAX.matcher(name).matches(), "not a metric key (lower-case words joined by . or -): %s", name);
    return ImmutableMetricKey.of(name);
  }

  /**
   * Returns whether a name is a well-formed metric key.
   *
   * @param name a candidate name
   * @return true if {@link #of} accepts it
   */
  public static boolean isWellFormed(String name) {
    return SYNTAX.matcher(name).matches();
  }

  /**
   * Returns the key's name, as written in JSON.
   *
   * @return for example {@code population.actual}
   */
  @Value.Parameter
  public abstract String name();

  /** Orders keys by name. */
  @Override
  public int compareTo(MetricKey other) {
    return name().compareTo(other.name());
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return name();
  }
}
