package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.Texts;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who assessed, and on what day (评定记录): the assessment date (考评日期) and the assessor (考评人), as the caller
 * gives them, recorded in a result ({@link AssessmentResult#attribution()}) and printed in the audit block of every
 * report. Either may be absent; {@link #none()} has neither.
 *
 * <p>Nothing here is read from a clock: the date is an argument, so that the same evidence, criteria set and
 * attribution always give an equal result. The date is not checked against the assessment period (a report may be
 * signed long after the period it covers).
 *
 * <p>The assessor is a name, checked as the names of evidence are (docs/spec/criteria.md, "Invalid evidence"): it
 * is read in NFC, must show at least one character, and must hold no control character, line or paragraph
 * separator, or format character (a bidi override U+202E, a zero-width space U+200B), so that it cannot forge a
 * line of a report or read differently from what it is.
 *
 * <p>Example: {@code Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组")}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attribution {
  private static final Attribution NONE = ImmutableAttribution.builder().build();

  Attribution() {}

  /**
   * Returns the attribution of nothing: no date, no assessor, as {@link CriteriaSet#assess(Evidence)} records.
   *
   * @return the empty attribution
   */
  public static Attribution none() {
    return NONE;
  }

  /**
   * Returns an attribution with a date and an assessor.
   *
   * @param assessedOn the day of the assessment (考评日期), such as 2026-01-15
   * @param assessor who assessed (考评人), such as {@code 区禁毒办 考评组}; normalized to NFC
   * @return the attribution
   * @throws InvalidAttributionException if the assessor is blank or holds a control or format character
   */
  public static Attribution of(LocalDate assessedOn, String assessor) {
    return of(Optional.of(assessedOn), Optional.of(assessor));
  }

  /**
   * Returns an attribution with a date, an assessor, both or neither.
   *
   * @param assessedOn the day of the assessment, if given
   * @param assessor who assessed, if given; normalized to NFC
   * @return the attribution; {@link #none()} when both are empty
   * @throws InvalidAttributionException if the day's year is outside 1..9999 ({@link RuleCode#DATE_YEAR_OUT_OF_RANGE}
   *     at {@code assessedOn}), or the assessor is blank or holds a control, format, private-use or unassigned
   *     character, the violation ({@link RuleCode#TEXT_BLANK}, {@link RuleCode#TEXT_CONTROL_CHARACTER},
   *     {@link RuleCode#TEXT_FORMAT_CHARACTER}, {@link RuleCode#TEXT_PRIVATE_USE} or
   *     {@link RuleCode#TEXT_UNASSIGNED}) being at {@code assessor}
   */
  public static Attribution of(Optional<LocalDate> assessedOn, Optional<String> assessor) {
    Optional<String> normalized = assessor.map(a -> Normalizer.normalize(a, Normalizer.Form.NFC));
    return ImmutableAttribution.builder().assessedOn(assessedOn).assessor(normalized).build();
  }

  /** {@return the day of the assessment (考评日期), if given} */
  public abstract Optional<LocalDate> assessedOn();

  /** {@return who assessed (考评人), in NFC, if given} */
  public abstract Optional<String> assessor();

  /** {@return whether neither a date nor an assessor is given} */
  public final boolean isEmpty() {
    return assessedOn().isEmpty() && assessor().isEmpty();
  }

  @Value.Check
  void check() {
    assessedOn()
        .filter(d -> !Texts.isFourDigitYear(d.getYear()))
        .ifPresent(
            d -> {
              throw new InvalidAttributionException(
                  ImmutableList.of(
                      Violation.of(
                          RuleCode.DATE_YEAR_OUT_OF_RANGE,
                          Location.root().member("assessedOn"),
                          d)));
            });
    assessor()
        .flatMap(Attribution::problem)
        .ifPresent(
            v -> {
              throw new InvalidAttributionException(ImmutableList.of(v));
            });
  }

  /** {@return what is wrong with an assessor, at {@code assessor}, if anything} */
  private static Optional<Violation> problem(String assessor) {
    return Texts.problem(assessor, Location.root().member("assessor"));
  }
}
