package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Columns}: display widths, where lines break, the indentation of continuation lines, and that every line of
 * every golden report fits 100 columns.
 */
class ColumnsTest {
  @Test
  void width_countsWideAndFullwidthAsTwo_combiningMarksAsNone_othersAsOne() {
    assertThat(Columns.width("考评")).isEqualTo(4);
    assertThat(Columns.width("（二(七)）")).isEqualTo(2 + 2 + 1 + 2 + 1 + 2);
    assertThat(Columns.width("ＡＢ")).isEqualTo(4);
    assertThat(Columns.width("abc 1/2")).isEqualTo(7);
    assertThat(Columns.width("e\u0301")).isEqualTo(1);
    assertThat(Columns.width("✓ “七进”…")).isEqualTo(1 + 1 + 1 + 4 + 1 + 1);
    assertThat(Columns.width("\uD840\uDC00"))
        .as("U+20000, an ideograph beyond the BMP")
        .isEqualTo(2);
  }

  @Test
  void aLineThatFits_isLeftAsItIs() {
    String line = "x".repeat(95) + " 考评";
    assertThat(Columns.width(line)).isEqualTo(100);
    assertThat(Columns.wrap(line)).isEqualTo(line);
    assertThat(Columns.wrap("")).isEmpty();
  }

  @Test
  void english_isWrappedAtSpaces_theSpaceGivingWayToTheBreak() {
    assertThat(Columns.wrap("the veto check is not recorded in the evidence", 20))
        .isEqualTo("the veto check is\n  not recorded in\n  the evidence");
    assertThat(Columns.wrap("   observed: 14/14 subunits; required: every subunit", 30))
        .isEqualTo("   observed: 14/14 subunits;\n     required: every subunit");
  }

  @Test
  void chinese_isWrappedBetweenCharacters_neverBeforeAClosingOrAfterAnOpeningMark() {
    assertThat(Columns.wrap("禁毒工作示范社区考评报告", 10)).isEqualTo("禁毒工作示\n  范社区考\n  评报告");
    // Not before ，or ）, not after （: 「示（」 and 「，区」 would be wrong.
    assertThat(Columns.wrap("禁毒工作示（范社），区考评报告", 12)).isEqualTo("禁毒工作示\n  （范社），\n  区考评报告");
  }

  @Test
  void anId_aFractionOrANumber_isNeverSplit_andAnIdMovesWholeToTheNextLine() {
    String line = "!! ✗ 未达到 尿检次数达到90%以上（二(七)）[rehabilitation.urine-test-count]";
    assertThat(Columns.wrap(line, 50))
        .isEqualTo("!! ✗ 未达到 尿检次数达到90%以上（二(七)）\n     [rehabilitation.urine-test-count]");
    String detail = "      实际：979/1104 (88.68 %)；要求：≥ 90%（9/10）";
    for (int columns = 8; columns <= Columns.width(detail); columns++) {
      String wrapped = Columns.wrap(detail, columns);
      assertThat(wrapped.lines().anyMatch(l -> l.contains("979/1104"))).as("%s", wrapped).isTrue();
      assertThat(wrapped.lines().anyMatch(l -> l.contains("88.68"))).as("%s", wrapped).isTrue();
      assertThat(wrapped.lines().anyMatch(l -> l.contains("（9/10）"))).as("%s", wrapped).isTrue();
      assertThat(Unwrapped.lines(wrapped, columns)).containsExactly(detail);
    }
    assertThat(Columns.wrap("see [rehabilitation.urine-test-count] [results.case-rate-lowest]", 40))
        .isEqualTo("see [rehabilitation.urine-test-count]\n  [results.case-rate-lowest]");
  }

  @Test
  void aTokenLongerThanTheRoom_goesOnALineOfItsOwn_uncut() {
    String digest = "sha256:" + "0123456789abcdef".repeat(4);
    assertThat(Columns.wrap("考评人：区禁毒办 " + digest + " 考评组", 40))
        .isEqualTo("考评人：区禁毒办\n  " + digest + "\n  考评组");
    // Nor is a token cut from the wide character it cannot be parted from.
    assertThat(Columns.wrap("材料摘要：" + digest, 40)).isEqualTo("材料摘\n  要：" + digest);
    assertThat(Columns.wrap(digest + " end", 20)).isEqualTo(digest + "\n  end");
  }

