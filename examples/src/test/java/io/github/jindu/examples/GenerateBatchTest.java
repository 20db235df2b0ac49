package io.github.jindu.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.CriteriaSet;
import io.github.jindu.OverallOutcome;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceLine;
import io.github.jindu.json.EvidenceLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateBatchTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  private static String generate(long n, long seed) throws IOException {
    StringWriter out = new StringWriter();
    GenerateBatch.write(n, seed, out);
    return out.toString();
  }

  @Test
  void everyLine_isValidEvidenceForTheDefaultSet_andTheOutcomesVary() throws IOException {
    String text = generate(2_000, 2025);

    EvidenceLines lines = EvidenceLines.read(new ByteArrayInputStream(text.getBytes(UTF_8)), SET);
    Map<OverallOutcome, Integer> outcomes = new EnumMap<>(OverallOutcome.class);
    long count = 0;
    while (lines.hasNext()) {
      EvidenceLine line = lines.next();
      assertThat(line.violations()).as("line %s", line.lineNumber()).isEmpty();
      outcomes.merge(SET.assess(line.evidence().orElseThrow()).overall(), 1, Integer::sum);
      count++;
    }
    assertThat(count).isEqualTo(2_000);
    // The default set has no veto rule (revision 2), so no line is vetoed.
    assertThat(outcomes)
        .containsOnlyKeys(
            OverallOutcome.QUALIFIED, OverallOutcome.NOT_QUALIFIED, OverallOutcome.INCOMPLETE);
    assertThat(outcomes.get(OverallOutcome.QUALIFIED)).isGreaterThan(100);
  }

  @Test
  void theSameSeed_givesTheSameLines_anotherSeedOthers() throws IOException {
    assertThat(generate(50, 7)).isEqualTo(generate(50, 7)).isNotEqualTo(generate(50, 8));
    assertThat(generate(0, 7)).isEmpty();
  }
}
