package io.github.jindu;

import io.github.jindu.testing.SampleEvidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.Supplier;

/** Test support: catching an {@link InvalidEvidenceException} and checking the violations it names. */
final class Rejections {
  private Rejections() {}

  /**
   * Runs an action that must reject its evidence.
   *
   * @return the exception thrown
   */
  static InvalidEvidenceException rejection(Supplier<?> action) {
    Object made;
    try {
      made = action.get();
    } catch (InvalidEvidenceException e) {
      return e;
    }
    return fail("expected an InvalidEvidenceException, got " + made);
  }

  /** Building the evidence, or assessing it on the default set, must fail, naming {@code path} and the rule. */
  static InvalidEvidenceException assertRejected(SampleEvidence evidence, String path, String... ruleParts) {
    InvalidEvidenceException e = rejection(evidence::assess);
    assertNames(e, path, ruleParts);
    return e;
  }

  /** The exception names a violation at {@code path} whose message contains every one of {@code ruleParts}. */
  static void assertNames(InvalidEvidenceException e, String path, String... ruleParts) {
    assertThat(e.violations())
        .as("violations of %s", e.getMessage())
        .anySatisfy(v -> {
          assertThat(v.path()).isEqualTo(path);
          assertThat(v.message()).contains(ruleParts);
        });
    assertThat(e.getMessage()).contains(path);
  }
}
