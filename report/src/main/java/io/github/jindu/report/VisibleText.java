package io.github.jindu.report;

import io.github.jindu.internal.DefaultIgnorable;
import java.util.Locale;

/**
 * Makes a text safe to print on one line of a report or a message: every character that would not show, or would
 * change how the rest of the line shows, is replaced by a visible marker. It is the one escape of the rendering
 * edge: {@link TextReport}, {@link DistrictReport} and {@link Violations} pass every line they print through it,
 * and the command line every value it echoes, so that a name, id, reference, key, location or assessor taken from
 * the input cannot hide a character (a zero-width space U+200B after {@code hotspots}, which then looks like {@code hotspots})
 * or reorder the line (a right-to-left override U+202E making 未达标 read as 达标).
 *
 * <p>Escaped, as {@code <U+XXXX>} (four to six upper-case hexadecimal digits, such as {@code <U+200B>},
 * {@code <U+202E>}, {@code <U+E0001>}):
 *
 * <ul>
 *   <li>control characters (general category Cc), but for the line feed, carriage return and tab, written
 *       {@code \n}, {@code \r} and {@code \t}, and the line and paragraph separators U+2028, U+2029;
 *   <li>format characters (Cf: the bidirectional overrides, embeddings and isolates, the zero-width space,
 *       joiners and no-break space, the byte order mark, the soft hyphen, tag characters);
 *   <li>private-use (Co) and unassigned (Cn) code points, and lone surrogates;
 *   <li>the other code points of Unicode's Default_Ignorable_Code_Point (variation selectors, the Hangul fillers
 *       U+3164, U+115F, U+1160, U+FFA0, combining grapheme joiner U+034F …).
 * </ul>
 *
 * <p>Every other character, the no-break and ideographic spaces among them, is kept. The marker is printable ASCII,
 * so escaping an escaped text changes nothing.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class VisibleText {
  private VisibleText() {}

  /**
   * Escapes the characters of a text that would not show or would reorder a line.
   *
   * @param text a text, such as a name, a reference, an id or a location read from the input
   * @return the text with each such character replaced by its marker ({@code 计数“hotspots<U+200B>”}); the same
   *     text when there is none
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (!hidden(c)) {
        if (out != null) {
          out.appendCodePoint(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(marker(c));
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** {@return the marker of a code point, such as {@code <U+200B>}} */
  static String marker(int codePoint) {
    return String.format(Locale.ROOT, "<U+%04X>", codePoint);
  }

  /** {@return whether a code point is escaped} */
  static boolean hidden(int c) {
    if (c == 0x2028 || c == 0x2029 || DefaultIgnorable.contains(c)) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }
}
