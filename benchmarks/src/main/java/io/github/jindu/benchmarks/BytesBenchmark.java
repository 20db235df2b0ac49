package io.github.jindu.benchmarks;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The whole JSON path on the sample town: {@code evidence/1} bytes to a {@code result/1} string. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BytesBenchmark {
  private CriteriaSet set = SampleTown.set();
  private byte[] bytes = new byte[0];
  private AssessmentResult result = set.assess(SampleTown.evidence());

  /** Reads the sample town's bytes, and assesses it once for {@link #writeOnly}. */
  @Setup
  public void setUp() {
    set = SampleTown.set();
    bytes = SampleTown.bytes();
    result = set.assess(EvidenceJson.read(new ByteArrayInputStream(bytes), set));
  }

  /** {@return the {@code result/1} document of the sample town, read from its bytes} */
  @Benchmark
  public String assessBytes() {
    return ResultJson.write(set.assess(EvidenceJson.read(new ByteArrayInputStream(bytes), set)));
  }

  /** {@return the sample town's evidence read from its bytes: the reading part of {@link #assessBytes}} */
  @Benchmark
  public Evidence readOnly() {
    return EvidenceJson.read(new ByteArrayInputStream(bytes), set);
  }

  /** {@return the sample town's {@code result/1} document: the writing part of {@link #assessBytes}} */
  @Benchmark
  public String writeOnly() {
    return ResultJson.write(result);
  }
}
