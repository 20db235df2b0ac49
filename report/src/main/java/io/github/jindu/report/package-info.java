/**
 * Reports of an assessment for people: {@link io.github.jindu.report.TextReport} renders an
 * {@link io.github.jindu.AssessmentResult} as plain text an official can read, in Simplified Chinese, Traditional
 * Chinese or English ({@link io.github.jindu.report.ReportLanguage}), every sentence from a message bundle. Reports depend on the domain package, never the reverse, and
 * are deterministic: no clock, locale, time zone or floating point.
 *
 * <p>Nothing is null unless marked.
 */
@NullMarked
package io.github.jindu.report;

import org.jspecify.annotations.NullMarked;
