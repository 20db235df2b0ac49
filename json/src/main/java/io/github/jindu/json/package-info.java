/**
 * The JSON interchange formats of Jindu (docs/evidence-format.md): {@code evidence/1}, the evidence of one unit for
 * one period, read by {@link io.github.jindu.json.EvidenceJson}; and {@code result/1}, the result of an
 * assessment, by {@link io.github.jindu.json.ResultJson}. Both are mapped explicitly, field by field, so that the
 * wire contract and the Java types can each change without surprising the other; unknown fields are errors.
 *
 * <p>For batches, {@link io.github.jindu.json.EvidenceLines} reads JSON Lines of {@code evidence/1} one line at a
 * time and {@code writeLine} writes either format on one line; {@link io.github.jindu.json.DistrictJson} writes
 * {@code district/1}, a district's selection.
 *
 * <p>Nothing is null unless marked.
 */
@NullMarked
package io.github.jindu.json;

import org.jspecify.annotations.NullMarked;
