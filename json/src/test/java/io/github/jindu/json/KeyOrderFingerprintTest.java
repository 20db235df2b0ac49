package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jindu.CriteriaSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #9: two sets that differ only in key order got different fingerprints while equals() said the same. */
class KeyOrderFingerprintTest {
  /** {@return the tree with the members of every object in reverse order} */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      Collections.reverse(fields);
      ObjectNode out = new ObjectMapper().createObjectNode();
      fields.forEach(f -> out.set(f.getKey(), reversed(f.getValue())));
      return out;
    }
    if (node.isArray()) {
      var out = new ObjectMapper().createArrayNode();
      node.forEach(n -> out.add(reversed(n)));
      return out;
    }
    return node;
  }

  @Test
  void twoCriteriaFiles_differingOnlyInKeyOrder_haveEqualFingerprints_andAreEqual()
      throws Exception {
    String document = CriteriaJsonTest.defaultDocument().trim();
    String scored =
        document.substring(0, document.length() - 1)
            + ",\"points\":"
            + PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "80")
            + "}";
    CriteriaSet a = CriteriaJson.read(scored);
    CriteriaSet b =
        CriteriaJson.read(
            new ObjectMapper().writeValueAsString(reversed(new ObjectMapper().readTree(scored))));
    assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
    assertThat(b).isEqualTo(a);
    assertThat(b.hashCode()).isEqualTo(a.hashCode());
  }

  @Test
  void decimals_areComparedByValue_inEqualsAndTheFingerprint() {
    String document = CriteriaJsonTest.defaultDocument().trim();
    String base = document.substring(0, document.length() - 1) + ",\"points\":";
    CriteriaSet a =
        CriteriaJson.read(base + PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "80") + "}");
    CriteriaSet b =
        CriteriaJson.read(
            base + PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "80.00") + "}");
    CriteriaSet c =
        CriteriaJson.read(base + PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "85") + "}");
    assertThat(b).isEqualTo(a);
    assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
    assertThat(c).isNotEqualTo(a);
    assertThat(c.fingerprint()).isNotEqualTo(a.fingerprint());
  }
}
