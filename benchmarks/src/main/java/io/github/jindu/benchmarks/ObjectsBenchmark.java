package io.github.jindu.benchmarks;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code set.assess(evidence)} on the sample town, from built Java objects (no JSON). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ObjectsBenchmark {
  private CriteriaSet set = SampleTown.set();
  private Evidence evidence = SampleTown.evidence();

  /** Reads the sample town once. */
  @Setup
  public void setUp() {
    set = SampleTown.set();
    evidence = SampleTown.evidence();
  }

  /**
   * Assesses the built sample. The evidence digest is computed on the first assessment of an {@link Evidence} and
   * kept ({@link Evidence#evidenceDigest()}), so this measures what every further assessment of built evidence
   * costs; {@link #assessObjectsNewEvidence} adds what a first one costs.
   *
   * @return the assessment of the sample town
   */
  @Benchmark
  public AssessmentResult assessObjects() {
    return set.assess(evidence);
  }

  /**
   * Makes a new copy of the sample's evidence, with an equal new period (its own checks run again), and assesses it: the cost of the first
   * assessment of newly built evidence, digest included.
   *
   * @return the assessment of the copy
   */
  @Benchmark
  public AssessmentResult assessObjectsNewEvidence() {
    return set.assess(
        evidence.withPeriod(
            io.github.jindu.AssessmentPeriod.of(
                evidence.period().start(), evidence.period().end())));
  }
}
