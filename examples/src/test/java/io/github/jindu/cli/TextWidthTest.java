package io.github.jindu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.jindu.examples.DistrictData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every line of every text report the command line prints, unit and district, with and without detail, under the
 * default set and the 100-point example, in every language, fits 100 display columns (a wide or full-width
 * character counting two, a combining mark none), and no line ends with a space.
 */
class TextWidthTest {
  private static final String SAMPLE =
      DistrictData.DATA.resolve("sample-town-2025.json").toString();
  private static final String HUNDRED_POINTS =
      DistrictData.DATA.resolve("criteria/example-district-100-points.criteria.json").toString();

  /** {@return the display columns of a line, as the report module counts them} */
  private static int width(String line) {
    return line.codePoints()
        .map(
            c -> {
              int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
              if (eastAsian == UCharacter.EastAsianWidth.WIDE
                  || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH) {
                return 2;
              }
              int type = UCharacter.getType(c);
              return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
                  ? 0
                  : 1;
            })
        .sum();
  }

  @Test
  void everyLineOfEveryTextReport_fits100Columns() {
    List<String[]> runs = new ArrayList<>();
    for (String lang : List.of("zh", "zh-Hant", "en")) {
      runs.add(new String[] {"assess", SAMPLE, "--lang", lang});
      runs.add(new String[] {"assess", SAMPLE, "--lang", lang, "--criteria", HUNDRED_POINTS});
      runs.add(
          new String[] {"select", DistrictData.DIRECTORY.toString(), "--lang", lang, "--detail"});
      runs.add(new String[] {"select", DistrictData.LINES.toString(), "--lang", lang});
      runs.add(
          new String[] {
            "select",
            DistrictData.DIRECTORY.toString(),
            "--lang",
            lang,
            "--criteria",
            HUNDRED_POINTS
          });
    }
    for (String[] args : runs) {
      CliRun run = CliRun.of(args);
      assertThat(run.status()).as("%s", String.join(" ", args)).isEqualTo(JinduCli.OK);
      assertThat(run.outLines()).as("%s", String.join(" ", args)).hasSizeGreaterThan(20);
      assertThat(run.outLines())
          .as("%s", String.join(" ", args))
          .allSatisfy(
              l -> {
                assertThat(width(l)).as("%s", l).isLessThanOrEqualTo(100);
                assertThat(l).isEqualTo(l.stripTrailing());
              });
      assertThat(run.out()).as("%s wraps", String.join(" ", args)).contains("\n  ");
    }
  }
}
