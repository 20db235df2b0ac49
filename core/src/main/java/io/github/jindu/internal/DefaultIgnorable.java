package io.github.jindu.internal;

/**
 * The Unicode property Default_Ignorable_Code_Point, as a compact table of ranges: the code points that a renderer
 * shows as nothing when it does not support them (U+00AD soft hyphen, U+034F combining grapheme joiner, U+115F and
 * U+1160 Hangul fillers, U+17B4, U+200B zero-width space, U+202E and the other bidi controls, U+3164 Hangul filler,
 * U+FE00..U+FE0F variation selectors, U+FFA0, U+E0000..U+E0FFF tags and reserved ones, …).
 *
 * <p>The table is Unicode 15.0's, from DerivedCoreProperties.txt as ICU4J 72.1 carries it (JDK 17's {@link Character}
 * data are Unicode 13.0; the later version only adds code points, such as U+180F, that Unicode 13.0 left
 * unassigned, and an unassigned code point does not show either). It holds the whole property, reserved
 * (unassigned) code points of it included. {@code DefaultIgnorableTest} compares it with
 * ICU4J's {@code UProperty.DEFAULT_IGNORABLE_CODE_POINT} over every code point assigned both in the JDK's data and
 * in ICU4J's. Regenerate it from a later Unicode version by listing the property's ranges in the same form.
 *
 * <p>The core depends on nothing but the JDK and Guava, and the JDK has no accessor for this property: hence the
 * table.
 */
public final class DefaultIgnorable {
  /** Inclusive ranges, first and last code point of each, in ascending order (Unicode 15.0). */
  private static final int[] RANGES = {
    0x00AD, 0x00AD,
    0x034F, 0x034F,
    0x061C, 0x061C,
    0x115F, 0x1160,
    0x17B4, 0x17B5,
    0x180B, 0x180F,
    0x200B, 0x200F,
    0x202A, 0x202E,
    0x2060, 0x206F,
    0x3164, 0x3164,
    0xFE00, 0xFE0F,
    0xFEFF, 0xFEFF,
    0xFFA0, 0xFFA0,
    0xFFF0, 0xFFF8,
    0x1BCA0, 0x1BCA3,
    0x1D173, 0x1D17A,
    0xE0000, 0xE0FFF,
  };

  /** The Unicode version of the table, {@value}. */
  public static final String UNICODE_VERSION = "15.0";

  private DefaultIgnorable() {}

  /**
   * Returns whether a code point has the property Default_Ignorable_Code_Point.
   *
   * @param codePoint a code point, 0 to 0x10FFFF
   * @return true for U+200B, U+034F, U+FE0F, U+3164, U+115F, U+1160, U+FFA0, U+17B4 and the others of the table
   */
  public static boolean contains(int codePoint) {
    int low = 0;
    int high = RANGES.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (codePoint < RANGES[2 * mid]) {
        high = mid - 1;
      } else if (codePoint > RANGES[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
