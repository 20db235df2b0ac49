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

/**
 * {@link DroolsCatalogue}, the 51 criteria as Drools rules, on the sample town: from the built {@code Evidence}
 * (figures extracted in each operation, as {@code ObjectsBenchmark} starts from it), and from figures extracted
 * once (the rules engine alone). The rules are compiled once in setup; each operation opens a new session.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DroolsBenchmark {
  private io.github.jindu.Evidence evidence = SampleTown.evidence();
  private DroolsFigures figures = DroolsFigures.of(evidence);
  private DroolsCatalogue drools = DroolsCatalogue.load();
  private final byte[] outcomes = new byte[Baseline.CRITERIA];

  /** Reads the sample town and compiles the rules once. */
  @Setup
  public void setUp() {
    evidence = SampleTown.evidence();
    figures = DroolsFigures.of(evidence);
    drools = DroolsCatalogue.load();
  }

  /**
   * Extracts the sample town's figures and runs the rules on them in a new session.
   *
   * @param blackhole consumes the outcomes
   * @return the overall outcome code
   */
  @Benchmark
  public int assessDrools(Blackhole blackhole) {
    int overall = drools.assess(evidence, outcomes);
    blackhole.consume(outcomes);
    return overall;
  }

  /**
   * Runs the rules in a new session on figures extracted once.
   *
   * @param blackhole consumes the outcomes
   * @return the overall outcome code
   */
  @Benchmark
  public int assessDroolsFigures(Blackhole blackhole) {
    int overall = drools.assess(figures, outcomes);
    blackhole.consume(outcomes);
    return overall;
  }
}
