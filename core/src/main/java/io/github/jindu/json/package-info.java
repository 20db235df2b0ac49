/**
 * The JSON interchange formats of Jindu (evidence-format.md): {@code evidence/1}, the evidence of one unit for
 * one period, read by {@link io.github.jindu.json.EvidenceJson}; and {@code result/1}, the result of an
 * assessment, by {@link io.github.jindu.json.ResultJson}. Both are mapped explicitly, field by field, so that the
 * wire contract and the Java types can each change without surprising the other; unknown fields are errors.
 *
 * <p>Nothing is null unless marked.
 */
@NullMarked
package io.github.jindu.json;

import org.jspecify.annotations.NullMarked;
