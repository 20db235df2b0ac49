package io.github.jindu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.examples.DistrictData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code select} walks a district directory: every regular file whose name ends in {@code .json} in any case,
 * links to files and folders followed, each real file read once, a loop of links refused, and every entry not read
 * listed on standard error with why.
 */
class SelectWalkTest {
  private static final String BUNDLED =
      CliRun.of("select", DistrictData.DIRECTORY.toString()).out();

  @TempDir Path tmp;

  /** Copies the bundled district into a temporary directory. */
  private Path copy(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(DistrictData.DIRECTORY)) {
      for (Path p : walk.sorted().toList()) {
        Path target = root.resolve(DistrictData.DIRECTORY.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return root;
  }

  @Test
  void namesEndingInJsonInAnyCase_areRead_andEveryOtherEntryIsListedWithWhy() throws IOException {
    Path root = copy(tmp.resolve("district"));
    Files.move(root.resolve("310199-002.json"), root.resolve("310199-002.JSON"));
    Files.move(
        root.resolve("310199-003/310199-003-01.json"),
        root.resolve("310199-003/310199-003-01.Json"));
    Files.writeString(root.resolve("README.txt"), "notes");
    Files.writeString(root.resolve("310199-003/310199-003-02.json.bak"), "{}");

    CliRun english = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(english.status()).isEqualTo(JinduCli.OK);
    assertThat(english.out())
        .isEqualTo(CliRun.of("select", DistrictData.DIRECTORY.toString(), "--lang", "en").out());
    assertThat(english.errLines())
        .containsExactly(
            "jindu: not read: "
                + root.resolve("310199-003/310199-003-02.json.bak")
                + " (its name does not end in .json)",
            "jindu: not read: " + root.resolve("README.txt") + " (its name does not end in .json)");

    CliRun chinese = CliRun.of("select", root.toString());
    assertThat(chinese.status()).isEqualTo(JinduCli.OK);
    assertThat(chinese.out()).isEqualTo(BUNDLED);
    assertThat(chinese.errLines())
        .containsExactly(
            "jindu：未读取 " + root.resolve("310199-003/310199-003-02.json.bak") + "（文件名不以 .json 结尾）",
            "jindu：未读取 " + root.resolve("README.txt") + "（文件名不以 .json 结尾）");
    assertThat(CliRun.of("select", root.toString(), "--lang", "zh-Hant").errLines())
        .contains("jindu：未讀取 " + root.resolve("README.txt") + "（文件名不以 .json 結尾）");

    // A PATH that is one file named in any case of .json is one document, as .json is.
    CliRun one = CliRun.of("select", root.resolve("310199-002.JSON").toString(), "--lang", "en");
    assertThat(one.status()).isEqualTo(JinduCli.OK);
    assertThat(one.err()).isEmpty();
    assertThat(one.outLines())
        .anyMatch(l -> l.startsWith("Candidates: 1;"))
        .anyMatch(l -> l.contains("310199-002"));
  }

  @Test
  void aLinkedSubunitFolder_isFollowed_andAFileReachedTwice_isReadOnce() throws IOException {
    Path root = copy(tmp.resolve("district"));
    Path elsewhere = tmp.resolve("elsewhere");
    Files.move(root.resolve("310199-003"), elsewhere);
    Files.createSymbolicLink(root.resolve("310199-003"), elsewhere);

    CliRun linked = CliRun.of("select", root.toString());
    assertThat(linked.status()).isEqualTo(JinduCli.OK);
    assertThat(linked.err()).isEmpty();
    assertThat(linked.out()).isEqualTo(BUNDLED);

    // The same sub-units through a second link, and a candidate through a link of another name:
    // without reading each real file once, these would be two documents of one unit.
    Files.createSymbolicLink(root.resolve("again"), elsewhere);
    Files.createSymbolicLink(
        root.resolve("310199-003/also-310199-001.json"), root.resolve("310199-001.json"));

    CliRun twice = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(twice.status()).isEqualTo(JinduCli.OK);
    assertThat(twice.out())
        .isEqualTo(CliRun.of("select", DistrictData.DIRECTORY.toString(), "--lang", "en").out());
    assertThat(twice.errLines())
        .containsExactly(
            "jindu: not read: "
                + root.resolve("310199-003/also-310199-001.json")
                + " (the same file as "
                + root.resolve("310199-001.json")
                + ", read once)",
            "jindu: not read: "
                + root.resolve("again/310199-003-01.json")
                + " (the same file as "
                + root.resolve("310199-003/310199-003-01.json")
                + ", read once)",
            "jindu: not read: "
                + root.resolve("again/310199-003-02.json")
                + " (the same file as "
                + root.resolve("310199-003/310199-003-02.json")
                + ", read once)",
            "jindu: not read: "
                + root.resolve("again/310199-003-03.json")
                + " (the same file as "
                + root.resolve("310199-003/310199-003-03.json")
                + ", read once)",
            "jindu: not read: "
                + root.resolve("again/310199-003-04.json")
                + " (the same file as "
                + root.resolve("310199-003/310199-003-04.json")
                + ", read once)",
            "jindu: not read: "
                + root.resolve("again/310199-003-05.json")
                + " (the same file as "
                + root.resolve("310199-003/310199-003-05.json")
                + ", read once)",
            "jindu: not read: "
                + root.resolve("again/also-310199-001.json")
                + " (the same file as "
                + root.resolve("310199-001.json")
                + ", read once)");
    assertThat(CliRun.of("select", root.toString()).errLines())
        .first()
        .isEqualTo(
            "jindu：未读取 "
                + root.resolve("310199-003/also-310199-001.json")
                + "（与 "
                + root.resolve("310199-001.json")
                + " 是同一个文件，只读取一次）");
  }

  @Test
  void aLoopOfLinks_isAnError_exit2_namingTheFolder() throws IOException {
    Path root = copy(tmp.resolve("district"));
    Files.createSymbolicLink(root.resolve("310199-003/up"), root);

    CliRun english = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(english.status()).isEqualTo(JinduCli.INVALID);
    assertThat(english.out()).isEmpty();
    assertThat(english.err())
        .isEqualTo(
            "jindu: cannot read "
                + root
                + ": the folder "
                + root.resolve("310199-003/up")
                + " links back to a folder it is in (a loop of links)\n");
    CliRun chinese = CliRun.of("select", root.toString());
    assertThat(chinese.status()).isEqualTo(JinduCli.INVALID);
    assertThat(chinese.out()).isEmpty();
    assertThat(chinese.err())
        .isEqualTo(
            "jindu：无法读取 "
                + root
                + "：文件夹 "
                + root.resolve("310199-003/up")
                + " 链接回包含它的文件夹（链接构成循环）\n");
    assertThat(CliRun.of("select", root.toString(), "--lang", "zh-Hant").err())
        .isEqualTo(
            "jindu：無法讀取 "
                + root
                + "：文件夾 "
                + root.resolve("310199-003/up")
                + " 鏈接回包含它的文件夾（鏈接構成循環）\n");
  }

  @Test
  void aLinkToNothing_andWhatIsNotARegularFile_areListed_theRestIsRead()
      throws IOException, InterruptedException {
    Path root = copy(tmp.resolve("district"));
    Files.createSymbolicLink(root.resolve("gone.json"), tmp.resolve("no-such-file.json"));
    Files.createDirectory(root.resolve("folder.json"));
    boolean fifo =
        new ProcessBuilder("mkfifo", root.resolve("pipe.json").toString()).start().waitFor() == 0;

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.out())
        .isEqualTo(CliRun.of("select", DistrictData.DIRECTORY.toString(), "--lang", "en").out());
    assertThat(run.errLines())
        .startsWith("jindu: not read: " + root.resolve("gone.json") + " (a link to nothing)");
    if (fifo) {
      assertThat(run.errLines())
          .containsExactly(
              "jindu: not read: " + root.resolve("gone.json") + " (a link to nothing)",
              "jindu: not read: " + root.resolve("pipe.json") + " (not a regular file)");
      assertThat(CliRun.of("select", root.toString()).errLines())
          .contains("jindu：未读取 " + root.resolve("pipe.json") + "（不是普通文件）");
    }
    assertThat(CliRun.of("select", root.toString()).errLines())
        .startsWith("jindu：未读取 " + root.resolve("gone.json") + "（链接指向的文件不存在）");
  }

  @Test
  void
      theDistrictsFigures_areNeverReadAsEvidence_andTheDirectorysOwnFileIsListedWhenPeersOverridesIt()
          throws IOException {
    Path root = copy(tmp.resolve("district"));
    Path figures = root.resolve("310199-003/figures.json");
    Files.copy(root.resolve("district-peers.json"), figures);

    CliRun run =
        CliRun.of("select", root.toString(), "--peers", figures.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.out())
        .isEqualTo(CliRun.of("select", DistrictData.DIRECTORY.toString(), "--lang", "en").out());
    assertThat(run.errLines())
        .containsExactly(
            "jindu: not read: "
                + figures
                + " (the district's figures "
                + figures
                + " (district-peers/1), not evidence)",
            "jindu: not read: "
                + root.resolve("district-peers.json")
                + " (the district's figures are read from "
                + figures
                + " (--peers))");
    assertThat(CliRun.of("select", root.toString(), "--peers", figures.toString()).errLines())
        .containsExactly(
            "jindu：未读取 " + figures + "（这是区提供的非候选单位数据 " + figures + "（district-peers/1），不是材料）",
            "jindu：未读取 "
                + root.resolve("district-peers.json")
                + "（非候选单位数据按 --peers 从 "
                + figures
                + " 读取）");
  }

  /**
   * A file that cannot be read: a link to {@code /proc/self/mem}, whose reading fails with an I/O error for every
   * user, root included (a file without read permission is readable by root, who runs CI).
   */
  @Test
  void aFileThatCannotBeRead_isListed_andEndsTheRun_exit2() throws IOException {
    Path root = copy(tmp.resolve("district"));
    Path locked = root.resolve("310199-006.json");
    Files.delete(locked);
    Files.createSymbolicLink(locked, Path.of("/proc/self/mem"));

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "jindu: not read: " + locked + " (cannot be read: input/output error (IOException))",
            "jindu: "
                + root
                + " holds files or folders that cannot be read (listed above); a selection does not leave"
                + " evidence out: make them readable");
    assertThat(CliRun.of("select", root.toString()).errLines())
        .containsExactly(
            "jindu：未读取 " + locked + "（无法读取：输入输出错误（IOException））",
            "jindu：" + root + " 中有无法读取的文件或文件夹（见上）；评选不能遗漏材料，请使其可读");
  }
}
