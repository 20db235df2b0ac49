/**
 * Programs that embed Jindu as a library (docs/embedding.md): assessing the sample town from Java, generating a
 * batch, and a criteria set of one's own for a sub-unit's title. Not released.
 */
@NullMarked
package io.github.jindu.examples;

import org.jspecify.annotations.NullMarked;
