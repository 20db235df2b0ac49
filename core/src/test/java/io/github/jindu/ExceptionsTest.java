package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two exceptions a caller branches on, and the violations they carry (style.md, "Errors"). */
class ExceptionsTest {
  private static List<Violation> violations(int n) {
    List<Violation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Violation.of("$.events[" + i + "].date", "date " + i + " is outside the period"));
    }
    return list;
  }

  // ---- invalid criteria ----

  @Test
  void invalidCriteria_ofOneRule_isOneViolationAtTheRoot_keepingItsText() {
    InvalidCriteriaException e = new InvalidCriteriaException("indicator x.y has no criteria");
    assertThat(e).isInstanceOf(JinduException.class);
    assertThat(e.violations()).containsExactly(Violation.of("$", "indicator x.y has no criteria"));
    assertThat(e.getMessage()).contains("x.y");
  }

  @Test
  void invalidCriteria_ofSeveralViolations_keepsEveryOneInOrder() {
    List<Violation> found = List.of(Violation.of("$.indicators[0].id", "id a appears twice"),
        Violation.of("$.points.passMark", "pass mark 500 is above 105"));
    InvalidCriteriaException e = new InvalidCriteriaException(found);
    assertThat(e.violations()).containsExactlyElementsOf(found);
    assertThat(e.getMessage()).contains("$.indicators[0].id", "$.points.passMark", "500");
  }

  @Test
  void invalidCriteria_ofOneViolationAtAPath_namesThePath() {
    InvalidCriteriaException e = new InvalidCriteriaException(List.of(Violation.of("$.points.bands[1]", "gap at 80")));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.getMessage()).contains("$.points.bands[1]", "80");
  }

  @Test
  void invalidCriteria_ofNoViolation_isAnIllegalArgument() {
    assertThatThrownBy(() -> new InvalidCriteriaException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- invalid evidence, and its cap on violations listed ----

  @Test
  void invalidEvidence_ofExactlyTheMostListed_keepsEveryOne() {
    List<Violation> all = violations(InvalidEvidenceException.MAX_LISTED);
    InvalidEvidenceException e = new InvalidEvidenceException(all);
    assertThat(e.violations()).containsExactlyElementsOf(all);
  }

  @Test
  void invalidEvidence_ofOneMoreThanTheMostListed_keepsAllButTwo_andCountsThemAtTheRoot() {
    List<Violation> all = violations(InvalidEvidenceException.MAX_LISTED + 1);
    InvalidEvidenceException e = new InvalidEvidenceException(all);
    assertThat(e.violations()).hasSize(InvalidEvidenceException.MAX_LISTED);
    assertThat(e.violations().subList(0, InvalidEvidenceException.MAX_LISTED - 1))
        .containsExactlyElementsOf(all.subList(0, InvalidEvidenceException.MAX_LISTED - 1));
    Violation last = e.violations().get(InvalidEvidenceException.MAX_LISTED - 1);
    assertThat(last.path()).isEqualTo("$");
    assertThat(last.message()).contains("2");
  }

  @Test
  void invalidEvidence_farAboveTheMostListed_countsEveryOneNotListed() {
    InvalidEvidenceException e = new InvalidEvidenceException(violations(5000));
    assertThat(e.violations()).hasSize(InvalidEvidenceException.MAX_LISTED);
    assertThat(e.violations().get(InvalidEvidenceException.MAX_LISTED - 1).message()).contains("4001");
  }

  @Test
  void invalidEvidence_recapped_isUnchanged() {
    InvalidEvidenceException once = new InvalidEvidenceException(violations(1500));
    InvalidEvidenceException twice = new InvalidEvidenceException(once.violations());
    assertThat(twice.violations()).isEqualTo(once.violations());
    assertThat(twice.violations().get(InvalidEvidenceException.MAX_LISTED - 1).message()).contains("501");
  }

  @Test
  void invalidEvidence_aCappedListWithMore_addsTheCountsRatherThanListingTheCount() {
    InvalidEvidenceException capped = new InvalidEvidenceException(violations(InvalidEvidenceException.MAX_LISTED + 1));
    List<Violation> merged = new ArrayList<>(capped.violations());
    merged.addAll(violations(10));
    InvalidEvidenceException e = new InvalidEvidenceException(merged);
    assertThat(e.violations()).hasSize(InvalidEvidenceException.MAX_LISTED);
    // 2 counted before, 10 more given, none of them listed
    assertThat(e.violations().get(InvalidEvidenceException.MAX_LISTED - 1).message()).contains("12");
    assertThat(e.violations().stream().filter(v -> v.path().equals("$"))).hasSize(1);
  }

  @Test
  void invalidEvidence_aShortListWithACount_keepsItsViolationsAndTheCountLast() {
    List<Violation> given = new ArrayList<>(violations(3));
    given.add(0, new InvalidEvidenceException(violations(InvalidEvidenceException.MAX_LISTED + 6)).violations()
        .get(InvalidEvidenceException.MAX_LISTED - 1));
    InvalidEvidenceException e = new InvalidEvidenceException(given);
    assertThat(e.violations()).hasSize(4);
    assertThat(e.violations().subList(0, 3)).containsExactlyElementsOf(violations(3));
    assertThat(e.violations().get(3).path()).isEqualTo("$");
    assertThat(e.violations().get(3).message()).contains("7");
  }

  @Test
  void invalidEvidence_aViolationAtTheRootThatIsNoCount_isListedAsAnyOther() {
    Violation root = Violation.of("$", "the document is empty");
    InvalidEvidenceException e = new InvalidEvidenceException(List.of(root));
    assertThat(e.violations()).containsExactly(root);
  }

  @Test
  void invalidEvidence_ofOne_keepsItsCause() {
    IOException cause = new IOException("truncated");
    InvalidEvidenceException e = new InvalidEvidenceException(Violation.of("$", "not JSON"), cause);
    assertThat(e).hasCause(cause).isInstanceOf(JinduException.class);
    assertThat(e.violations()).containsExactly(Violation.of("$", "not JSON"));
    assertThat(InvalidEvidenceException.of("$.counts", "a count is negative").violations())
        .containsExactly(Violation.of("$.counts", "a count is negative"));
  }

  @Test
  void invalidEvidence_ofNoViolation_isAnIllegalArgument() {
    assertThatThrownBy(() -> new InvalidEvidenceException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidEvidence_ofSeveral_namesEachPathInItsMessage() {
    InvalidEvidenceException e = new InvalidEvidenceException(violations(2));
    assertThat(e.getMessage()).contains("$.events[0].date", "$.events[1].date");
  }
}
