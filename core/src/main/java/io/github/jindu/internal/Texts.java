package io.github.jindu.internal;

import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks and escapes the free texts of evidence (names, references) and its ids, following
 * docs/spec/criteria.md ("Invalid evidence"): a text that only looks filled (a no-break space, a zero-width space,
 * a Hangul filler, a braille blank) counts as blank; a name or reference is in NFC and holds no control, format,
 * private-use or unassigned character, nor a line or paragraph separator, so that it cannot forge a line of a
 * report or hide a second text; an id is ASCII letters, digits and {@code . _ - :}, so that two ids are equal only
 * when they are the same characters.
 */
public final class Texts {
  /** The most characters of an id, {@value}. */
  public static final int MAX_ID_LENGTH = 64;

  /** The most characters of a text quoted by {@link #escaped}, before it is abbreviated. */
  private static final int MAX_QUOTED = 80;

  private Texts() {}

  /**
   * Returns whether a text is blank: no character of it shows. White space of any kind (the no-break spaces
   * among it), the code points of Unicode's Default_Ignorable_Code_Point ({@link DefaultIgnorable}: U+200B,
   * U+034F, U+FE0F, U+3164, U+115F, U+1160, U+FFA0, U+17B4 …), U+2800 (braille pattern blank), control and format
   * characters, unassigned code points and lone surrogates, and combining marks without a base do not show.
   *
   * @param text a text
   * @return true if nothing visible is written (the empty text included)
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (shows(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Returns the characters of a name that show, in order: what two names are compared by, so that padding
   * ({@code 东沙镇} with U+3000 after it or U+00A0 before it) or a space inside does not make another name.
   *
   * @param name a name, such as {@code 东沙镇}
   * @return its characters that show, such as {@code 东沙镇}
   */
  public static String shown(String name) {
    int first = 0;
    while (first < name.length() && shows(name.codePointAt(first))) {
      first += Character.charCount(name.codePointAt(first));
    }
    if (first == name.length()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length()).append(name, 0, first);
    for (int i = first; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (shows(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean shows(int c) {
    if (Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == 0x2800
        || DefaultIgnorable.contains(c)) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.UNASSIGNED:
      case Character.SURROGATE:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
        return false;
      default:
        return true;
    }
  }

  /**
   * Returns what is wrong with a name or a reference, if anything: the first of blank, a forbidden character (the
   * first one in the text), or not in NFC.
   *
   * @param text the text
   * @param at where the text is
   * @return a {@link RuleCode#TEXT_BLANK} violation (no values); a {@link RuleCode#TEXT_CONTROL_CHARACTER} (a
   *     control character, U+2028 or U+2029), {@link RuleCode#TEXT_FORMAT_CHARACTER} (general category Cf, the bidi
   *     overrides and the zero-width joiner among them), {@link RuleCode#TEXT_PRIVATE_USE} (Co) or
   *     {@link RuleCode#TEXT_UNASSIGNED} (Cn) or {@link RuleCode#TEXT_LONE_SURROGATE} (half of a surrogate pair) violation with the code point as {@code U+000A}
   *     and its position in the text (the first character is 1, a character
   *     beyond the Basic Multilingual Plane counting as one); a {@link RuleCode#TEXT_NOT_NFC} violation (no values); or
   *     empty when fine
   */
  public static Optional<Violation> problem(String text, Location at) {
    // Half a surrogate pair first: it does not show, and "blank" would hide that the text was
    // damaged.
    Optional<Violation> surrogate =
        firstForbidden(text, at, code -> code == RuleCode.TEXT_LONE_SURROGATE);
    if (surrogate.isPresent()) {
      return surrogate;
    }
    if (isBlank(text)) {
      return Optional.of(Violation.of(RuleCode.TEXT_BLANK, at));
    }
    Optional<Violation> forbidden = firstForbidden(text, at, code -> true);
    if (forbidden.isPresent()) {
      return forbidden;
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return Optional.of(Violation.of(RuleCode.TEXT_NOT_NFC, at));
    }
    return Optional.empty();
  }

  /**
   * {@return the violation of the first code point of a text that breaks one of the rules kept, with the code point
   * as {@code U+000A} and its position counted in characters from 1}
   */
  private static Optional<Violation> firstForbidden(
      String text, Location at, java.util.function.Predicate<RuleCode> kept) {
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      Optional<RuleCode> forbidden = forbidden(c).filter(kept);
      if (forbidden.isPresent()) {
        return Optional.of(
            Violation.of(
                forbidden.get(),
                at,
                String.format(Locale.ROOT, "U+%04X", c),
                text.codePointCount(0, i) + 1));
      }
    }
    return Optional.empty();
  }

  /** {@return the rule a code point breaks anywhere in a name or reference, if any} */
  private static Optional<RuleCode> forbidden(int c) {
    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
      return Optional.of(RuleCode.TEXT_CONTROL_CHARACTER);
    }
    switch (Character.getType(c)) {
      case Character.FORMAT:
        return Optional.of(RuleCode.TEXT_FORMAT_CHARACTER);
      case Character.PRIVATE_USE:
        return Optional.of(RuleCode.TEXT_PRIVATE_USE);
      case Character.UNASSIGNED:
        return Optional.of(RuleCode.TEXT_UNASSIGNED);
      case Character.SURROGATE: // half of a pair without its other half: no character at all
        return Optional.of(RuleCode.TEXT_LONE_SURROGATE);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns whether a text is an id: ASCII letters, digits and {@code .}, {@code _}, {@code -}, {@code :}, at
   * most {@value #MAX_ID_LENGTH} characters, starting with a letter or a digit ({@code 310199-002}, {@code 二(三)}
   * is not one).
   *
   * @param text a text
   * @return true if it is an id
   */
  public static boolean isId(String text) {
    if (text.isEmpty() || text.length() > MAX_ID_LENGTH || !isIdChar(text.charAt(0), true)) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!isIdChar(text.charAt(i), false)) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether a character may stand in an id: an ASCII letter or digit, or (but first) {@code ._:-}} */
  private static boolean isIdChar(char c, boolean first) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || !first && (c == '.' || c == '_' || c == ':' || c == '-');
  }

  /**
   * Returns what is wrong with an id (of a unit, sub-unit, peer, district, criterion, indicator or veto), if
   * anything.
   *
   * @param text the id as written
   * @param at where the id is
   * @return a {@link RuleCode#TEXT_BLANK} violation when nothing of it shows, a {@link RuleCode#ID_MALFORMED}
   *     violation with the id {@linkplain #escaped escaped} when it is not an id, or empty when fine
   */
  public static Optional<Violation> idProblem(String text, Location at) {
    if (isBlank(text)) {
      return Optional.of(Violation.of(RuleCode.TEXT_BLANK, at));
    }
    if (!isId(text)) {
      return Optional.of(Violation.of(RuleCode.ID_MALFORMED, at, escaped(text)));
    }
    return Optional.empty();
  }

  /** The most characters of a value from a document that a violation quotes, {@value}, before {@code …}. */
  public static final int MAX_ABBREVIATED = 40;

  /**
   * Returns a text from a document as a violation quotes it: whole when it has at most {@value #MAX_ABBREVIATED}
   * characters, else its first ones (never half a surrogate pair) and {@code …}; so that a violation, and an
   * exception listing a thousand of them, stays small however long the texts of the document are.
   *
   * @param text a text
   * @return at most {@value #MAX_ABBREVIATED} characters and {@code …}
   */
  public static String abbreviated(String text) {
    if (text.length() <= MAX_ABBREVIATED) {
      return text;
    }
    int end =
        Character.isHighSurrogate(text.charAt(MAX_ABBREVIATED - 1))
            ? MAX_ABBREVIATED - 1
            : MAX_ABBREVIATED;
    return text.substring(0, end) + "\u2026";
  }

  /**
   * Returns a text with every character outside printable ASCII (and the backslash) escaped as {@code \\uXXXX},
   * abbreviated after 80 characters with {@code …}: the form in which a malformed id is quoted, so that a
   * zero-width space or a look-alike letter shows ({@code 310199-002\\u200b}).
   *
   * @param text a text
   * @return the text in printable ASCII, but for a closing {@code …}
   */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8);
    int end = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return end < text.length() ? out.append('\u2026').toString() : out.toString();
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

  /**
   * Returns whether a text holds a decimal digit other than the ASCII {@code 0}-{@code 9} (a Bengali ৯, a
   * full-width ９), which {@link java.math.BigDecimal} and {@link Character#digit(int, int)} would read as a digit.
   *
   * @param text a text
   * @return the index (in UTF-16 units) of the first such digit, or -1
   */
  public static int nonAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      if ((c < '0' || c > '9') && (Character.isDigit(c) || Character.digit(c, 10) >= 0)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns whether a date's year is one that {@code yyyy-mm-dd} can write and read: 1 to 9999.
   *
   * @param year a proleptic year, such as {@code 2025}
   * @return true if {@code 1 <= year <= 9999}
   */
  public static boolean isFourDigitYear(int year) {
    return year >= 1 && year <= 9999;
  }
}
