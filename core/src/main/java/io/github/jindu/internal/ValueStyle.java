package io.github.jindu.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Jindu value type: generated {@code Immutable*} classes are package-private
 * and hidden behind the abstract type ({@code overshadowImplementation}), builders are strict (each attribute
 * set once), and nothing generated leaks into the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    allParameters = false,
    // Generated copy methods are internal (the generated class is hidden); the public with… methods
    // are hand-written on the value types that have them and delegate to these.
    with = "copyWith*")
public @interface ValueStyle {}
