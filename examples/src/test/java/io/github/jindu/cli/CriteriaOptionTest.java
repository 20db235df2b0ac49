package io.github.jindu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.examples.DistrictData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --criteria ""} (or blank) is a usage error on every subcommand that takes the option, never the bundled
 * set; leaving the option out is the bundled set.
 */
class CriteriaOptionTest {
  private static final String SAMPLE =
      DistrictData.DATA.resolve("sample-town-2025.json").toString();
  private static final String DIRECTORY = DistrictData.DIRECTORY.toString();
  private static final String LINES = DistrictData.LINES.toString();

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void anEmptyOrBlankCriteriaName_isAUsageError_exit2_onAssessSelectAndAssessBatch(String blank) {
    String shown = JinduCli.printable(blank);
    for (String[] command :
        new String[][] {{"assess", SAMPLE}, {"select", DIRECTORY}, {"assess-batch", LINES}}) {
      CliRun english = CliRun.of(command[0], command[1], "--criteria", blank, "--lang", "en");
      assertThat(english.status()).as(command[0]).isEqualTo(JinduCli.INVALID);
      assertThat(english.out()).as(command[0]).isEmpty();
      assertThat(english.err())
          .as(command[0])
          .isEqualTo(
              "jindu: --criteria needs the name of a criteria/1 file,"
                  + " not an empty or blank value (\""
                  + shown
                  + "\"); leave the option out to assess against the bundled"
                  + " set municipal-model-community\n");

      CliRun chinese = CliRun.of(command[0], command[1], "--criteria", blank, "--lang", "zh");
      assertThat(chinese.status()).as(command[0]).isEqualTo(JinduCli.INVALID);
      assertThat(chinese.out()).as(command[0]).isEmpty();
      assertThat(chinese.err())
          .as(command[0])
          .isEqualTo(
              "jindu：--criteria 需要一个 criteria/1 文件名，不能为空或空白"
                  + "（“"
                  + shown
                  + "”）；不加此选项即按内置考评标准 municipal-model-community 评估\n");

      CliRun traditional =
          CliRun.of(command[0], command[1], "--criteria=" + blank, "--lang", "zh-Hant");
      assertThat(traditional.status()).as(command[0]).isEqualTo(JinduCli.INVALID);
      assertThat(traditional.err())
          .as(command[0])
          .startsWith("jindu：--criteria 需要一個 criteria/1 文件名");
    }
  }

  @Test
  void withoutTheOption_theBundledSetIsUsed() {
    assertThat(CliRun.of("assess", SAMPLE).status()).isEqualTo(JinduCli.OK);
    assertThat(CliRun.of("select", DIRECTORY).status()).isEqualTo(JinduCli.OK);
    // The bundled district's lines hold sub-units (villages), which the bundled set does not
    // assess: some lines are invalid, but the towns' are assessed against the bundled set.
    CliRun batch = CliRun.of("assess-batch", LINES, "--lang", "en");
    assertThat(batch.outLines())
        .isNotEmpty()
        .allMatch(l -> l.contains("\"criteriaSet\":\"municipal-model-community\""));
    assertThat(batch.err()).doesNotContain("--criteria");
  }

  /** {@code --peers ""} was taken as "no --peers" and read the directory's own figures without a word. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", " "})
  void anEmptyOrBlankPeersName_isAUsageError_exit2(String blank) {
    String dir = io.github.jindu.examples.DistrictData.DIRECTORY.toString();
    CliRun english = CliRun.of("select", dir, "--peers", blank, "--lang", "en");
    assertThat(english.status()).isEqualTo(JinduCli.INVALID);
    assertThat(english.out()).isEmpty();
    assertThat(english.errLines())
        .containsExactly(
            "jindu: --peers needs the name of a district-peers/1 file, not an"
                + " empty or blank value (\""
                + blank
                + "\"); leave the option out to read the directory's district-peers.json,"
                + " if it has one");
    CliRun chinese = CliRun.of("select", dir, "--peers=" + blank);
    assertThat(chinese.status()).isEqualTo(JinduCli.INVALID);
    assertThat(chinese.errLines())
        .containsExactly(
            "jindu：--peers 需要一个 district-peers/1 文件名，不能为空或空白（“"
                + blank
                + "”）；不加此选项即读取目录中的 district-peers.json（如有）");
  }
}
