package io.github.jindu.internal;

import java.util.Locale;

/**
 * The core's own stable spelling of an enum constant, for text the core must keep stable without knowing any wire
 * format: the canonical form behind a criteria set's fingerprint, the evidence digest, and the values quoted in
 * exception messages and violation arguments. The spelling is the constant's name in lower case with words joined
 * by hyphens ({@code HALF_YEAR} → {@code half-year}); it is chosen to coincide with the {@code evidence/1} wire
 * names, so that fingerprints and digests did not change when the wire names moved to {@code jindu-json}, but it
 * is not a wire name and nothing reads it back.
 */
public final class CanonicalNames {
  private CanonicalNames() {}

  /**
   * Returns the canonical spelling of a constant.
   *
   * @param constant an enum constant such as {@code RESIDENTS_COMMITTEE}
   * @return its spelling, such as {@code residents-committee}
   */
  public static String of(Enum<?> constant) {
    return SPELLINGS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** Each enum type's spellings, by ordinal, computed once per type. */
  private static final ClassValue<String[]> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] spellings = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            spellings[i] =
                ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
          }
          return spellings;
        }
      };
}
