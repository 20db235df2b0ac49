package io.github.jindu.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleDistrict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class EvidenceLinesTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final Evidence SAMPLE =
      EvidenceJson.read(EvidenceJsonTest.resource("sample-town-2025.json"));
  private static final String NEGATIVE =
      EvidenceJson.writeLine(SAMPLE).replace("\"hotspots\":0", "\"hotspots\":-1");

  private static List<EvidenceLine> read(String text, CriteriaSet set) {
    EvidenceLines lines =
        set == null
            ? EvidenceLines.read(new ByteArrayInputStream(text.getBytes(UTF_8)))
            : EvidenceLines.read(new ByteArrayInputStream(text.getBytes(UTF_8)), set);
    List<EvidenceLine> out = new ArrayList<>();
    lines.forEachRemaining(out::add);
    assertThat(lines.hasNext()).isFalse();
    assertThatThrownBy(lines::next).isInstanceOf(NoSuchElementException.class);
    return out;
  }

  @Test
  void eachLineIsReadAlone_withItsNumber_anInvalidLineDoesNotStopTheOthers() {
    String sample = EvidenceJson.writeLine(SAMPLE);
    String text =
        sample
            + NEGATIVE
            + "\n"
            + other(sample, "310199-011").replace("\n", "\r\n")
            + "{\"format\":\"evidence/1\""
            + "\n"
            + other(sample, "310199-012");

    List<EvidenceLine> lines = read(text, SET);

    assertThat(lines).extracting(EvidenceLine::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(lines)
        .extracting(EvidenceLine::isValid)
        .containsExactly(true, false, false, true, false, true);
    assertThat(lines.get(0).evidence()).contains(SAMPLE);
    assertThat(lines.get(3).evidence().orElseThrow().unit().id()).isEqualTo("310199-011");
    assertThat(lines.get(1).violations())
        .containsExactly(
            Violation.of(
                RuleCode.COUNT_NEGATIVE,
                Location.root().member("counts").key("hotspots"),
                "hotspots",
                -1));
    assertThat(lines.get(2).violations())
        .containsExactly(Violation.of(RuleCode.DOCUMENT_EMPTY, Location.root()));
    assertThat(lines.get(4).violations())
        .extracting(Violation::code)
        .containsExactly(RuleCode.JSON_SYNTAX);
    assertThat(lines.get(1).toString()).isEqualTo("line 2: 1 violations");
  }

  /** {@return the line with the unit (not its sub-units) given another id} */
  private static String other(String line, String id) {
    return line.replaceFirst("\"id\":\"310199-001\"", "\"id\":\"" + id + "\"");
  }

  /** One unit, one period, one document: the second line of a unit and period is invalid, naming both lines. */
  @Test
  void aUnitGivenTwiceForOnePeriod_isInvalidTheSecondTime_namingTheFirstLine() {
    String sample = EvidenceJson.writeLine(SAMPLE);
    List<EvidenceLine> lines =
        read(sample + other(sample, "310199-011") + NEGATIVE + sample + sample, SET);

    assertThat(lines)
        .extracting(EvidenceLine::isValid)
        .containsExactly(true, true, false, false, false);
    Violation twice =
        Violation.of(
            RuleCode.UNIT_TWO_DOCUMENTS,
            Location.root().member("unit").member("id"),
            "310199-001",
            1,
            4);
    assertThat(lines.get(3).violations()).containsExactly(twice);
    assertThat(lines.get(4).violations())
        .containsExactly(
            Violation.of(
                RuleCode.UNIT_TWO_DOCUMENTS,
                Location.root().member("unit").member("id"),
                "310199-001",
                1,
                5));
  }

  @Test
  void aLastLineWithoutNewline_isALine_anEmptyStreamHasNone() {
    assertThat(read(EvidenceJson.writeLine(SAMPLE).strip(), null))
        .extracting(EvidenceLine::isValid)
        .containsExactly(true);
    assertThat(read("", null)).isEmpty();
    assertThat(read("\n", null)).singleElement().matches(l -> !l.isValid() && l.lineNumber() == 1);
  }

  @Test
  void withASet_theSetsRulesAreCheckedToo_withoutItOnlyTheEvidencesOwn() {
    String overReached =
        EvidenceJson.writeLine(SAMPLE)
            .replace("\"population.reached\":78950", "\"population.reached\":84211");

    assertThat(read(overReached, null)).singleElement().matches(EvidenceLine::isValid);
    assertThat(read(overReached, SET).get(0).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$.counts[\"population.reached\"]",
                RuleCode.COUNT_PART_ABOVE_WHOLE,
                "population.reached",
                84211,
                "population.actual",
                84210));
  }

  @Test
  void writeLineThenRead_givesEqualEvidence_lineForLine() {
    List<Evidence> documents = new ArrayList<>(SampleDistrict.documents());
    documents.add(SAMPLE);
    StringBuilder text = new StringBuilder();
    documents.forEach(e -> text.append(EvidenceJson.writeLine(e)));

    assertThat(text.toString().split("\n", -1)).hasSize(documents.size() + 1);
    assertThat(read(text.toString(), null))
        .extracting(l -> l.evidence().orElseThrow())
        .containsExactlyElementsOf(documents);
  }

  @Test
  void aLineOverTheLimit_isInvalidAndSkipped_theNextLineStillRead() {
    byte[] sample = EvidenceJson.writeLine(SAMPLE).getBytes(UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] spaces = new byte[EvidenceJson.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(spaces, (byte) ' ');
    bytes.writeBytes(spaces);
    bytes.write('\n');
    bytes.writeBytes(sample);

    EvidenceLines lines = EvidenceLines.read(new ByteArrayInputStream(bytes.toByteArray()), SET);

    assertThat(lines.next().violations())
        .containsExactly(
            Violation.of(RuleCode.LINE_TOO_LONG, Location.root(), EvidenceJson.MAX_DOCUMENT_BYTES));
    EvidenceLine second = lines.next();
    assertThat(second.lineNumber()).isEqualTo(2);
    assertThat(second.evidence()).contains(SAMPLE);
    assertThat(lines.hasNext()).isFalse();
  }

  @Test
  void aByteOrderMark_beforeTheFirstLine_isSkipped() {
    assertThat(read("\uFEFF" + EvidenceJson.writeLine(SAMPLE), SET))
        .singleElement()
        .matches(EvidenceLine::isValid);
  }

  @Test
  void resultWriteLine_isTheResultDocumentOnOneLine() throws IOException {
    AssessmentResult result = SET.assess(SAMPLE);

    String line = ResultJson.writeLine(result);

    assertThat(line).endsWith("\n").doesNotContain("\r");
    assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(line)).isEqualTo(mapper.readTree(ResultJson.write(result)));
    assertThat(ResultJson.read(line, SET)).isEqualTo(result);
  }

  @Test
  void aLineHoldsEitherEvidenceOrViolations() {
    assertThatThrownBy(() -> EvidenceLine.invalid(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvidenceLine.valid(0, SAMPLE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EvidenceLine.valid(3, SAMPLE))
        .isEqualTo(EvidenceLine.valid(3, SAMPLE))
        .hasSameHashCodeAs(EvidenceLine.valid(3, SAMPLE))
        .isNotEqualTo(EvidenceLine.valid(4, SAMPLE));
  }

  /**
   * The parallel reader gives exactly the sequential reader's lines, in input order, on any number of threads and
   * batches read ahead: valid, invalid, too long, blank and repeated lines across batch boundaries (688 lines, more
   * than two batches of 256), and the work's result on exactly the valid lines.
   */
  @Test
  void inParallel_givesTheSequentialLines_inOrder_withTheWorksResultOnTheValidOnes()
      throws Exception {
    String sample = EvidenceJson.writeLine(SAMPLE);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      String id = String.format(java.util.Locale.ROOT, "310199-%03d", i % 400);
      text.append(
          switch (i % 7) {
            case 3 -> NEGATIVE + "\n";
            case 5 -> "\n";
            default -> other(sample, id);
          });
    }
    text.append("x".repeat(EvidenceJson.MAX_DOCUMENT_BYTES + 1))
        .append("\n")
        .append(other(sample, "310199-999"));
    List<EvidenceLine> sequential = read(text.toString(), SET);
    for (int threads : new int[] {1, 2, 4}) {
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        for (int batches : new int[] {1, 3, 8}) {
          java.util.Iterator<EvidenceLines.Worked<String>> parallel =
              EvidenceLines.inParallel(
                  new ByteArrayInputStream(text.toString().getBytes(UTF_8)),
                  SET,
                  e -> e.unit().id(),
                  pool,
                  batches);
          List<EvidenceLine> lines = new ArrayList<>();
          while (parallel.hasNext()) {
            EvidenceLines.Worked<String> w = parallel.next();
            lines.add(w.line());
            assertThat(w.result()).isEqualTo(w.line().evidence().map(e -> e.unit().id()));
          }
          assertThatThrownBy(parallel::next).isInstanceOf(NoSuchElementException.class);
          assertThat(lines).as("%s threads, %s batches", threads, batches).isEqualTo(sequential);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(sequential).hasSize(688);
    assertThat(sequential.stream().filter(EvidenceLine::isValid).count()).isGreaterThan(300);
    assertThat(sequential.stream().flatMap(l -> l.violations().stream()).map(Violation::code))
        .contains(RuleCode.UNIT_TWO_DOCUMENTS, RuleCode.LINE_TOO_LONG);
    assertThatThrownBy(
            () ->
                EvidenceLines.inParallel(
                    new ByteArrayInputStream(new byte[0]), SET, e -> e, Runnable::run, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
