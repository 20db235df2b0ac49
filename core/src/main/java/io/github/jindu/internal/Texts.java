package io.github.jindu.internal;

import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks and escapes the free texts of evidence (names, ids, references), so that a text that only looks filled
 * (a no-break space, a zero-width space) counts as blank, and a text with a line break cannot forge a line of a
 * report or an error listing.
 */
public final class Texts {
  private Texts() {}

  /**
   * Returns whether a text is blank: empty, or only white space of any kind (Unicode white space and space
   * separators, the no-break spaces among them) and invisible format characters (zero-width spaces and joiners,
   * the byte-order mark).
   *
   * @param text a text
   * @return true if nothing visible is written
   */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }

  /**
   * Returns what is wrong with a free text of evidence, if anything.
   *
   * @param text the text
   * @param at where the text is
   * @return a {@link RuleCode#TEXT_BLANK} or {@link RuleCode#TEXT_CONTROL_CHARACTER} violation (with the code point
   *     as {@code U+000A} and its index), or empty when fine
   */
  public static Optional<Violation> problem(String text, Location at) {
    if (isBlank(text)) {
      return Optional.of(Violation.of(RuleCode.TEXT_BLANK, at));
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreaking(c)) {
        return Optional.of(Violation.of(RuleCode.TEXT_CONTROL_CHARACTER, at,
            String.format(Locale.ROOT, "U+%04X", (int) c), i));
      }
    }
    return Optional.empty();
  }

  /**
   * Escapes the control characters of a text for a one-line display: {@code \n}, {@code \r}, {@code \t} as such,
   * any other as {@code \\uXXXX}.
   *
   * @param text a text
   * @return the text with no control character left
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isLineBreaking(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      switch (c) {
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isLineBreaking(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
