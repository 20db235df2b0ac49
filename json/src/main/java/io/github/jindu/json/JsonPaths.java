package io.github.jindu.json;

import io.github.jindu.Location;
import io.github.jindu.Location.Segment;

/**
 * Renders a {@link Location} as a JSON path into the wire form of its document ({@code evidence/1},
 * {@code criteria/1}, {@code result/1}): {@code $} for the document as a whole, {@code .name} for a member whose
 * name is a plain identifier, {@code ["name"]} for any other member and for every map key (a metric key, a
 * criterion id; escaped as a JSON string, so that a line break in a key is {@code \n}), {@code [3]} for a list index
 * from 0. For example {@code $.counts["population.reached"]},
 * {@code $.events[3].date}, {@code $.indicators[0].criteria[1].bar.bound}.
 *
 * <p>The document's label, if any, is not part of the path: see {@link #withDocument(Location)}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class JsonPaths {
  /** The path of the document as a whole, {@value}. */
  public static final String ROOT = "$";

  private JsonPaths() {}

  /**
   * Returns the JSON path of a location.
   *
   * @param location a location
   * @return for example {@code $.counts["population.reached"]}; {@code $} for the whole document
   */
  public static String of(Location location) {
    StringBuilder out = new StringBuilder(ROOT);
    for (Segment s : location.segments()) {
      out.append(
          switch (s.kind()) {
            case MEMBER -> isIdentifier(s.name()) ? "." + s.name() : key(s.name());
            case KEY -> key(s.name());
            case INDEX -> "[" + s.index() + "]";
          });
    }
    return out.toString();
  }

  /**
   * Returns the JSON path of a location, preceded by its document's label when it has one.
   *
   * @param location a location
   * @return for example {@code 310199-001-01: $.counts["users.new"]}, or the bare path
   */
  public static String withDocument(Location location) {
    return location.document().map(d -> d + ": ").orElse("") + of(location);
  }

  /** {@return {@code ["key"]}, escaped as {@link #appendKey} does} */
  private static String key(String key) {
    StringBuilder out = new StringBuilder();
    appendKey(out, key);
    return out.toString();
  }

  /** Appends {@code ["key"]}, escaping as a JSON string does: a backslash, a quote, control characters. */
  private static void appendKey(StringBuilder out, String key) {
    out.append("[\"");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case '\\':
          out.append("\\\\");
          break;
        case '"':
          out.append("\\\"");
          break;
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
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append("\"]");
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
  }
}
