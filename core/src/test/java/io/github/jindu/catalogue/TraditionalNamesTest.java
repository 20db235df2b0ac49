package io.github.jindu.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.github.jindu.CatalogueEntry;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The default set's Traditional names (繁體) are the seed's own words: every named element has one, it reads back
 * to exactly the Simplified name, and it holds no Simplified-only character. OpenCC checks the text; it never
 * converts anything at run time.
 */
class TraditionalNamesTest {
  /** Characters OpenCC would write otherwise but that are standard in Taiwan and Hong Kong and used by the seed. */
  private static final Set<Character> STANDARD_VARIANTS = Set.of('群');

  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  @Test
  void everyNamedElement_hasATraditionalName() {
    assertThat(SET.traditionalChineseName()).hasValue("市禁毒工作示範社區");
    for (CatalogueEntry entry : entries()) {
      assertThat(entry.traditionalChineseName()).as(entry.id()).isPresent();
    }
    for (Metric m : SET.metricDefinitions()) {
      assertThat(m.traditionalChineseName()).as(m.key().name()).isPresent();
    }
    assertThat(
            SET.criteria().stream()
                .filter(c -> c.id().equals("prevention.monthly-activities"))
                .findFirst()
                .orElseThrow()
                .traditionalChineseName())
        .hasValue("月月有活動");
  }

  @Test
  void traditionalNames_readBackToTheSimplifiedOnes_andHoldNoSimplifiedCharacter() {
    List<String[]> pairs = new ArrayList<>();
    pairs.add(new String[] {SET.chineseName(), SET.traditionalChineseName().orElseThrow()});
    entries()
        .forEach(
            e ->
                pairs.add(
                    new String[] {e.chineseName(), e.traditionalChineseName().orElseThrow()}));
    SET.metricDefinitions()
        .forEach(
            m ->
                pairs.add(
                    new String[] {m.chineseName(), m.traditionalChineseName().orElseThrow()}));
    for (String[] pair : pairs) {
      assertThat(ZhConverterUtil.toSimple(pair[1])).as(pair[1]).isEqualTo(pair[0]);
      assertThat(simplifiedOnly(pair[1])).as(pair[1]).isEmpty();
    }
  }

  /** {@return the characters of {@code text} that are Simplified forms of another (Traditional) character} */
  static List<Character> simplifiedOnly(String text) {
    List<Character> found = new ArrayList<>();
    for (char c : text.toCharArray()) {
      String one = String.valueOf(c);
      if (!STANDARD_VARIANTS.contains(c)
          && ZhConverterUtil.toSimple(one).equals(one)
          && !ZhConverterUtil.toTraditional(one).equals(one)) {
        found.add(c);
      }
    }
    return found;
  }

  @Test
  void theCheck_findsASimplifiedCharacter() {
    assertThat(simplifiedOnly("禁毒工作示范社区")).containsExactly('范', '区');
    assertThat(simplifiedOnly("禁毒工作示範社區")).isEmpty();
  }

  private static List<CatalogueEntry> entries() {
    List<CatalogueEntry> entries = new ArrayList<>(SET.indicators());
    entries.addAll(SET.criteria());
    entries.addAll(SET.vetoRules());
    return entries;
  }
}
