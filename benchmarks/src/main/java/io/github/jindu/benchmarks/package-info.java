/**
 * JMH benchmarks of Jindu's assessment on the sample town (docs/performance.md), and {@link
 * io.github.jindu.benchmarks.Baseline}, a hand-written evaluation of the same bars that is the practical limit.
 */
@org.jspecify.annotations.NullMarked
package io.github.jindu.benchmarks;
