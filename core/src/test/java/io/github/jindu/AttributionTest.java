package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jindu.district.Candidate;
import io.github.jindu.district.Selection;
import io.github.jindu.testing.Doc;
import io.github.jindu.testing.EqualityGroups;
import io.github.jindu.testing.SampleDistrict;
import io.github.jindu.testing.SampleEvidence;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);
  private static final String ASSESSOR = "区禁毒办 考评组";

  @Test
  void assess_withAnAttribution_recordsIt_andChangesNothingElse() {
    Evidence evidence = SampleEvidence.sampleTown().build();
    AssessmentResult plain = SampleEvidence.CRITERIA.assess(evidence);
    AssessmentResult signed =
        SampleEvidence.CRITERIA.assess(evidence, Attribution.of(JAN_15, ASSESSOR));

    assertThat(plain.attribution()).isEqualTo(Attribution.none());
    assertThat(signed.attribution().assessedOn()).contains(JAN_15);
    assertThat(signed.attribution().assessor()).contains(ASSESSOR);
    assertThat(signed).isNotEqualTo(plain);
    assertThat(signed.criteria()).isEqualTo(plain.criteria());
    assertThat(signed.reason()).isEqualTo(plain.reason());
    assertThat(signed.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED).isEqualTo(plain.overall());
    assertThat(signed.evidenceDigest()).isEqualTo(plain.evidenceDigest());
    assertThat(signed.criteriaSetFingerprint()).isEqualTo(SampleEvidence.CRITERIA.fingerprint());
  }

  @Test
  void assess_withNoAttribution_isTheOneArgumentForm() {
    Evidence evidence = SampleEvidence.sampleTown().build();
    assertThat(SampleEvidence.CRITERIA.assess(evidence, Attribution.none()))
        .isEqualTo(SampleEvidence.CRITERIA.assess(evidence));
  }

  @Test
  void either_part_mayBeAbsent() {
    Attribution dateOnly = Attribution.of(Optional.of(JAN_15), Optional.empty());
    Attribution assessorOnly = Attribution.of(Optional.empty(), Optional.of(ASSESSOR));
    assertThat(dateOnly.assessor()).isEmpty();
    assertThat(dateOnly.isEmpty()).isFalse();
    assertThat(assessorOnly.assessedOn()).isEmpty();
    assertThat(assessorOnly.isEmpty()).isFalse();
    assertThat(Attribution.of(Optional.empty(), Optional.empty())).isEqualTo(Attribution.none());
    assertThat(Attribution.none().isEmpty()).isTrue();
  }

  @Test
  void equality_isByDateAndAssessor() {
    new EqualityGroups()
        .addEqualityGroup(Attribution.none(), Attribution.of(Optional.empty(), Optional.empty()))
        .addEqualityGroup(Attribution.of(JAN_15, ASSESSOR), Attribution.of(JAN_15, ASSESSOR))
        .addEqualityGroup(Attribution.of(JAN_15.plusDays(1), ASSESSOR))
        .addEqualityGroup(Attribution.of(JAN_15, "区禁毒办"))
        .addEqualityGroup(Attribution.of(Optional.of(JAN_15), Optional.empty()))
        .testEquals();
  }

  @Test
  void assessor_isReadInNfc() {
    // "e" and a combining acute accent (U+0301) is read as the one character é (U+00E9).
    Attribution decomposed = Attribution.of(JAN_15, "Ame\u0301lie");
    assertThat(decomposed.assessor()).contains("Am\u00e9lie");
    assertThat(decomposed).isEqualTo(Attribution.of(JAN_15, "Am\u00e9lie"));
  }

  @Test
  void assessor_blank_isRefusedAtAssessor() {
    InvalidAttributionException e =
        catchThrowableOfType(
            InvalidAttributionException.class, () -> Attribution.of(JAN_15, " \u3000\u200b"));
    assertThat(e.violations())
        .containsExactly(Violation.of(RuleCode.TEXT_BLANK, Location.root().member("assessor")));
    assertThat(e)
        .isInstanceOf(InvalidDocumentException.class)
        .isInstanceOf(JinduException.class)
        .hasMessage("invalid attribution: " + e.violations().get(0));
  }

  @Test
  void assessor_withALineBreak_isRefused_namingTheCharacterAndItsIndex() {
    InvalidAttributionException e =
        catchThrowableOfType(
            InvalidAttributionException.class, () -> Attribution.of(JAN_15, "区禁毒办\n考评组"));
    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.TEXT_CONTROL_CHARACTER, Location.root().member("assessor"), "U+000A", 5));
  }

  @Test
  void assessor_withABidiOverride_isRefused_namingTheCharacterAndItsIndex() {
    InvalidAttributionException e =
        catchThrowableOfType(
            InvalidAttributionException.class,
            () -> Attribution.of(Optional.empty(), Optional.of("考评组\u202e甲")));
    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.TEXT_FORMAT_CHARACTER, Location.root().member("assessor"), "U+202E", 4));
  }

  @Test
  void assessor_withAZeroWidthSpaceInside_isRefused() {
    InvalidAttributionException e =
        catchThrowableOfType(
            InvalidAttributionException.class, () -> Attribution.of(JAN_15, "张\u200b三"));
    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.TEXT_FORMAT_CHARACTER, Location.root().member("assessor"), "U+200B", 2));
  }

  @Test
  void assessor_beyondTheBasicPlane_isAName_andPositionsCountCharacters() {
    // 𠀀 (U+20000) is two UTF-16 units but one character: a format character after it is the
    // second.
    assertThat(Attribution.of(JAN_15, "\ud840\udc00组").assessor()).contains("\ud840\udc00组");
    InvalidAttributionException e =
        catchThrowableOfType(
            InvalidAttributionException.class, () -> Attribution.of(JAN_15, "\ud840\udc00\u2066组"));
    assertThat(e.violations().get(0).values()).containsExactly("U+2066", "2");
  }

  @Test
  void selection_recordsTheAttribution_inItselfAndInEveryCandidate() {
    Attribution attribution = Attribution.of(JAN_15, ASSESSOR);
    Selection signed = Selection.of(SampleDistrict.candidates(), Doc.SET, attribution);
    Selection plain = Selection.of(SampleDistrict.candidates(), Doc.SET);

    assertThat(signed.attribution()).isEqualTo(attribution);
    assertThat(plain.attribution()).isEqualTo(Attribution.none());
    assertThat(signed.candidates())
        .hasSize(6)
        .allSatisfy(c -> assertThat(c.result().attribution()).isEqualTo(attribution));
    assertThat(signed.candidates().stream().map(Candidate::rank))
        .containsExactlyElementsOf(plain.candidates().stream().map(Candidate::rank).toList());
    assertThat(
            Selection.ofDocuments(SampleDistrict.documents(), Doc.SET, attribution).attribution())
        .isEqualTo(attribution);
  }
}
