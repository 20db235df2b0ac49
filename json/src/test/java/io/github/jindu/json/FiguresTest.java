package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.Ratio;
import org.junit.jupiter.api.Test;

/** Displayed figures never contradict the exact comparison they stand beside. */
class FiguresTest {
  private static final Ratio NINETY_PERCENT = Ratio.of(9, 10);

  @Test
  void share_justBelowTheBar_showsEnoughDigitsToStayBelowIt() {
    assertThat(Figures.share(899_999_999, 1_000_000_000, NINETY_PERCENT))
        .isEqualTo("899999999/1000000000 (89.9999999 %)");
    assertThat(Figures.share(8_999, 10_000, NINETY_PERCENT)).isEqualTo("8999/10000 (89.99 %)");
    assertThat(Figures.share(89_996, 100_000, NINETY_PERCENT)).isEqualTo("89996/100000 (89.996 %)");
  }

  @Test
  void share_atOrAboveTheBar_roundsHalfEvenToTwoDigits() {
    assertThat(Figures.share(9, 10, NINETY_PERCENT)).isEqualTo("9/10 (90.00 %)");
    assertThat(Figures.share(979, 1104, NINETY_PERCENT)).isEqualTo("979/1104 (88.68 %)");
    assertThat(Figures.share(78_950, 84_210, NINETY_PERCENT)).isEqualTo("78950/84210 (93.75 %)");
  }

  @Test
  void rate_justAboveTheBar_showsEnoughDigitsToStayAboveIt() {
    Ratio halfPerTenThousand = Ratio.of(1, 20_000);
    assertThat(Figures.rate(1, 20_000, 10_000, halfPerTenThousand))
        .isEqualTo("1/20000 (0.500 per 10000)");
    assertThat(Figures.rate(1, 19_999, 10_000, halfPerTenThousand))
        .isEqualTo("1/19999 (0.50003 per 10000)");
  }

  @Test
  void scaleFor_keepsTheOrderOfTwoCloseShares() {
    Ratio third = Ratio.of(1, 3);
    Ratio almostThird = Ratio.of(333_333_333, 1_000_000_000);
    int scale = Figures.scaleFor(third, almostThird, 100, 2);
    assertThat(scale).isEqualTo(8);
    assertThat(Figures.percent(third, scale)).isEqualTo("33.33333333 %");
    assertThat(Figures.percent(almostThird, scale)).isEqualTo("33.33333330 %");
  }

  @Test
  void exactPercent_writesTerminatingBoundsExactly() {
    assertThat(Figures.exactPercent(NINETY_PERCENT)).isEqualTo("90 %");
    assertThat(Figures.exactPercent(Ratio.of(1, 2))).isEqualTo("50 %");
    assertThat(Figures.exactPercent(Ratio.of(1, 3))).isEqualTo("about 33.3333 %");
  }
}
