package io.github.jindu.cli;

import io.github.jindu.Violation;

import io.github.jindu.json.EvidenceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the subcommands share: file names, reading a file, read errors, violations. */
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

  /**
   * Reads at most one byte past {@link EvidenceJson#MAX_DOCUMENT_BYTES} of a file (enough for the codec to refuse
   * an oversized one), or says on {@code err} why it cannot, in words that do not depend on the locale.
   *
   * @return the bytes read, or empty after printing the reason on {@code err}
   */
  static Optional<byte[]> read(String file, PrintWriter err) {
    Optional<Path> path = path(file, err);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    String name = JinduCli.printable(file);
    try {
      if (Files.isDirectory(path.get())) {
        err.print("jindu: cannot read " + name + ": it is a directory\n");
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(path.get())) {
        return Optional.of(in.readNBytes(EvidenceJson.MAX_DOCUMENT_BYTES + 1));
      }
    } catch (NoSuchFileException e) {
      err.print("jindu: no such file: " + name + "\n");
    } catch (IOException e) {
      err.print("jindu: cannot read " + name + ": " + reason(e) + "\n");
    }
    return Optional.empty();
  }

  /**
   * Prints a header saying what is invalid where, such as {@code invalid evidence in town.json}, then every
   * violation on a line of its own, {@code path: message}.
   */
  static void violations(PrintWriter err, String what, List<Violation> violations) {
    int n = violations.size();
    err.print("jindu: " + what + " (" + n + (n == 1 ? " violation" : " violations") + "):\n");
    for (Violation violation : violations) {
      err.print(violation + "\n");
    }
  }
}
