package io.github.jindu.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Wraps a line of a text report so that it fits {@link #WIDTH} display columns, as a terminal shows it: an East
 * Asian Wide or Fullwidth character (Unicode's East_Asian_Width W or F: 汉字, the full-width punctuation
 * {@code （）：，「」}) takes two columns, a combining mark (general category Mn or Me) none, every other character
 * one.
 *
 * <p>A line is broken only where Unicode's line breaking algorithm (UAX #14, ICU's {@link
 * BreakIterator#getLineInstance(ULocale)}) allows it, and of those places only:
 *
 * <ul>
 *   <li>at a single space between words, the space being replaced by the break ({@code veto check} becomes
 *       {@code veto} and {@code check} on the next line), unless the characters on its two sides are tight
 *       (see below);
 *   <li>between two tight characters with nothing between them: two wide characters ({@code 考评}, {@code 」「}),
 *       a wide character and an opening square bracket ({@code ）[rehabilitation.urine-test-count]}), or a
 *       closing square bracket and a wide character ({@code ]「}).
 * </ul>
 *
 * <p>So English is wrapped between words and Chinese between characters (never before {@code ，} or {@code ）}, nor
 * after {@code （}, as UAX #14 has it), and a run of narrow characters without a space, such as an id
 * {@code [rehabilitation.urine-test-count]}, a number {@code 93.48}, a fraction {@code 979/1104} or a digest, is
 * never split. Each line is filled with as many pieces as fit; a piece wider than the room is put on a line of its
 * own, which is then the only kind of line wider than {@link #WIDTH}: text is never cut.
 *
 * <p>Continuation lines are indented by the first line's indentation plus two spaces, so that a reader sees they
 * continue the line above: the indentation is the leading spaces, a leading {@code !! } flag counting as three of
 * them. The wrapping loses nothing: a continuation line, its indentation removed, joins the line above with a space
 * if the last character above and the first character of the continuation are not tight, and directly
 * otherwise ({@link #joiner}).
 *
 * @implSpec This class is stateless and thread-safe.
 */
final class Columns {
  /** The display columns a report line fits. */
  static final int WIDTH = 100;

  /** The flag that starts a line that stands out; it counts as indentation. */
  private static final String FLAG = "!! ";

  /** The columns a continuation line is indented by, beyond the indentation of its first line. */
  private static final int CONTINUATION = 2;

  private Columns() {}

  /**
   * Wraps a line to {@link #WIDTH} columns.
   *
   * @param line one line of a report, already escaped ({@link VisibleText#escape}), without a line feed
   * @return the line, or the lines it is broken into separated by {@code "\n"} (none at the end), each continuation
   *     line indented by the first line's indentation plus two spaces
   */
  static String wrap(String line) {
    return wrap(line, WIDTH);
  }

  /**
   * Wraps a line to a number of columns.
   *
   * @param line one line of text without a line feed
   * @param columns the columns each line should fit, at least one more than the continuation indentation
   * @return the line, or the lines it is broken into separated by {@code "\n"}
   */
  static String wrap(String line, int columns) {
    if (width(line) <= columns) {
      return line;
    }
    int start = indentation(line);
    int indent = width(line.substring(0, start)) + CONTINUATION;
    String continuation = " ".repeat(indent);

    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(line);
    StringBuilder out = new StringBuilder(line.length() + 32);
    out.append(line, 0, start);
    int used = width(line.substring(0, start));
    boolean empty = true;
    int from = start;
    for (int to = breaks.following(start); to != BreakIterator.DONE; to = breaks.next()) {
      if (to < line.length() && !taken(line, from, to)) {
        continue;
      }
      // The piece from..to; at a space break its last character is the space the break replaces.
      boolean spaced = to < line.length() && line.charAt(to - 1) == ' ';
      String piece = line.substring(from, to);
      int shown = width(spaced ? piece.substring(0, piece.length() - 1) : piece);
      if (!empty && used + shown > columns) {
        if (out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        out.append('\n').append(continuation);
        used = indent;
      }
      out.append(piece);
      used += width(piece);
      empty = false;
      from = to;
    }
    return out.toString();
  }

  /**
   * {@return whether a break opportunity of UAX #14 at {@code at} is taken: a single space between characters that
   * are not tight, or two tight characters meeting}
   *
   * @param line the line
   * @param from where the current piece starts: a break leaves at least one character before it
   * @param at the break opportunity, after the space or between the two characters
   */
  private static boolean taken(String line, int from, int at) {
    int before = line.codePointBefore(at);
    int after = line.codePointAt(at);
    if (before == ' ') {
      int start = at - 1;
      if (start <= from) {
        return false;
      }
      int last = line.codePointBefore(start);
      return last != ' ' && !Character.isWhitespace(after) && joiner(last, after).equals(" ");
    }
    return !Character.isWhitespace(before) && tight(before, after);
  }

  /**
   * {@return what joins a continuation line, its indentation removed, to the line above: the empty string if the
   * last character above and the first of the continuation are tight, else one space}
   *
   * @param last the last code point of the line above
   * @param first the first code point of the continuation line after its indentation
   */
  static String joiner(int last, int first) {
    return tight(last, first) ? "" : " ";
  }

  /**
   * {@return whether two code points are tight, so that a break may fall between them without a space: both wide,
   * or a wide character before an opening square bracket or after a closing one}
   */
  private static boolean tight(int before, int after) {
    boolean wideBefore = columns(before) == 2;
    boolean wideAfter = columns(after) == 2;
    return wideBefore && wideAfter || wideBefore && after == '[' || before == ']' && wideAfter;
  }

  /**
   * {@return the length of a line's indentation: its leading {@code !! } flag, if any, and the spaces after}
   *
   * @param line the line
   */
  static int indentation(String line) {
    int i = line.startsWith(FLAG) ? FLAG.length() : 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * {@return the display columns of a text: the sum of its code points' columns}
   *
   * @param text a text without line feeds
   */
  static int width(String text) {
    return text.codePoints().map(Columns::columns).sum();
  }

  /** {@return the display columns of a code point: two if wide or full-width, none if a combining mark, else one} */
  private static int columns(int c) {
    int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
    if (eastAsian == UCharacter.EastAsianWidth.WIDE
        || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH) {
      return 2;
    }
    int type = UCharacter.getType(c);
    return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK ? 0 : 1;
  }
}
