/**
 * The {@code jindu} command line (docs/cli.md): {@code assess}, {@code assess-batch} and {@code select}, built on
 * picocli; exit 0 for a result, 2 for bad input or usage, 1 only for a fault of the tool itself.
 */
@NullMarked
package io.github.jindu.cli;

import org.jspecify.annotations.NullMarked;
