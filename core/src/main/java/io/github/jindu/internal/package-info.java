/**
 * Implementation details of Jindu core. Never exported from the module: nothing here is public API.
 */
@NullMarked
package io.github.jindu.internal;

import org.jspecify.annotations.NullMarked;
