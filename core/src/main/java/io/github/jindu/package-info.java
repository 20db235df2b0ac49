/**
 * The vocabulary of a drug-control model community assessment (禁毒工作示范社区考评): units, indicators
 * (一级指标), criteria (二级指标), thresholds, evidence, and the results of assessing evidence against a
 * criteria set. Every type here is an immutable value; the one function of the package,
 * {@link io.github.jindu.CriteriaSet#assess(Evidence)}, is pure and exact (no floating point, clock, locale
 * or time zone).
 *
 * <p>Nothing is null unless marked: absent values are {@link java.util.Optional} or an explicit state.
 */
@NullMarked
@ValueStyle
package io.github.jindu;

import io.github.jindu.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
