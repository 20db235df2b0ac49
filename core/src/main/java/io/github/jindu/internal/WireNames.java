package io.github.jindu.internal;

import java.util.Locale;
import java.util.Optional;

/** Converts between enum constants and their lower-case, hyphenated wire names ({@code HALF_YEAR} ↔ {@code half-year}). */
public final class WireNames {
  private WireNames() {}

  /**
   * Returns the wire name of a constant.
   *
   * @param constant an enum constant such as {@code RESIDENTS_COMMITTEE}
   * @return its wire name, such as {@code residents-committee}
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the constant with a wire name.
   *
   * @param type the enum class
   * @param wireName the name as written in JSON
   * @param <E> the enum type
   * @return the constant, or empty if none has that exact name
   */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String wireName) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(wireName)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
