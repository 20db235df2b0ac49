package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jindu.AssessmentResult;
import io.github.jindu.Evidence;
import io.github.jindu.testing.SampleEvidence;
import io.github.jindu.testing.Towns;
import org.junit.jupiter.api.Test;

/** The round-trip law of docs/spec/boundaries.md: evidence → JSON → evidence and result → JSON → result are identities. */
class JsonRoundTripLawTest {
  @Test
  void evidence_throughJson_isTheSameEvidence_andTheSameBytes() {
    qt().withExamples(300)
        .forAll(Towns.towns())
        .checkAssert(
            town -> {
              Evidence evidence = town.build();
              String json = EvidenceJson.write(evidence);
              Evidence back = EvidenceJson.read(json);
              assertThat(back).isEqualTo(evidence);
              assertThat(EvidenceJson.write(back)).isEqualTo(json);
            });
  }

  @Test
  void result_throughJson_isTheSameResult_andTheSameBytes() {
    qt().withExamples(300)
        .forAll(Towns.towns())
        .checkAssert(
            town -> {
              AssessmentResult result = town.assess();
              String json = ResultJson.write(result);
              AssessmentResult back = ResultJson.read(json, SampleEvidence.CRITERIA);
              assertThat(back).isEqualTo(result);
              assertThat(ResultJson.write(back)).isEqualTo(json);
            });
  }
}
