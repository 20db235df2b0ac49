/**
 * The bars (门槛, thresholds) a criterion sets, one type per kind of docs/spec/criteria.md "Threshold kinds": a
 * share at least a bound ({@link io.github.jindu.bar.MinShare}, "达到90%以上"), a count or a rate per 10,000 at most
 * a bound, a rise over the previous period, an event by a date or every month, quarter or half-year, the lowest
 * case rate among the district's units, an assessor's attestation. Each is an immutable value that decides
 * exactly, with integers and {@link io.github.jindu.Ratio}s (bounds inclusive: 以上, 不超过, 不少于), and says what it
 * observed and how far an unmet bar is.
 */
@NullMarked
package io.github.jindu.bar;

import org.jspecify.annotations.NullMarked;
