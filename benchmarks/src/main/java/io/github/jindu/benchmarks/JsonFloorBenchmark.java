package io.github.jindu.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.json.ResultJson;
import java.io.IOException;
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

/**
 * The floor of any JSON path: Jackson reads the sample town's bytes into a {@link JsonNode} tree and writes a
 * document the size of its {@code result/1} (the sample's own {@code result/1}, as a tree parsed once in setup),
 * with no assessment at all.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class JsonFloorBenchmark {
  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] bytes = new byte[0];
  private JsonNode result = mapper.nullNode();

  /** Reads the sample town's bytes, and the tree of its result, once. */
  @Setup
  public void setUp() throws IOException {
    bytes = SampleTown.bytes();
    result = mapper.readTree(ResultJson.write(SampleTown.set().assess(SampleTown.evidence())));
  }

  /** {@return the tree of the evidence and the text of a result-sized document, together} */
  @Benchmark
  public int readAndWriteTrees() throws IOException {
    JsonNode evidence = mapper.readTree(bytes);
    String written = mapper.writeValueAsString(result);
    return evidence.size() + written.length();
  }
}
