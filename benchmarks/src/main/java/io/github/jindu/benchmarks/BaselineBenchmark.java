package io.github.jindu.benchmarks;

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
import org.openjdk.jmh.infra.Blackhole;

/** The practical limit: {@link Baseline} deciding the 51 criteria on the sample town's extracted figures. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BaselineBenchmark {
  private Baseline baseline = Baseline.of(SampleTown.evidence());
  private final byte[] outcomes = new byte[Baseline.CRITERIA];

  /** Extracts the sample town's figures once. */
  @Setup
  public void setUp() {
    baseline = Baseline.of(SampleTown.evidence());
  }

  /**
   * Decides every criterion and the overall outcome.
   *
   * @param blackhole consumes the outcomes
   * @return the overall outcome code
   */
  @Benchmark
  public int assessBaseline(Blackhole blackhole) {
    int overall = baseline.assess(outcomes);
    blackhole.consume(outcomes);
    return overall;
  }
}
