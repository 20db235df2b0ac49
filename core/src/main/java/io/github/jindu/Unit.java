package io.github.jindu;

import io.github.jindu.internal.Builders;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit (单位): a town (镇) or street (街道) that is assessed, or one of its sub-units (村, 居委, 公司, 学校, 家庭).
 *
 * <p>Example: {@code Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199")}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {
  Unit() {}

  /**
   * Returns a unit with a district.
   *
   * @param id the unit's stable identifier, non-blank (for example an administrative code {@code 310199-001})
   * @param name the unit's name, non-blank, such as {@code 东沙镇}
   * @param kind the kind of unit
   * @param district the identifier of the district (区) it belongs to, non-blank
   * @return the unit (blank texts are reported as invalid evidence when the unit is part of an {@link Evidence})
   */
  public static Unit of(String id, String name, UnitKind kind, String district) {
    return builder().id(id).name(name).kind(kind).districtId(district).build();
  }

  /**
   * Returns a unit with no district recorded, as a sub-unit usually is.
   *
   * @param id the unit's stable identifier, non-blank
   * @param name the unit's name, non-blank
   * @param kind the kind of unit
   * @return the unit (blank texts are reported as invalid evidence when the unit is part of an {@link Evidence})
   */
  public static Unit of(String id, String name, UnitKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code id}, {@code name} and {@code kind} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the unit's stable identifier, such as {@code 310199-001}} */
  public abstract String id();

  /** {@return the unit's name, such as {@code 东沙镇}} */
  public abstract String name();

  /** {@return the kind of unit} */
  public abstract UnitKind kind();

  /** {@return the identifier of the district (区) the unit belongs to, if recorded} */
  public abstract Optional<String> districtId();

  /** A builder of {@link Unit}; each attribute may be set once. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the unit
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public Unit build() {
      return Builders.build(super::build, "Unit");
    }
  }
}
