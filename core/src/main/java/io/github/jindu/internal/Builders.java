package io.github.jindu.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.jindu.MissingAttributeException;
import java.util.function.Supplier;

/** Builds a value through its generated builder, turning Immutables' missing-attribute error into ours. */
public final class Builders {
  private static final String NOT_SET = "some of required attributes are not set [";

  private Builders() {}

  /**
   * Builds a value.
   *
   * @param build the generated builder's {@code build}
   * @param type the simple name of the value type, such as {@code Evidence}
   * @param <T> the value type
   * @return the value
   * @throws MissingAttributeException if a required attribute was not set, naming every one of them
   */
  public static <T> T build(Supplier<T> build, String type) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      int at = message.indexOf(NOT_SET);
      if (at < 0 || !message.endsWith("]")) {
        throw e;
      }
      String names = message.substring(at + NOT_SET.length(), message.length() - 1);
      throw new MissingAttributeException(
          type,
          ImmutableList.copyOf(Splitter.on(',').trimResults().omitEmptyStrings().split(names)),
          e);
    }
  }
}
