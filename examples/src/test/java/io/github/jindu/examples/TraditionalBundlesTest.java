package io.github.jindu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Traditional Chinese bundle a person reads (reports, violations, the command line) is written in
 * Traditional characters: OpenCC finds no Simplified character left in any message. The bundles are written, not
 * converted at run time; this only checks them.
 */
class TraditionalBundlesTest {
  /** Characters OpenCC would write otherwise but that are standard in Taiwan and Hong Kong and used by the seed. */
  private static final Set<Character> STANDARD_VARIANTS = Set.of('群', '着', '台', '裏', '綫', '衆', '綉');

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/io/github/jindu/report/report_zh_Hant.properties",
        "/io/github/jindu/report/violations_zh_Hant.properties",
        "/io/github/jindu/cli/cli_zh_Hant.properties"
      })
  void aTraditionalBundle_holdsNoSimplifiedCharacter(String resource) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = TraditionalBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(bundle).isNotEmpty();
    List<String> simplified = new ArrayList<>();
    for (String key : bundle.stringPropertyNames()) {
      String value = bundle.getProperty(key);
      for (char c : value.toCharArray()) {
        String one = String.valueOf(c);
        if (!STANDARD_VARIANTS.contains(c)
            && ZhConverterUtil.toSimple(one).equals(one)
            && !ZhConverterUtil.toTraditional(one).equals(one)) {
          simplified.add(key + ": " + c + " in " + value);
        }
      }
    }
    assertThat(simplified).as(resource).isEmpty();
  }
}
