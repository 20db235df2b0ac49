package io.github.jindu.cli;

import io.github.jindu.json.EvidenceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the subcommands share: file names, reading a file, read errors, violations. */
final class CliFiles {
  private CliFiles() {}

  /**
   * Returns the path of a file name given on the command line, or prints why there is none.
   *
   * @return the path, or empty after printing the reason on {@code err}
   */
  static Optional<Path> path(String file, PrintWriter err, CliText text) {
    if (file.isEmpty()) {
      err.print(text.get("error.no-file-name") + "\n");
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(file));
    } catch (InvalidPathException e) {
      err.print(text.get("error.file-name-encoding", JinduCli.printable(file)) + "\n");
      return Optional.empty();
    }
  }

  /**
   * Returns why a file could not be read, in words that do not depend on the system's locale.
   *
   * @param e the failure; null only where the JDK declares a cause that cannot be null as nullable (an
   *     {@code UncheckedIOException}'s), said then as an input or output error
   * @param text the words
   * @return the reason
   */
  static String reason(@Nullable IOException e, CliText text) {
    if (e == null) {
      return text.get("reason.input-output", "IOException");
    }
    if (e instanceof NoSuchFileException) {
      return text.get("reason.no-such-file");
    }
    if (e instanceof AccessDeniedException) {
      return text.get("reason.permission-denied");
    }
    return text.get("reason.input-output", e.getClass().getSimpleName());
  }

  /**
   * Reads at most one byte past {@link EvidenceJson#MAX_DOCUMENT_BYTES} of a file (enough for the codec to refuse
   * an oversized one), or says on {@code err} why it cannot, in words that do not depend on the locale.
   *
   * @return the bytes read, or empty after printing the reason on {@code err}
   */
  static Optional<byte[]> read(String file, PrintWriter err, CliText text) {
    Optional<Path> path = path(file, err, text);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    String name = JinduCli.printable(file);
    try {
      if (Files.isDirectory(path.get())) {
        err.print(text.get("error.directory", name) + "\n");
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(path.get())) {
        return Optional.of(in.readNBytes(EvidenceJson.MAX_DOCUMENT_BYTES + 1));
      }
    } catch (NoSuchFileException e) {
      err.print(text.get("error.no-such-file", name) + "\n");
    } catch (IOException e) {
      err.print(text.get("error.cannot-read", name, reason(e, text)) + "\n");
    }
    return Optional.empty();
  }
}
