package io.github.jindu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import org.junit.jupiter.api.Test;

/** {@code jindu help [COMMAND]}, {@code jindu generate-completion} and {@code jindu --version}. */
class HelpAndCompletionTest {
  @Test
  void helpOfACommand_printsThatCommandsUsage_inTheChosenLanguage() {
    CliRun zh = CliRun.of("help", "assess");
    assertThat(zh.status()).isEqualTo(JinduCli.OK);
    assertThat(zh.out())
        .startsWith("用法： jindu assess ")
        .contains("材料：UTF-8 编码的 evidence/1 JSON 文件");
    assertThat(zh.err()).isEmpty();

    CliRun en = CliRun.of("--lang", "en", "help", "select");
    assertThat(en.status()).isEqualTo(JinduCli.OK);
    assertThat(en.out()).startsWith("Usage: jindu select ");
  }

  @Test
  void help_withoutACommand_listsEveryCommand_withHelpAndCompletionInWords() {
    CliRun run = CliRun.of("help");
    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.out())
        .contains(
            "  assess ",
            "  assess-batch ",
            "  select",
            "  help                     显示某个命令的帮助：jindu help assess",
            "  generate-completion      输出 bash/zsh 的命令补全脚本（见 docs/cli.md）");
    assertThat(CliRun.of("--lang", "zh-Hant", "help").out()).contains("顯示某個命令的說明");
  }

  @Test
  void helpOfAnUnknownCommand_isAUsageError() {
    CliRun run = CliRun.of("help", "no-such-command");
    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void generateCompletion_printsABashScript_forTheJinduCommand_andItsSubcommands() {
    CliRun run = CliRun.of("generate-completion");
    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_jindu", "assess-batch", "--criteria", "--lang");
  }

  @Test
  void version_namesTheBuild_andTheDefaultSetsFingerprint() {
    CliRun run = CliRun.of("--version");
    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).matches("jindu \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.outLines().get(1))
        .isEqualTo(
            "municipal-model-community "
                + MunicipalModelCommunity.criteriaSet().version()
                + " "
                + MunicipalModelCommunity.criteriaSet().fingerprint());
  }
}