  @Test
  void continuationLines_areIndentedByTheFirstLinesIndentation_theFlagCountingAsThree_plusTwo() {
    assertThat(Columns.wrap("!! aaaa bbbb cccc", 12)).isEqualTo("!! aaaa bbbb\n     cccc");
    assertThat(Columns.wrap("   aaaa bbbb cccc", 12)).isEqualTo("   aaaa bbbb\n     cccc");
    assertThat(Columns.wrap("!!   aaaa bbbb cccc", 14)).isEqualTo("!!   aaaa bbbb\n       cccc");
    assertThat(Columns.wrap("aaaa bbbb cccc", 10)).isEqualTo("aaaa bbbb\n  cccc");
  }

  /** The words of the generated lines: English, Chinese, ids, figures, marks, and the flag or indentation. */
  private static final List<String> WORDS =
      List.of(
          "veto",
          "check",
          "NOT_MET",
          "(二(七))",
          "[rehabilitation.urine-test-count]",
          "[results.case-rate-lowest]",
          "979/1104",
          "(88.68 %)",
          ">= 90 %",
          "sha256:" + "ab01".repeat(20),
          "尿检次数达到90%以上",
          "（二(七)）",
          "「每季度开展毒情分析」",
          "实际：",
          "；要求：",
          "，",
          "考评",
          "区禁毒办",
          "✓",
          "達到",
          "Ａ");

  private static Gen<String> lines() {
    Gen<String> word = Generate.pick(WORDS);
    Gen<String> separator = Generate.pick(List.of(" ", "", ""));
    Gen<String> prefix = Generate.pick(List.of("", "   ", "!! ", "      ", "!!   "));
    return prefix.zip(
        lists().of(word.zip(separator, (w, s) -> w + s)).ofSizeBetween(1, 40),
        (p, ws) -> (p + String.join("", ws)).stripTrailing());
  }

  @Test
  void everyLine_fitsTheColumns_orIsOneUnbreakablePiece_andJoinsBackIntoTheOriginal() {
    qt().withExamples(500)
        .forAll(lines(), integers().between(16, 100))
        .checkAssert(
            (line, columns) -> {
              String wrapped = Columns.wrap(line, columns);
              List<String> lines = wrapped.lines().toList();
              String continuation =
                  " ".repeat(Columns.width(line.substring(0, Columns.indentation(line))) + 2);
              for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                assertThat(l).as("no line ends with a space").isEqualTo(l.stripTrailing());
                assertThat(Columns.width(l) <= columns || Columns.wrap(l, columns).equals(l))
                    .as("%s fits %d columns or cannot be broken", l, columns)
                    .isTrue();
                if (i > 0) {
                  assertThat(l).startsWith(continuation);
                  assertThat(l.charAt(continuation.length())).isNotEqualTo(' ');
                }
              }
              // Joined back: each break and its indentation removed, the space it replaced put
              // back.
              StringBuilder joined = new StringBuilder(lines.get(0));
              for (String l : lines.subList(1, lines.size())) {
                String rest = l.substring(continuation.length());
                joined
                    .append(
                        Columns.joiner(
                            joined.codePointBefore(joined.length()), rest.codePointAt(0)))
                    .append(rest);
              }
              assertThat(joined.toString()).isEqualTo(line);
              assertThat(Unwrapped.lines(wrapped, columns)).containsExactly(line);
            });
  }

  @Test
  void everyLineOfEveryGoldenReport_fits100Columns() throws IOException {
    Path golden = Path.of("src", "test", "resources", "golden");
    List<Path> files;
    try (Stream<Path> listed = Files.list(golden)) {
      files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertThat(lines)
          .as("%s", file)
          .allSatisfy(l -> assertThat(Columns.width(l)).as("%s", l).isLessThanOrEqualTo(100));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as("%s has wrapped lines", file).contains("\n  ");
    }
  }
}
