package io.github.jindu.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The wire names of the core's enum constants in {@code evidence/1}, {@code criteria/1}, {@code result/1} and
 * {@code district/1}: lower case, words joined by hyphens ({@code HALF_YEAR} ↔ {@code half-year},
 * {@code RESIDENTS_COMMITTEE} ↔ {@code residents-committee}). The core knows no wire name; this class is the one
 * place that spells them. Both directions are computed once per enum type and kept.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WireNames {
  private static final ClassValue<Table<?>> TABLES =
      new ClassValue<>() {
        @Override
        protected Table<?> computeValue(Class<?> type) {
          return Table.of(type.asSubclass(Enum.class));
        }
      };

  private WireNames() {}

  /**
   * Returns the wire name of a constant.
   *
   * @param constant an enum constant such as {@code UnitKind.RESIDENTS_COMMITTEE}
   * @return its wire name, such as {@code "residents-committee"}
   */
  public static String of(Enum<?> constant) {
    Objects.requireNonNull(constant, "constant");
    return requireNonNull(table(constant.getDeclaringClass()).byConstant.get(constant));
  }

  /**
   * Finds the constant of a type with a wire name, exactly (case-sensitive).
   *
   * @param type the enum class, such as {@code Setting.class}
   * @param wireName the name as written in JSON, such as {@code "schools"}
   * @param <E> the enum type
   * @return the constant, or empty if {@code wireName} is none of that type's
   */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    return Optional.ofNullable(type.cast(table(type).byName.get(wireName)));
  }

  private static Table<?> table(Class<?> type) {
    return TABLES.get(type);
  }

  private static final class Table<E extends Enum<E>> {
    final EnumMap<E, String> byConstant;
    final ImmutableMap<String, E> byName;

    private Table(EnumMap<E, String> byConstant, ImmutableMap<String, E> byName) {
      this.byConstant = byConstant;
      this.byName = byName;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Table<?> of(Class<? extends Enum> raw) {
      return build((Class) raw);
    }

    private static <E extends Enum<E>> Table<E> build(Class<E> type) {
      EnumMap<E, String> names = new EnumMap<>(type);
      ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
      for (E e : type.getEnumConstants()) {
        String name = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        names.put(e, name);
        byName.put(name, e);
      }
      return new Table<>(names, byName.buildOrThrow());
    }
  }
}
