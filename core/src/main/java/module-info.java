/**
 * Jindu core: the vocabulary of a drug-control model community assessment (禁毒工作示范社区), the bars
 * ({@code io.github.jindu.bar}), points schemes ({@code io.github.jindu.points}), tiers and selection
 * ({@code io.github.jindu.district}), the default criteria set ({@code io.github.jindu.catalogue}) and the pure
 * assessment function. It depends on the JDK and Guava only: no JSON, no display text.
 */
module io.github.jindu.core {
  requires transitive com.google.common;
  requires static org.jspecify;
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.jindu;
  exports io.github.jindu.bar;
  exports io.github.jindu.points;
  exports io.github.jindu.catalogue;
  exports io.github.jindu.district;
  exports io.github.jindu.internal to
      io.github.jindu.json,
      io.github.jindu.report;
}
