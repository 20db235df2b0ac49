package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.RuleCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One broken element of a criteria file is reported once: the points scheme's ids are not checked against
 * indicators that could not be read, so no criterion that is in the file is called unknown.
 */
class CriteriaCascadeTest {
  private static final Path HUNDRED_POINTS =
      Path.of("..", "examples", "data", "criteria", "example-district-100-points.criteria.json");

  @Test
  void aBrokenIndicatorClause_isTheOnlyViolation_noPointsIdIsCalledUnknown() throws IOException {
    ObjectNode root =
        (ObjectNode)
            new ObjectMapper().readTree(Files.readString(HUNDRED_POINTS, StandardCharsets.UTF_8));
    ((ObjectNode) ((ArrayNode) root.get("indicators")).get(0)).put("clause", 5);

    InvalidCriteriaException e =
        catchThrowableOfType(
            () -> CriteriaJson.read(root.toString()), InvalidCriteriaException.class);

    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(RuleCode.TYPE_NOT_STRING);
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.indicators[0].clause");
            });
  }

  @Test
  void theIntactFile_isRead_andAnUnknownPointsId_isStillNamed() throws IOException {
    String json = Files.readString(HUNDRED_POINTS, StandardCharsets.UTF_8);
    assertThat(CriteriaJson.read(json).pointsScheme()).isPresent();

    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(json);
    ObjectNode criteria = (ObjectNode) root.get("points").get("criteria");
    String first = criteria.fieldNames().next();
    criteria.set("no.such-criterion", criteria.get(first));
    InvalidCriteriaException e =
        catchThrowableOfType(
            () -> CriteriaJson.read(root.toString()), InvalidCriteriaException.class);
    assertThat(e.violations())
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(RuleCode.POINTS_UNKNOWN_CRITERION);
              assertThat(v.values()).contains("no.such-criterion");
            });
  }
}
