package io.github.jindu.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.jindu.CriteriaSet;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.ResultJson;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Growth with the size of the evidence: bytes to {@code result/1} (reading included) for variants of the sample
 * town with 10 to 10,000 events and 10 to 10,000 peers ({@link Variants}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ScalingBenchmark {
  /** How many events the variant has. */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  /** How many peers the variant has. */
  @Param({"10", "100", "1000", "10000"})
  public int peers;

  private CriteriaSet set = SampleTown.set();
  private byte[] bytes = new byte[0];

  /** Generates the variant's bytes once. */
  @Setup
  public void setUp() {
    set = SampleTown.set();
    bytes = EvidenceJson.write(Variants.of(SampleTown.evidence(), events, peers)).getBytes(UTF_8);
  }

  /** {@return the {@code result/1} document of the variant, read from its bytes} */
  @Benchmark
  public String assessScaled() {
    return ResultJson.write(set.assess(EvidenceJson.read(new ByteArrayInputStream(bytes), set)));
  }
}
