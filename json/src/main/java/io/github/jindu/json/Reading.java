package io.github.jindu.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.internal.Texts;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a JSON tree that reads typed values and collects every violation with its path, so that a
 * document is reported whole rather than one error at a time. A reader returns {@code null} (or empty) for a value
 * it could not read and records why.
 */
final class Reading {
  /** A date of four-digit year, month and day: no sign, no more digits. */
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** A date of a year that yyyy-mm-dd cannot write: a sign, or more than four digits. */
  private static final Pattern EXTENDED_DATE = Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");

  private final List<Violation> violations = new ArrayList<>();
  private long unlisted;

  /** {@return the violations found, at most {@link InvalidEvidenceException#MAX_LISTED}, the last counting the rest} */
  List<Violation> violations() {
    if (unlisted == 0) {
      return violations;
    }
    List<Violation> all = new ArrayList<>(violations);
    all.add(Violation.of(RuleCode.VIOLATIONS_MORE, Location.root(), unlisted));
    return all;
  }

  /** {@return how many violations were recorded so far, listed or only counted} */
  long violationCount() {
    return violations.size() + unlisted;
  }

  /** Records a violation; past {@link InvalidEvidenceException#MAX_LISTED} they are only counted. */
  void violation(RuleCode code, Location path, Object... values) {
    violation(Violation.of(code, path, values));
  }

  /** Records a violation; past {@link InvalidEvidenceException#MAX_LISTED} they are only counted. */
  void violation(Violation violation) {
    if (violations.size() < InvalidEvidenceException.MAX_LISTED - 1) {
      violations.add(violation);
    } else {
      unlisted++;
    }
  }

