/**
 * Jindu reports: everything a person reads, the unit report, the district report and violations, rendered from
 * results and message bundles.
 */
module io.github.jindu.report {
  requires transitive io.github.jindu.json;
  requires com.ibm.icu;
  requires gg.jte.runtime;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.jindu.report;
}
