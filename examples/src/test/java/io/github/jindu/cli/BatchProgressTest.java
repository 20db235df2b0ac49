package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.examples.GenerateBatch;
import io.github.jindu.report.ReportLanguage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code assess-batch} shows while it runs: plain lines with the share of the input read, a progress bar on a
 * terminal, nothing with {@code --quiet}; and the summary counts the units by outcome.
 */
class BatchProgressTest {
  @TempDir Path tmp;

  @Test
  void plainLines_sayTheLinesRead_andTheShareOfTheInput_whenItsSizeIsKnown() {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(out);
    // An interval of 0 seconds: a line at every update, so that the test does not depend on time.
    BatchProgress known =
        BatchProgress.lines(err, CliText.of(ReportLanguage.ZH_HANS), 0, OptionalLong.of(1_000));
    known.update(10, 250);
    known.update(40, 1_000);
    BatchProgress unknown =
        BatchProgress.lines(err, CliText.of(ReportLanguage.EN), 0, OptionalLong.empty());
    unknown.update(1, 99);
    unknown.update(7, 500);
    assertThat(out.toString())
        .isEqualTo(
            "jindu：已读 10 行，已读输入的 25%\n"
                + "jindu：已读 40 行，已读输入的 100%\n"
                + "jindu: 1 line read\n"
                + "jindu: 7 lines read\n");
  }

  @Test
  void theBar_drawsInPlace_theBytesOfTheInput_andTheUnitsRead_thenEndsItsLine() {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(out);
    BatchProgress bar =
        BatchProgress.bar(err, CliText.of(ReportLanguage.EN), OptionalLong.of(4_000_000));
    bar.update(1_500, 2_000_000);
    bar.close();
    bar.close();
    String shown = out.toString();
    assertThat(shown).startsWith("\r").endsWith("\n").doesNotContain("\n\n");
    String last = shown.substring(shown.lastIndexOf('\r') + 1);
    assertThat(last).contains("jindu", " 50%", "2/4MB", " 1500 units").doesNotContain("\u001b");
  }

  @Test
  void quiet_showsNoProgress_theSummaryCountsTheUnitsByOutcome() throws Exception {
    Path file = tmp.resolve("batch.jsonl");
    try (var writer = Files.newBufferedWriter(file, UTF_8)) {
      GenerateBatch.write(200, 2025, writer);
    }
    CliRun quiet = CliRun.of("assess-batch", file.toString(), "--quiet", "--progress", "1");
    CliRun every = CliRun.of("assess-batch", file.toString(), "--lang", "en");
    assertThat(quiet.status()).isZero();
    assertThat(quiet.errLines()).hasSize(1);
    assertThat(quiet.errLines().get(0))
        .matches("jindu：已评估 200 个单位（达标 (\\d+)，未达标 (\\d+)，材料不全 (\\d+)，一票否决 (\\d+)），0 行无效（共 200 行）");
    assertThat(every.errLines().get(every.errLines().size() - 1))
        .matches(
            "jindu: 200 units assessed \\(\\d+ QUALIFIED, \\d+ NOT_QUALIFIED, \\d+ INCOMPLETE, \\d+ VETOED\\), 0 lines invalid \\(of 200 lines\\)");
    // The four counts add up to the units assessed.
    String[] n = quiet.errLines().get(0).replaceAll("[^0-9，]", " ").trim().split("\\D+");
    assertThat(
            Long.parseLong(n[1])
                + Long.parseLong(n[2])
                + Long.parseLong(n[3])
                + Long.parseLong(n[4]))
        .isEqualTo(200);
    assertThat(quiet.out()).isEqualTo(every.out());
  }

  @Test
  void threads_giveTheSameBytes_asOneThread_andZeroThreadsIsAUsageError() throws Exception {
    Path file = tmp.resolve("mixed.jsonl");
    StringBuilder text = new StringBuilder();
    try (var writer = new java.io.StringWriter()) {
      GenerateBatch.write(700, 2025, writer);
      String[] lines = writer.toString().split("\n");
      for (int i = 0; i < lines.length; i++) {
        text.append(i % 50 == 7 ? "{\"format\":\"evidence/1\"" : lines[i]).append('\n');
      }
      text.append(lines[0]).append('\n').append(lines[1]).append('\n');
    }
    Files.writeString(file, text, UTF_8);
    CliRun one = CliRun.of("assess-batch", file.toString(), "--threads", "1");
    CliRun two = CliRun.of("assess-batch", file.toString(), "--threads", "2");
    CliRun five = CliRun.of("assess-batch", file.toString(), "--threads", "5");
    assertThat(one.status()).isEqualTo(2);
    assertThat(one.outLines()).hasSize(700 - 14);
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(five.out()).isEqualTo(one.out());
    assertThat(two.err()).isEqualTo(one.err());
    assertThat(five.err()).isEqualTo(one.err());
    assertThat(one.errLines().get(one.errLines().size() - 1)).endsWith("，16 行无效（共 702 行）");

    CliRun zero = CliRun.of("assess-batch", file.toString(), "--threads", "0");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.out()).isEmpty();
    assertThat(zero.err()).isEqualTo("选项 --threads 的值无效：0（须为 1 或更大的整数）\n");
  }
}
