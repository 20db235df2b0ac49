/**
 * The default criteria set, {@code municipal-model-community} (市禁毒工作示范社区), encoded from the source
 * policy as our specification (docs/spec/criteria.md) restores it, and the metric keys its criteria read.
 *
 * <p>Nothing is null unless marked.
 */
@NullMarked
package io.github.jindu.catalogue;

import org.jspecify.annotations.NullMarked;
