package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exceptions a caller branches on, and the coded violations they carry (docs/style.md, "Errors"). */
class ExceptionsTest {
  private static Location date(int i) {
    return Location.root().member("events").index(i).member("date");
  }

  private static List<Violation> violations(int n) {
    List<Violation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(
          Violation.of(
              RuleCode.EVENT_AFTER_PERIOD,
              date(i),
              "training",
              "2026-01-0" + (i % 9 + 1),
              "2025-12-31"));
    }
    return list;
  }

  private static long unlisted(InvalidDocumentException e) {
    Violation last = e.violations().get(e.violations().size() - 1);
    assertThat(last.code()).isEqualTo(RuleCode.VIOLATIONS_MORE);
    assertThat(last.location()).isEqualTo(Location.root());
    return Long.parseLong(last.values().get(0));
  }

  // ---- invalid criteria ----

  @Test
  void invalidCriteria_ofOneRule_isOneViolationAtTheRoot_keepingItsValues() {
    InvalidCriteriaException e = InvalidCriteriaException.of(RuleCode.INDICATOR_NO_CRITERIA, "x.y");
    assertThat(e).isInstanceOf(InvalidDocumentException.class).isInstanceOf(JinduException.class);
    assertThat(e.violations())
        .containsExactly(Violation.of(RuleCode.INDICATOR_NO_CRITERIA, Location.root(), "x.y"));
    assertThat(e.getMessage()).contains("indicator.no-criteria", "x.y");
  }

  @Test
  void invalidCriteria_ofSeveralViolations_keepsEveryOneInOrder() {
    List<Violation> found =
        List.of(
            Violation.of(
                RuleCode.INDICATOR_ID_TWICE,
                Location.root().member("indicators").index(0).member("id"),
                "a"),
            Violation.of(
                RuleCode.POINTS_PASS_MARK,
                Location.root().member("points").member("passMark"),
                "500",
                "105"));
    InvalidCriteriaException e = new InvalidCriteriaException(found);
    assertThat(e.violations()).containsExactlyElementsOf(found);
    assertThat(e.getMessage()).contains("indicator.id-twice", "points.pass-mark", "500");
  }

  @Test
  void invalidCriteria_atALocation_keepsIt() {
    Location bands = Location.root().member("points").member("bands").index(1);
    InvalidCriteriaException e =
        InvalidCriteriaException.at(RuleCode.POINTS_PASS_MARK, bands, "80", "105");
    assertThat(e.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.location()).isEqualTo(bands));
  }

  @Test
  void invalidCriteria_ofNoViolation_isAnIllegalArgument() {
    assertThatThrownBy(() -> new InvalidCriteriaException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- invalid evidence, and its cap on violations listed ----

  @Test
  void invalidEvidence_ofExactlyTheMostListed_keepsEveryOne() {
    List<Violation> all = violations(InvalidDocumentException.MAX_LISTED);
    InvalidEvidenceException e = new InvalidEvidenceException(all);
    assertThat(e.violations()).containsExactlyElementsOf(all);
  }

  @Test
  void invalidEvidence_ofOneMoreThanTheMostListed_keepsAllButTwo_andCountsThemAtTheRoot() {
    List<Violation> all = violations(InvalidDocumentException.MAX_LISTED + 1);
    InvalidEvidenceException e = new InvalidEvidenceException(all);
    assertThat(e.violations()).hasSize(InvalidDocumentException.MAX_LISTED);
    assertThat(e.violations().subList(0, InvalidDocumentException.MAX_LISTED - 1))
        .containsExactlyElementsOf(all.subList(0, InvalidDocumentException.MAX_LISTED - 1));
    assertThat(unlisted(e)).isEqualTo(2);
  }

  @Test
  void invalidEvidence_farAboveTheMostListed_countsEveryOneNotListed() {
    InvalidEvidenceException e = new InvalidEvidenceException(violations(5000));
    assertThat(e.violations()).hasSize(InvalidDocumentException.MAX_LISTED);
    assertThat(unlisted(e)).isEqualTo(4001);
  }

  @Test
  void invalidEvidence_recapped_isUnchanged() {
    InvalidEvidenceException once = new InvalidEvidenceException(violations(1500));
    InvalidEvidenceException twice = new InvalidEvidenceException(once.violations());
    assertThat(twice.violations()).isEqualTo(once.violations());
    assertThat(unlisted(twice)).isEqualTo(501);
  }

  @Test
  void invalidEvidence_aCappedListWithMore_addsTheCountsRatherThanListingTheCount() {
    InvalidEvidenceException capped =
        new InvalidEvidenceException(violations(InvalidDocumentException.MAX_LISTED + 1));
    List<Violation> merged = new ArrayList<>(capped.violations());
    merged.addAll(violations(10));
    InvalidEvidenceException e = new InvalidEvidenceException(merged);
    assertThat(e.violations()).hasSize(InvalidDocumentException.MAX_LISTED);
    // 2 counted before, 10 more given, none of them listed
    assertThat(unlisted(e)).isEqualTo(12);
    assertThat(e.violations().stream().filter(v -> v.code() == RuleCode.VIOLATIONS_MORE))
        .hasSize(1);
  }

  @Test
  void invalidEvidence_aShortListWithACount_keepsItsViolationsAndTheCountLast() {
    List<Violation> given = new ArrayList<>(violations(3));
    given.add(
        0,
        new InvalidEvidenceException(violations(InvalidDocumentException.MAX_LISTED + 6))
            .violations()
            .get(InvalidDocumentException.MAX_LISTED - 1));
    InvalidEvidenceException e = new InvalidEvidenceException(given);
    assertThat(e.violations()).hasSize(4);
    assertThat(e.violations().subList(0, 3)).containsExactlyElementsOf(violations(3));
    assertThat(unlisted(e)).isEqualTo(7);
  }

  @Test
  void invalidEvidence_ofOne_keepsItsCause() {
    IOException cause = new IOException("truncated");
    Violation syntax = Violation.of(RuleCode.JSON_SYNTAX, Location.root(), "truncated");
    InvalidEvidenceException e = new InvalidEvidenceException(syntax, cause);
    assertThat(e).hasCause(cause).isInstanceOf(InvalidDocumentException.class);
    assertThat(e.violations()).containsExactly(syntax);
    assertThat(
            InvalidEvidenceException.of(RuleCode.EVENT_AFTER_PERIOD, date(0), "training")
                .violations())
        .containsExactly(Violation.of(RuleCode.EVENT_AFTER_PERIOD, date(0), "training"));
  }

  @Test
  void invalidEvidence_ofNoViolation_isAnIllegalArgument() {
    assertThatThrownBy(() -> new InvalidEvidenceException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidEvidence_ofSeveral_namesEachCodeAndLocationInItsDeveloperMessage() {
    InvalidEvidenceException e = new InvalidEvidenceException(violations(2));
    assertThat(e.getMessage()).contains("event.after-period", "/events/0/date", "/events/1/date");
  }
}
