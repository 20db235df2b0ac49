package io.github.jindu.examples.cli;

import io.github.jindu.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the subcommands {@code assess-batch} and {@code select} share: file names, read errors, violations. */
final class CliFiles {
  private CliFiles() {}

  /**
   * Returns the path of a file name given on the command line, or prints why there is none.
   *
   * @return the path, or empty after printing the reason on {@code err}
   */
  static Optional<Path> path(String file, PrintWriter err) {
    if (file.isEmpty()) {
      err.print("jindu: no file name given\n");
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(file));
    } catch (InvalidPathException e) {
      err.print("jindu: cannot use the file name " + JinduCli.printable(file) + ": it is not valid in this system's"
          + " file-name encoding (with LANG=C, Java reads only ASCII file names; rename the file or use a UTF-8"
          + " locale)\n");
      return Optional.empty();
    }
  }

  /** {@return why a file could not be read, in words that do not depend on the system's locale} */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "input/output error (" + e.getClass().getSimpleName() + ")";
  }

  /** Prints a header naming where the violations are, then each violation on its own line. */
  static void violations(PrintWriter err, String where, List<Violation> violations) {
    int n = violations.size();
    err.print("jindu: invalid evidence in " + where + " (" + n + (n == 1 ? " violation" : " violations") + "):\n");
    for (Violation violation : violations) {
      err.print(violation + "\n");
    }
  }
}
