package io.github.jindu.internal;

/**
 * The JSON paths of the {@code evidence/1} form, shared by the domain's validation and the JSON codec so that
 * both name a location the same way: {@code $.counts["population.reached"]}, {@code $.events[3].date}.
 */
public final class JsonPaths {
  /** The root. */
  public static final String ROOT = "$";

  private JsonPaths() {}

  /**
   * Returns the path of a member of an object.
   *
   * @param parent the object's path
   * @param name the member's name
   * @return {@code parent.name} when the name is a plain identifier, else {@code parent["name"]}
   */
  public static String member(String parent, String name) {
    return isIdentifier(name) ? parent + "." + name : key(parent, name);
  }

  /**
   * Returns the path of a keyed member, always in bracket form, as used for map keys such as metric keys.
   *
   * @param parent the object's path
   * @param key the key
   * @return {@code parent["key"]}, with {@code "} and {@code \} escaped
   */
  public static String key(String parent, String key) {
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /**
   * Returns the path of an element of an array.
   *
   * @param parent the array's path
   * @param index the element's index, from 0
   * @return {@code parent[index]}
   */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
  }
}
