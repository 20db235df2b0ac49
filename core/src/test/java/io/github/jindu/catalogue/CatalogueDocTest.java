package io.github.jindu.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Indicator;
import io.github.jindu.VetoRule;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.testing.Notation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/catalogue.md true: it is rendered from the criteria set itself, and the build fails when the checked-in
 * file differs. After changing the set, copy core/target/catalogue.md to docs/catalogue.md.
 */
class CatalogueDocTest {
  @Test
  void docsCatalogue_matchesTheDefaultCriteriaSet() throws IOException {
    String rendered = render(MunicipalModelCommunity.criteriaSet());
    Files.writeString(Path.of("target", "catalogue.md"), rendered, StandardCharsets.UTF_8);
    String checkedIn =
        Files.readString(Path.of("..", "docs", "catalogue.md"), StandardCharsets.UTF_8);
    assertThat(checkedIn)
        .as("docs/catalogue.md is out of date: copy core/target/catalogue.md over it")
        .isEqualTo(rendered);
  }

  @Test
  void defaultSet_hasTenIndicatorsFiftyOneCriteriaAndNoVeto() {
    CriteriaSet set = MunicipalModelCommunity.criteriaSet();
    assertThat(set.indicators()).hasSize(10);
    assertThat(set.criteria()).hasSize(51);
    assertThat(set.vetoRules()).isEmpty();
    assertThat(set.criterion("responsibility.veto-applied").orElseThrow().threshold())
        .isEqualTo(Attested.of());
    assertThat(set.criterion("responsibility.veto-applied").orElseThrow().clause())
        .isEqualTo("二(三)");
    assertThat(set.criteria().stream().filter(Criterion::advisory).map(Criterion::id))
        .containsExactly("distinction.recognition");
  }

  static String render(CriteriaSet set) {
    StringBuilder md = new StringBuilder();
    md.append("# The default criteria set: `")
        .append(set.id())
        .append("`\n\n")
        .append(
            "<!-- Generated from MunicipalModelCommunity by CatalogueDocTest; do not edit by hand. -->\n\n")
        .append(set.chineseName())
        .append(" (")
        .append(set.englishName())
        .append("), for ")
        .append(
            set.unitKinds().stream()
                .map(k -> CanonicalNames.of(k))
                .collect(Collectors.joining(" and ")))
        .append(": ")
        .append(set.indicators().size())
        .append(" indicators (一级指标), ")
        .append(set.criteria().size())
        .append(" criteria (二级指标), ")
        .append(
            set.vetoRules().isEmpty()
                ? "no veto rule (一票否决: 二(三)'s sentence is the criterion "
                    + "`responsibility.veto-applied`, see [interpretations](interpretations.md)). "
                : set.vetoRules().size() + " veto rule(s) (一票否决). ")
        .append(
            "The bar column is the `required` text of `result/1`; comparisons are exact and the boundary words ")
        .append("inclusive (see [interpretations](interpretations.md)).\n");
    for (Indicator indicator : set.indicators()) {
      md.append("\n## `")
          .append(indicator.id())
          .append("` ")
          .append(indicator.chineseName())
          .append(" — ")
          .append(indicator.englishName())
          .append(" — ")
          .append(indicator.clause())
          .append("\n\n")
          .append("| id | 原文 | English | kind | reads | bar | clause |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (Criterion c : indicator.criteria()) {
        md.append("| `")
            .append(c.id())
            .append("` | ")
            .append(c.chineseName())
            .append(" | ")
            .append(c.englishName())
            .append(c.advisory() ? " (*advisory*: never gates)" : "")
            .append(" | ")
            .append(CanonicalNames.of(c.threshold().kind()))
            .append(" | ")
            .append(reads(c.threshold()))
            .append(" | ")
            .append(Notation.of(c.threshold()).replace("|", "\\|"))
            .append(" | ")
            .append(c.clause())
            .append(" |\n");
      }
    }
    if (!set.vetoRules().isEmpty()) {
      md.append("\n## Veto rules\n\n| id | 原文 | English | clause |\n| --- | --- | --- | --- |\n");
    }
    for (VetoRule v : set.vetoRules()) {
      md.append("| `")
          .append(v.id())
          .append("` | ")
          .append(v.chineseName())
          .append(" | ")
          .append(v.englishName())
          .append(" | ")
          .append(v.clause())
          .append(" |\n");
    }
    return md.toString();
  }

  private static String reads(Threshold t) {
    if (t instanceof MinShare) {
      return "`" + ((MinShare) t).numerator() + "` / `" + ((MinShare) t).denominator() + "`";
    }
    if (t instanceof Increase && ((Increase) t).isShare()) {
      Increase i = (Increase) t;
      return "`" + i.metric() + "` / `" + i.denominator().orElseThrow() + "`, now and `previous`";
    }
    if (t instanceof Increase) {
      return "`" + ((Increase) t).metric() + "`, now and `previous`";
    }
    if (!t.metrics().isEmpty()) {
      return t.metrics().stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "))
          + (CanonicalNames.of(t.kind()).equals("lowest-among-peers") ? ", `peers`" : "");
    }
    switch (t.kind()) {
      case ATTESTED:
        return "attestation";
      case WITHIN:
        return "`subunits`, `events`";
      default:
        return "`events`";
    }
  }
}
