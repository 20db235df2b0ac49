package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.Location;
import org.junit.jupiter.api.Test;

/** The JSON path of a location, as the English listing and the docs show it. */
class JsonPathsTest {
  @Test
  void theWholeDocument_isTheRoot() {
    assertThat(JsonPaths.of(Location.root())).isEqualTo("$");
  }

  @Test
  void aMetricKey_isInBrackets_aMemberAfterADot_anIndexInBrackets() {
    assertThat(JsonPaths.of(Location.root().member("counts").key("population.reached")))
        .isEqualTo("$.counts[\"population.reached\"]");
    assertThat(JsonPaths.of(Location.root().member("events").index(3).member("date")))
        .isEqualTo("$.events[3].date");
    assertThat(
            JsonPaths.of(
                Location.root()
                    .member("indicators")
                    .index(0)
                    .member("criteria")
                    .index(1)
                    .member("bar")
                    .member("bound")))
        .isEqualTo("$.indicators[0].criteria[1].bar.bound");
    assertThat(
            JsonPaths.of(
                Location.root().member("points").member("criteria").key("results.no-hotspots")))
        .isEqualTo("$.points.criteria[\"results.no-hotspots\"]");
  }

  @Test
  void aMemberThatIsNoIdentifier_isInBrackets_andKeysAreEscapedAsJsonStrings() {
    assertThat(JsonPaths.of(Location.root().member("a.b"))).isEqualTo("$[\"a.b\"]");
    assertThat(JsonPaths.of(Location.root().member("counts").key("a\"b\\c\nd")))
        .isEqualTo("$.counts[\"a\\\"b\\\\c\\nd\"]");
  }

  @Test
  void aDocumentLabel_precedesThePath() {
    assertThat(JsonPaths.withDocument(Location.root().member("period").inDocument("310199-001-01")))
        .isEqualTo("310199-001-01: $.period");
    assertThat(JsonPaths.withDocument(Location.root().member("period"))).isEqualTo("$.period");
  }
}
