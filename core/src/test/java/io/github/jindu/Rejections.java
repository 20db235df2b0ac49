package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jindu.testing.SampleEvidence;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Test support: catching an {@link InvalidEvidenceException} and checking the violations it names, by rule code,
 * location and values. Locations are written as the JSON paths of the wire form ({@link #path(Location)}, a copy
 * of the json module's rendering, which core cannot see), so that a test reads as the error listing does.
 */
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

  /** Building the evidence, or assessing it on the default set, must fail with the rule at {@code path}. */
  static InvalidEvidenceException assertRejected(
      SampleEvidence evidence, String path, RuleCode code, Object... values) {
    InvalidEvidenceException e = rejection(evidence::assess);
    assertNames(e, path, code, values);
    return e;
  }

  /**
   * The exception names a violation of {@code code} at {@code path}; when {@code values} are given, with exactly
   * those values.
   */
  static void assertNames(
      InvalidEvidenceException e, String path, RuleCode code, Object... values) {
    assertThat(e.violations())
        .as("violations of %s", e.getMessage())
        .anySatisfy(
            v -> {
              assertThat(path(v.location())).isEqualTo(path);
              assertThat(v.code()).isEqualTo(code);
              if (values.length > 0) {
                assertThat(v.values())
                    .containsExactlyElementsOf(
                        Arrays.stream(values)
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.toList()));
              }
            });
    assertThat(e.getMessage()).contains(code.code());
  }

  /** {@return a location as a JSON path, $.counts["users.new"], as the json module renders it} */
  static String path(Location location) {
    StringBuilder out = new StringBuilder("$");
    for (Location.Segment s : location.segments()) {
      switch (s.kind()) {
        case MEMBER:
          if (s.name().matches("[A-Za-z][A-Za-z0-9]*")) {
            out.append('.').append(s.name());
          } else {
            out.append("[\"").append(s.name()).append("\"]");
          }
          break;
        case KEY:
          out.append("[\"")
              .append(s.name().replace("\\", "\\\\").replace("\"", "\\\""))
              .append("\"]");
          break;
        default:
          out.append('[').append(s.index()).append(']');
      }
    }
    return out.toString();
  }
}
