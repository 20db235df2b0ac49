package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jindu.testing.EqualityGroups;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class RatioTest {
  private static final long MAX = Long.MAX_VALUE;

  @Test
  void justBelowNinetyPercent_isBelowNineTenths() {
    Ratio almost = Ratio.of(899_999_999, 1_000_000_000);
    Ratio bar = Ratio.of(9, 10);
    assertThat(almost.compareTo(bar)).isNegative();
    assertThat(almost.isAtLeast(bar)).isFalse();
    assertThat(almost.isAtMost(bar)).isTrue();
    assertThat(almost.toDecimal(100, 1, RoundingMode.HALF_UP)).isEqualByComparingTo("90.0");
  }

  @Test
  void exactlyNinetyPercent_isAtLeastAndAtMostNineTenths() {
    Ratio share = Ratio.of(900_000_000, 1_000_000_000);
    assertThat(share.isAtLeast(Ratio.of(9, 10))).isTrue();
    assertThat(share.isAtMost(Ratio.of(9, 10))).isTrue();
    assertThat(share.compareTo(Ratio.of(9, 10))).isZero();
  }

  @Test
  void compare_nearLongMaxValue_doesNotOverflow() {
    // (MAX-1)/MAX vs (MAX-2)/(MAX-1): cross products differ by exactly 1 near 2^126.
    assertThat(Ratio.compare(MAX - 1, MAX, MAX - 2, MAX - 1)).isPositive();
    assertThat(Ratio.compare(MAX - 2, MAX - 1, MAX - 1, MAX)).isNegative();
    assertThat(Ratio.of(MAX - 1, MAX).compareTo(Ratio.of(MAX - 2, MAX - 1))).isPositive();
    assertThat(Ratio.of(MAX - 1, MAX).compareTo(Ratio.ONE)).isNegative();
    assertThat(Ratio.of(MAX, MAX)).isEqualTo(Ratio.ONE);
    assertThat(Ratio.of(MAX, 1).compareTo(Ratio.of(MAX - 1, 1))).isPositive();
    assertThat(Ratio.of(1, MAX).compareTo(Ratio.of(1, MAX - 1))).isNegative();
    assertThat(Ratio.compare(MAX, MAX, MAX, MAX)).isZero();
    assertThat(Ratio.compare(MAX, MAX - 1, MAX - 1, MAX - 2)).isNegative();
  }

  @Test
  void compare_agreesWithBigIntegerCrossMultiplication() {
    Gen<Long> numerators = longs().between(0, MAX).mix(longs().between(0, 1000), 30);
    Gen<Long> denominators = longs().between(1, MAX).mix(longs().between(1, 1000), 30);
    qt().withExamples(2000)
        .forAll(numerators, denominators, numerators, denominators)
        .checkAssert(
            (a, b, c, d) ->
                assertThat(Integer.signum(Ratio.compare(a, b, c, d)))
                    .isEqualTo(big(a).multiply(big(d)).compareTo(big(c).multiply(big(b)))));
  }

  @Test
  void lowestTerms_areKeptAndEqual() {
    Ratio r = Ratio.of(18, 20);
    assertThat(r.numerator()).isEqualTo(9);
    assertThat(r.denominator()).isEqualTo(10);
    assertThat(r).isEqualTo(Ratio.of(9, 10)).hasSameHashCodeAs(Ratio.of(9, 10));
    assertThat(Ratio.of(0, 7)).isEqualTo(Ratio.ZERO);
    assertThat(Ratio.of(0, 7).denominator()).isEqualTo(1);
    assertThat(Ratio.of(5, 5)).isEqualTo(Ratio.ONE);
    assertThat(Ratio.of(MAX - 1, MAX).numerator()).isEqualTo(MAX - 1);
  }

  @Test
  void equality_isValueEquality() {
    new EqualityGroups()
        .addEqualityGroup(
            Ratio.of(9, 10),
            Ratio.of(18, 20),
            Ratio.of(900, 1000),
            Ratio.parse("9/10"),
            Ratio.parse("900000000/1000000000"))
        .addEqualityGroup(Ratio.of(899_999_999, 1_000_000_000))
        .addEqualityGroup(Ratio.of(1, 2), Ratio.of(50, 100), Ratio.parse("2/4"))
        .addEqualityGroup(
            Ratio.ZERO, Ratio.of(0, 1), Ratio.of(0, 5), Ratio.parse("0"), Ratio.parse("0/9"))
        .addEqualityGroup(Ratio.ONE, Ratio.of(7, 7), Ratio.parse("1"), Ratio.parse("1/1"))
        .addEqualityGroup(Ratio.of(10, 9))
        .addEqualityGroup(Ratio.of(MAX - 1, MAX))
        .addEqualityGroup(Ratio.of(MAX, 1), Ratio.parse(Long.toString(MAX)))
        .testEquals();
  }

  @Test
  void equals_isConsistentWithCompareTo() {
    Gen<Long> small = longs().between(0, 60);
    Gen<Long> positive = longs().between(1, 60);
    qt().withExamples(1000)
        .forAll(small, positive, small, positive)
        .checkAssert(
            (a, b, c, d) ->
                assertThat(Ratio.of(a, b).equals(Ratio.of(c, d)))
                    .isEqualTo(Ratio.of(a, b).compareTo(Ratio.of(c, d)) == 0));
  }

  @Test
  void toString_writesLowestTerms() {
    assertThat(Ratio.of(18, 20)).hasToString("9/10");
    assertThat(Ratio.of(4, 2)).hasToString("2");
    assertThat(Ratio.ZERO).hasToString("0");
    assertThat(Ratio.ONE).hasToString("1");
    assertThat(Ratio.of(1, 20000)).hasToString("1/20000");
  }

  @Test
  void parse_readsFractionsAndWholeNumbers() {
    assertThat(Ratio.parse("9/10")).isEqualTo(Ratio.of(9, 10));
    assertThat(Ratio.parse("18/20")).hasToString("9/10");
    assertThat(Ratio.parse("1")).isEqualTo(Ratio.ONE);
    assertThat(Ratio.parse("0/5")).isEqualTo(Ratio.ZERO);
    assertThat(Ratio.parse("9223372036854775807/9223372036854775806"))
        .isEqualTo(Ratio.of(MAX, MAX - 1));
  }

  @Test
  void parseOfToString_isIdentity() {
    qt().withExamples(1000)
        .forAll(
            longs().between(0, MAX).mix(longs().between(0, 100), 50),
            longs().between(1, MAX).mix(longs().between(1, 100), 50))
        .checkAssert(
            (n, d) -> {
              Ratio r = Ratio.of(n, d);
              assertThat(Ratio.parse(r.toString())).isEqualTo(r);
              assertThat(Ratio.parse(n + "/" + d)).isEqualTo(r);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/",
        "1/",
        "/2",
        "1/0",
        "-1/2",
        "1/-2",
        "+1/2",
        " 1/2",
        "1 /2",
        "a/b",
        "1/2/3",
        "0.5",
        "9223372036854775808/1",
        "1e3"
      })
  void parse_rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.parse(text));
  }

  @Test
  void of_rejectsNegativeNumeratorAndNonPositiveDenominator() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ratio.of(-1, 2))
        .withMessageContaining("-1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ratio.of(1, 0))
        .withMessageContaining("denominator (0)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ratio.of(1, -3))
        .withMessageContaining("-3");
  }

  @Test
  void toDecimal_roundsAsAsked() {
    Ratio tests = Ratio.of(979, 1104);
    assertThat(tests.toDecimal(100, 2, RoundingMode.FLOOR)).isEqualByComparingTo("88.67");
    assertThat(tests.toDecimal(100, 2, RoundingMode.CEILING)).isEqualByComparingTo("88.68");
    assertThat(Ratio.of(1, 20000).toDecimal(10_000, 3, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("0.5");
    assertThat(Ratio.of(MAX - 1, MAX).toDecimal(100, 2, RoundingMode.FLOOR))
        .isEqualByComparingTo("99.99");
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
