package io.github.jindu;

import com.google.common.collect.ImmutableList;

/**
 * A builder of a Jindu value was asked to build it while a required attribute was not set: for example
 * {@code Evidence.builder().build()} without a {@code unit} and a {@code period}. It names the value type and
 * every missing attribute, so that a programmer can fix the code that builds it; the attribute names are the
 * accessor names of the value type (and the member names of its JSON form).
 */
public final class MissingAttributeException extends JinduException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the value type. */
  private final String valueType;

  /** The required attributes not set, at least one. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<String> attributes;

  /**
   * Creates the exception.
   *
   * @param valueType the simple name of the value type, such as {@code Evidence}
   * @param attributes the required attributes that were not set, at least one, such as {@code [unit, period]}
   * @param cause the builder's own error
   */
  public MissingAttributeException(
      String valueType, ImmutableList<String> attributes, Throwable cause) {
    super(
        valueType
            + " cannot be built: required attributes not set: "
            + String.join(", ", attributes),
        cause);
    this.valueType = valueType;
    this.attributes = attributes;
  }

  /** {@return the simple name of the value type, such as {@code Evidence}} */
  public String valueType() {
    return valueType;
  }

  /** {@return the required attributes that were not set, in declaration order, such as {@code [unit, period]}} */
  public ImmutableList<String> attributes() {
    return attributes;
  }
}
