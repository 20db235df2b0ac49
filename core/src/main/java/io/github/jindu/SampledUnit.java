package io.github.jindu;

import org.immutables.value.Value;

/**
 * One unit the assessors sampled (抽查) for a criterion with an {@link io.github.jindu.bar.Sample} bar, and their
 * verdict on it: passed (合格) or failed (不合格). In {@code evidence/1}, an element of {@code samples.<criterion id>}:
 * {@code {"unit": "310199-001-s03", "passed": false}}.
 *
 * <p>Example: {@code SampledUnit.of("310199-001-s03", false)}: the school 310199-001-s03 was sampled and failed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class SampledUnit {
  SampledUnit() {}

  /**
   * Returns a sampled unit.
   *
   * @param unitId the id of the unit sampled; must be an id (as a unit's) within {@link Evidence}
   * @param passed whether it passed (合格)
   * @return the sampled unit
   */
  public static SampledUnit of(String unitId, boolean passed) {
    return ImmutableSampledUnit.of(unitId, passed);
  }

  /** {@return the id of the unit sampled, such as {@code 310199-001-s03}} */
  @Value.Parameter
  public abstract String unitId();

  /** {@return whether it passed (合格); false when it failed (不合格)} */
  @Value.Parameter
  public abstract boolean passed();
}
