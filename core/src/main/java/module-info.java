/**
 * Jindu core: the vocabulary of a drug-control model community assessment (禁毒工作示范社区), the default
 * criteria set, the pure assessment function, the JSON codec and the text report.
 */
module io.github.jindu.core {
  requires transitive com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.jindu;
  exports io.github.jindu.catalogue;
  exports io.github.jindu.district;
  exports io.github.jindu.json;
  exports io.github.jindu.report;
}
