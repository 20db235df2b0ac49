package io.github.jindu.json;

import static io.github.jindu.json.EvidenceJsonTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.Evidence;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import org.junit.jupiter.api.Test;

/** Ids, blank and forbidden text, ASCII digits and years 1..9999 when reading evidence/1 and criteria/1. */
class TextRulesJsonTest {
  private static final String SAMPLE = resource("sample-town-2025.json");

  private static InvalidEvidenceException evidenceRejection(String json) {
    try {
      EvidenceJson.read(json);
    } catch (InvalidEvidenceException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidEvidenceException");
  }

  /** Why: a letter dated year 0000 counted; any dated event obeys the rule (here the plan). */
  @Test
  void anEventDatedYearZero_isRefused_withTheYearRule() {
    InvalidEvidenceException e =
        evidenceRejection(
            SAMPLE.replaceFirst("\"date\": \"2024-12-26\"", "\"date\": \"0000-12-26\""));
    assertThat(e.violations())
        .extracting(Violation::code)
        .contains(RuleCode.DATE_YEAR_OUT_OF_RANGE);
  }

  /** Why: a bound written with a Bengali digit was read as a number. */
  @Test
  void aBoundWrittenWithABengaliDigit_isRefused() {
    String bar =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\"\u09EF0%\"}";
    assertThatThrownBy(() -> CriteriaJson.read(CriteriaJsonTest.tiny(bar)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .anySatisfy(
                        v -> {
                          assertThat(v.code()).isEqualTo(RuleCode.NUMBER_NON_ASCII_DIGIT);
                          assertThat(JsonPaths.of(v.location())).contains("bound");
                        }));
    String ascii = bar.replace("\u09EF0%", "90%");
    assertThat(CriteriaJson.read(CriteriaJsonTest.tiny(ascii)).criteria()).hasSize(1);
  }

  @Test
  void aFullWidthDigit_inABound_isRefused() {
    String bar =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\"\uFF19\uFF10%\"}";
    assertThatThrownBy(() -> CriteriaJson.read(CriteriaJsonTest.tiny(bar)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("number.non-ascii-digit");
  }

  @Test
  void aUnitIdWithAZeroWidthSpace_isRefused_namingTheField() {
    InvalidEvidenceException e =
        evidenceRejection(
            SAMPLE.replaceFirst("\"id\": \"310199-001\"", "\"id\": \"310199-001\u200B\""));
    assertThat(e.violations())
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(RuleCode.ID_MALFORMED);
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.unit.id");
            });
  }

  @Test
  void aReferenceOfHangulFillerOnly_isBlank() {
    InvalidEvidenceException e =
        evidenceRejection(
            SAMPLE.replace(
                "\"reference\": \"镇党委会议纪要 2025年第3、9、15、21期\"", "\"reference\": \"\u3164\""));
    assertThat(e.violations()).extracting(Violation::code).contains(RuleCode.TEXT_BLANK);
  }

  @Test
  void aNameInDecomposedForm_isReadAsNfc() {
    Evidence evidence =
        EvidenceJson.read(SAMPLE.replaceFirst("\"name\": \"东沙镇\"", "\"name\": \"Cafe\u0301\""));
    assertThat(evidence.unit().name()).isEqualTo("Caf\u00E9");
  }
}
