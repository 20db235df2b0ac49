/**
 * The tiers (分级创建) and the selection (评选) of docs/spec/criteria.md: a town or street with its sub-units as a
 * {@link io.github.jindu.district.UnitTree}, its counts rolled up from its sub-units' evidence
 * ({@link io.github.jindu.district.RollUp}), its sub-units assessed for their own titles against user-supplied
 * criteria sets ({@link io.github.jindu.district.Titles}), and a district's candidates assessed and ordered
 * against each other ({@link io.github.jindu.district.Selection}). Like the root package, it is pure and exact: no
 * floating point, clock, locale or time zone; it depends on the domain, never on the JSON codec or the reports.
 *
 * <p>Nothing is null unless marked: absent values are {@link java.util.Optional} or an explicit state.
 */
@NullMarked
@ValueStyle
package io.github.jindu.district;

import io.github.jindu.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
