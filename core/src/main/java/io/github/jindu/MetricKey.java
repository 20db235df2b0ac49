package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

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
  /** The longest key, in characters. */
  public static final int MAX_LENGTH = 100;

  MetricKey() {}

  /**
   * Returns the key with a name.
   *
   * @param name at most {@value #MAX_LENGTH} lower-case letters and digits in words joined by {@code .} or
   *     {@code -}, such as {@code users.abstinent-1y}
   * @return the key
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static MetricKey of(String name) {
    checkArgument(
        isWellFormed(name),
        "not a metric key (at most %s lower-case letters and digits, in words joined by . or -): %s",
        MAX_LENGTH,
        name);
    return ImmutableMetricKey.of(name);
  }

  /**
   * Returns whether a name is a well-formed metric key.
   *
   * @param name a candidate name
   * @return true if {@link #of} accepts it
   */
  public static boolean isWellFormed(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordStart = false;
      } else if ((c == '.' || c == '-') && !wordStart) {
        wordStart = true;
      } else {
        return false;
      }
    }
    return !wordStart;
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
