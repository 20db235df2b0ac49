/**
 * Jindu JSON: the formats {@code evidence/1}, {@code result/1}, {@code criteria/1} and {@code district/1}, read
 * strictly and written deterministically, with every wire name and the JSON paths of violations.
 */
module io.github.jindu.json {
  requires transitive io.github.jindu.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.jindu.json;
}