  /** Reads an object, reporting members not in {@code allowed}. */
  @Nullable Obj object(JsonNode node, Location path, Set<String> allowed) {
    if (!node.isObject()) {
      violation(RuleCode.TYPE_NOT_OBJECT, path, describe(node));
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        // The name is the document's: abbreviated in the location too, so that a violation stays
        // small.
        violation(
            RuleCode.MEMBER_UNKNOWN,
            path.member(abbreviate(name)),
            abbreviate(name),
            String.join(", ", allowed));
      }
    }
    return new Obj(node, path);
  }

  /** Reads an object whose member names are data (metric keys, criterion ids), not a fixed set of fields. */
  @Nullable Obj map(JsonNode node, Location path) {
    if (!node.isObject()) {
      violation(RuleCode.TYPE_NOT_OBJECT, path, describe(node));
      return null;
    }
    return new Obj(node, path);
  }

  /** Reads each element of an array with {@code element}, dropping those it could not read. */
  <T> @Nullable List<T> array(
      JsonNode node, Location path, BiFunction<JsonNode, Location, @Nullable T> element) {
    TreeMap<Integer, T> read = indexedArray(node, path, element);
    return read == null ? null : new ArrayList<>(read.values());
  }

  /** Reads each element of an array with {@code element}, keyed by its index, dropping those it could not read. */
  <T> @Nullable TreeMap<Integer, T> indexedArray(
      JsonNode node, Location path, BiFunction<JsonNode, Location, @Nullable T> element) {
    if (!node.isArray()) {
      violation(RuleCode.TYPE_NOT_ARRAY, path, describe(node));
      return null;
    }
    TreeMap<Integer, T> out = new TreeMap<>();
    for (int i = 0; i < node.size(); i++) {
      T value = element.apply(node.get(i), path.index(i));
      if (value != null) {
        out.put(i, value);
      }
    }
    return out;
  }

  @Nullable String string(JsonNode node, Location path) {
    if (!node.isTextual()) {
      violation(RuleCode.TYPE_NOT_STRING, path, describe(node));
      return null;
    }
    return node.textValue();
  }

  @Nullable Long wholeNumber(JsonNode node, Location path) {
    if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        return node.longValue();
      }
      violation(RuleCode.NUMBER_OUT_OF_RANGE, path, abbreviate(node.asText()), Long.MAX_VALUE);
      return null;
    }
    if (node.isNumber()) {
      violation(RuleCode.NUMBER_NOT_WHOLE, path, abbreviate(node.asText()));
      return null;
    }
    violation(RuleCode.TYPE_NOT_WHOLE_NUMBER, path, describe(node));
    return null;
  }

  /** Reads a whole number of any size, such as the terms of an exact mean. */
  java.math.@Nullable BigInteger bigWholeNumber(JsonNode node, Location path) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      violation(RuleCode.NUMBER_NOT_WHOLE, path, abbreviate(node.asText()));
      return null;
    }
    violation(RuleCode.TYPE_NOT_WHOLE_NUMBER, path, describe(node));
    return null;
  }

  @Nullable Boolean bool(JsonNode node, Location path) {
    if (!node.isBoolean()) {
      violation(RuleCode.TYPE_NOT_BOOLEAN, path, describe(node));
      return null;
    }
    return node.booleanValue();
  }

  @Nullable LocalDate date(JsonNode node, Location path) {
    String text = string(node, path);
    if (text == null) {
      return null;
    }
    if (text.length() == 10
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && !text.startsWith("0000")) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
          violation(RuleCode.DATE_INVALID, path, text);
          return null;
        }
      }
    }
    if (!ISO_DATE.matcher(text).matches()) {
      if (EXTENDED_DATE.matcher(text).matches()
          && !text.startsWith("-")
          && text.replaceFirst("^[+]?0*", "").indexOf('-') > 4) {
        violation(RuleCode.DATE_YEAR_OUT_OF_RANGE, path, abbreviate(text));
      } else {
        violation(RuleCode.DATE_FORM, path, abbreviate(text));
      }
      return null;
    }
    if (text.startsWith("0000")) {
      violation(RuleCode.DATE_YEAR_OUT_OF_RANGE, path, text);
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      violation(RuleCode.DATE_INVALID, path, text);
      return null;
    }
  }

  /** {@return the number the ASCII digits 0-9 from {@code from} to {@code to} (exclusive) write, or -1 if any is not one} */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Checks that a number written in a string has only ASCII digits, recording {@link RuleCode#NUMBER_NON_ASCII_DIGIT}
   * otherwise: {@link java.math.BigDecimal} would read a Bengali ৯০ as 90.
   *
   * @return true if no digit of the text is outside 0-9
   */
  boolean asciiDigits(String text, Location path) {
    int i = Texts.nonAsciiDigit(text);
    if (i < 0) {
      return true;
    }
    violation(
        RuleCode.NUMBER_NON_ASCII_DIGIT,
        path,
        abbreviate(text),
        String.format(java.util.Locale.ROOT, "U+%04X", text.codePointAt(i)));
    return false;
  }

  /** Reads an enum constant by its wire name ({@code residents-committee}). */
  <E extends Enum<E>> @Nullable E constant(
      JsonNode node, Location path, Class<E> type, RuleCode what) {
    return constant(node, path, type, what, WireNames::of);
  }

  /** Reads an enum constant by the name {@code naming} gives it. */
  <E extends Enum<E>> @Nullable E constant(
      JsonNode node,
      Location path,
      Class<E> type,
      RuleCode what,
      Function<Enum<?>, String> naming) {
    String text = string(node, path);
    if (text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (naming.apply(e).equals(text)) {
        return e;
      }
      names.add(naming.apply(e));
    }
    violation(what, path, abbreviate(text), String.join(", ", names));
    return null;
  }

  /**
   * Abbreviates a text of the document for a violation ({@link Texts#abbreviated}: at most
   * {@value Texts#MAX_ABBREVIATED} characters and {@code …}). Every value a violation quotes from the document,
   * and every member name of its location that the document chose, goes through here or through
   * {@link Texts#escaped}.
   */
  static String abbreviate(String text) {
    return Texts.abbreviated(text);
  }

  /**
   * Returns a value as written, abbreviated and language-neutral, as the value of a type violation:
   * {@code "84210"} (a string, quoted), {@code 42}, {@code true}, {@code null}, {@code […]}, <code>{…}</code>.
   */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "\"" + abbreviate(node.textValue()) + "\"";
      case NUMBER:
        return abbreviate(node.asText());
      case BOOLEAN:
        return node.asText();
      case NULL:
        return "null";
      case ARRAY:
        return "[\u2026]";
      case OBJECT:
        return "{\u2026}";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An object being read, with its path. */
  final class Obj {
    final JsonNode node;
    final Location path;

    Obj(JsonNode node, Location path) {
      this.node = node;
      this.path = path;
    }

    boolean has(String name) {
      return node.has(name);
    }

    Location at(String name) {
      return path.member(name);
    }

    /** {@return the member, or null after recording that a required member is absent} */
    @Nullable JsonNode required(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        violation(RuleCode.MEMBER_REQUIRED, at(name));
        return null;
      }
      return value;
    }

    @Nullable String string(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.string(value, at(name));
    }

    /**
     * Reads a name or a reference: a string, normalized to NFC, not blank, with no forbidden character
     * ({@link Texts#problem}).
     */
    @Nullable String nonBlank(String name) {
      String read = string(name);
      String value = read == null ? null : Normalizer.normalize(read, Normalizer.Form.NFC);
      Optional<Violation> problem =
          value == null ? Optional.empty() : Texts.problem(value, at(name));
      if (problem.isPresent()) {
        violation(problem.get());
        return null;
      }
      return value;
    }

    Optional<String> optionalNonBlank(String name) {
      return has(name) ? Optional.ofNullable(nonBlank(name)) : Optional.empty();
    }

    /**
     * Reads an id (of a unit, sub-unit, peer, district, criterion, indicator or veto): a string of ASCII letters,
     * digits and {@code . _ - :} ({@link Texts#idProblem}), never normalized.
     */
    @Nullable String id(String name) {
      String value = string(name);
      Optional<Violation> problem =
          value == null ? Optional.empty() : Texts.idProblem(value, at(name));
      if (problem.isPresent()) {
        violation(problem.get());
        return null;
      }
      return value;
    }

    Optional<String> optionalId(String name) {
      return has(name) ? Optional.ofNullable(id(name)) : Optional.empty();
    }

    @Nullable Long wholeNumber(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.wholeNumber(value, at(name));
    }

    java.math.@Nullable BigInteger bigWholeNumber(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.bigWholeNumber(value, at(name));
    }

    @Nullable Boolean bool(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.bool(value, at(name));
    }

    @Nullable LocalDate date(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.date(value, at(name));
    }

    <E extends Enum<E>> @Nullable E constant(String name, Class<E> type, RuleCode what) {
      return constant(name, type, what, WireNames::of);
    }

    <E extends Enum<E>> @Nullable E constant(
        String name, Class<E> type, RuleCode what, Function<Enum<?>, String> naming) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.constant(value, at(name), type, what, naming);
    }

    Iterator<Map.Entry<String, JsonNode>> fields() {
      return node.fields();
    }
  }
}
