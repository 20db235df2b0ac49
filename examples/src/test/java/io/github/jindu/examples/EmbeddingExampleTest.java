package io.github.jindu.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The embedding example runs and prints the outcomes its Javadoc claims. */
class EmbeddingExampleTest {
  @Test
  void main_printsTheOutcomesItClaims() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(buffer.toString(UTF_8))
        .startsWith("overall: NOT_QUALIFIED")
        .contains("prevention.population-coverage: MET (ShareObservation[part=78950, whole=84210])")
        .contains("results.new-user-rate: MET")
        .contains("prevention.annual-plan: MET")
        .contains("prevention.monthly-activities: NOT_MET")
        .contains(
            "leadership.in-development-plan: NOT_ASSESSED (missing "
                + "[MissingAttestation[criterionId=leadership.in-development-plan]])");
  }
}
