package io.github.jindu.json;

import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Violation;

import static io.github.jindu.internal.JsonPaths.index;
import static io.github.jindu.internal.JsonPaths.member;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jindu.internal.Texts;
import io.github.jindu.internal.WireNames;
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
  private final List<Violation> violations = new ArrayList<>();
  private long unlisted;

  /** {@return the violations found, at most {@link InvalidEvidenceException#MAX_LISTED}, the last counting the rest} */
  List<Violation> violations() {
    if (unlisted == 0) {
      return violations;
    }
    List<Violation> all = new ArrayList<>(violations);
    all.add(Violation.of("$", unlisted + " more violations are not listed"));
    return all;
  }

  /** Records a violation; past {@link InvalidEvidenceException#MAX_LISTED} they are only counted. */
  void violation(String path, String message) {
    if (violations.size() < InvalidEvidenceException.MAX_LISTED - 1) {
      violations.add(Violation.of(path, message));
    } else {
      unlisted++;
    }
  }

  /** Reads an object, reporting members not in {@code allowed}. */
  @Nullable Obj object(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      violation(path, "must be a JSON object, not " + describe(node));
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        violation(member(path, name), "unknown field \"" + name + "\" (allowed: " + String.join(", ", allowed) + ")");
      }
    }
    return new Obj(node, path);
  }

  /** Reads an object whose member names are data (metric keys, criterion ids), not a fixed set of fields. */
  @Nullable Obj map(JsonNode node, String path) {
    if (!node.isObject()) {
      violation(path, "must be a JSON object, not " + describe(node));
      return null;
    }
    return new Obj(node, path);
  }

  /** Reads each element of an array with {@code element}, dropping those it could not read. */
  <T> @Nullable List<T> array(JsonNode node, String path, BiFunction<JsonNode, String, @Nullable T> element) {
    TreeMap<Integer, T> read = indexedArray(node, path, element);
    return read == null ? null : new ArrayList<>(read.values());
  }

  /** Reads each element of an array with {@code element}, keyed by its index, dropping those it could not read. */
  <T> @Nullable TreeMap<Integer, T> indexedArray(
      JsonNode node, String path, BiFunction<JsonNode, String, @Nullable T> element) {
    if (!node.isArray()) {
      violation(path, "must be a JSON array, not " + describe(node));
      return null;
    }
    TreeMap<Integer, T> out = new TreeMap<>();
    for (int i = 0; i < node.size(); i++) {
      T value = element.apply(node.get(i), index(path, i));
      if (value != null) {
        out.put(i, value);
      }
    }
    return out;
  }

  @Nullable String string(JsonNode node, String path) {
    if (!node.isTextual()) {
      violation(path, "must be a string, not " + describe(node));
      return null;
    }
    return node.textValue();
  }

  @Nullable Long wholeNumber(JsonNode node, String path) {
    if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        return node.longValue();
      }
      violation(path, node.asText() + " is out of range: a count must fit a 64-bit signed integer (at most "
          + Long.MAX_VALUE + ")");
      return null;
    }
    if (node.isNumber()) {
      violation(path, "must be a whole number, written in digits without a fraction or an exponent, not "
          + abbreviate(node.asText()));
      return null;
    }
    violation(path, "must be a whole number, not " + describe(node));
    return null;
  }

  @Nullable Boolean bool(JsonNode node, String path) {
    if (!node.isBoolean()) {
      violation(path, "must be true or false, not " + describe(node));
      return null;
    }
    return node.booleanValue();
  }

  @Nullable LocalDate date(JsonNode node, String path) {
    String text = string(node, path);
    if (text == null) {
      return null;
    }
    if (!ISO_DATE.matcher(text).matches()) {
      violation(path, "\"" + abbreviate(text) + "\" is not a date in the form yyyy-mm-dd");
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      violation(path, "\"" + text + "\" is not a valid date in the form yyyy-mm-dd");
      return null;
    }
  }

  /** Reads an enum constant by its wire name ({@code residents-committee}). */
  <E extends Enum<E>> @Nullable E constant(JsonNode node, String path, Class<E> type, String what) {
    return constant(node, path, type, what, WireNames::of);
  }

  /** Reads an enum constant by the name {@code naming} gives it. */
  <E extends Enum<E>> @Nullable E constant(
      JsonNode node, String path, Class<E> type, String what, Function<Enum<?>, String> naming) {
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
    violation(path, "unknown " + what + " \"" + abbreviate(text) + "\" (known: " + String.join(", ", names) + ")");
    return null;
  }

  static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "the string \"" + abbreviate(node.textValue()) + "\"";
      case NUMBER:
        return "the number " + node.asText();
      case BOOLEAN:
        return node.asText();
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An object being read, with its path. */
  final class Obj {
    final JsonNode node;
    final String path;

    Obj(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    boolean has(String name) {
      return node.has(name);
    }

    String at(String name) {
      return member(path, name);
    }

    /** {@return the member, or null after recording that a required member is absent} */
    @Nullable JsonNode required(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        violation(at(name), "is required");
        return null;
      }
      return value;
    }

    @Nullable String string(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.string(value, at(name));
    }

    @Nullable String nonBlank(String name) {
      String value = string(name);
      Optional<String> problem = value == null ? Optional.empty() : Texts.problem(value);
      if (problem.isPresent()) {
        violation(at(name), problem.get());
        return null;
      }
      return value;
    }

    Optional<String> optionalNonBlank(String name) {
      return has(name) ? Optional.ofNullable(nonBlank(name)) : Optional.empty();
    }

    @Nullable Long wholeNumber(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.wholeNumber(value, at(name));
    }

    @Nullable Boolean bool(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.bool(value, at(name));
    }

    @Nullable LocalDate date(String name) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.date(value, at(name));
    }

    <E extends Enum<E>> @Nullable E constant(String name, Class<E> type, String what) {
      return constant(name, type, what, WireNames::of);
    }

    <E extends Enum<E>> @Nullable E constant(
        String name, Class<E> type, String what, Function<Enum<?>, String> naming) {
      JsonNode value = required(name);
      return value == null ? null : Reading.this.constant(value, at(name), type, what, naming);
    }

    Iterator<Map.Entry<String, JsonNode>> fields() {
      return node.fields();
    }
  }
}
