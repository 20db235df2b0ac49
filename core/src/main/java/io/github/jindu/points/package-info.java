/**
 * Points schemes (计分办法: 100分制, 扣分, 加分, 等级), which a district may add to a criteria set of its own, and the
 * scores they give. The default set has none. Whatever a scheme says, the invariants of docs/spec/criteria.md
 * "Points schemes" hold: empty evidence never qualifies, bonus points alone never qualify, the pass mark is
 * attainable and no band straddles it.
 */
@NullMarked
package io.github.jindu.points;

import org.jspecify.annotations.NullMarked;
