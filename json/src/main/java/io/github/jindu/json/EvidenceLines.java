package io.github.jindu.json;

import static java.util.Objects.requireNonNull;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines file of {@code evidence/1} documents (one compact document a line, UTF-8, lines ended by
 * {@code \n}, the last one optionally), one line at a time, so that a file of a million units is read in bounded
 * memory: one line is held at a time, at most {@link EvidenceJson#MAX_DOCUMENT_BYTES} bytes of it.
 *
 * <p>Each line is read as {@link EvidenceJson#read(InputStream, CriteriaSet)} reads a file, strictly; an invalid
 * line does not stop the reading, it is returned as an {@link EvidenceLine} with its violations. A blank line is
 * invalid ({@code the document is empty}), as JSON Lines has no blank lines; a {@code \r} before the {@code \n} is
 * ignored as JSON whitespace. A line longer than the limit is invalid and skipped without being held. A unit has one
 * document a period: a valid line of a unit and period that an earlier valid line already gave is invalid
 * ({@link RuleCode#UNIT_TWO_DOCUMENTS}, at {@code $.unit.id}, with both line numbers), and only the first is
 * returned as valid; to tell, the reader keeps each unit's id and period, about 100 bytes a unit.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   EvidenceLines lines = EvidenceLines.read(in, set);
 *   while (lines.hasNext()) {
 *     EvidenceLine line = lines.next();
 *     line.evidence().ifPresent(e -> out.print(ResultJson.writeLine(set.assess(e))));
 *   }
 * }
 * }</pre>
 *
 * <p>Reading and writing ({@link EvidenceJson#writeLine}) are inverse: the lines of equal evidence read back equal.
 *
 * @implSpec Not thread-safe: one reader reads one stream, from one thread. The stream is not closed.
 */
public final class EvidenceLines implements Iterator<EvidenceLine> {
  private static final int CHUNK = 64 * 1024;
  private static final int LIMIT = EvidenceJson.MAX_DOCUMENT_BYTES;

  private final InputStream in;
  private final @Nullable CriteriaSet set;
  private final byte[] chunk = new byte[CHUNK];
  private int position;
  private int limit;
  private byte[] line = new byte[CHUNK];
  private long lineNumber;
  private boolean end;
  private @Nullable EvidenceLine next;

  /** The line that gave each unit and period, keyed by unit id and the period's first and last days. */
  private final Map<String, Long> firstLine = new HashMap<>();

  private EvidenceLines(InputStream in, @Nullable CriteriaSet set) {
    this.in = in;
    this.set = set;
  }

  /**
   * Returns a reader of the lines of a stream, each checked as {@link EvidenceJson#read(InputStream)} checks a
   * document (types and the rules of {@link io.github.jindu.Evidence}).
   *
   * @param in the JSON Lines, in UTF-8; read lazily, as lines are asked for, and not closed
   * @return the reader
   */
  public static EvidenceLines read(InputStream in) {
    return new EvidenceLines(in, null);
  }

  /**
   * Returns a reader of the lines of a stream, each also checked against a criteria set, as
   * {@link EvidenceJson#read(InputStream, CriteriaSet)} does: the evidence of a valid line can be assessed on
   * {@code set} without error.
   *
   * @param in the JSON Lines, in UTF-8; read lazily and not closed
   * @param set the criteria set the evidence will be assessed on
   * @return the reader
   */
  public static EvidenceLines read(InputStream in, CriteriaSet set) {
    return new EvidenceLines(in, set);
  }

  /**
   * Returns whether another line follows, reading it if need be.
   *
   * @return true unless the stream has ended (a final {@code \n} does not begin another line)
   * @throws UncheckedIOException if the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next == null && !end) {
      next = readLine();
    }
    return next != null;
  }

  /**
   * Returns the next line.
   *
   * @return the line, with its number, and its evidence or violations
   * @throws NoSuchElementException if the stream has ended
   * @throws UncheckedIOException if the stream cannot be read
   */
  @Override
  public EvidenceLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no line after line " + lineNumber);
    }
    EvidenceLine line = requireNonNull(next);
    next = null;
    return line;
  }

  private @Nullable EvidenceLine readLine() {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        end = true;
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int newline = indexOfNewline();
      int stop = newline < 0 ? limit : newline;
      int n = stop - position;
      if (!tooLong) {
        if (length + (long) n > LIMIT) {
          tooLong = true;
        } else {
          if (length + n > line.length) {
            line =
                Arrays.copyOf(line, (int) Math.min(LIMIT, Math.max(2L * line.length, length + n)));
          }
          System.arraycopy(chunk, position, line, length, n);
          length += n;
        }
      }
      position = stop;
      if (newline >= 0) {
        position++;
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      return EvidenceLine.invalid(
          lineNumber,
          InvalidEvidenceException.of(RuleCode.LINE_TOO_LONG, Location.root(), LIMIT).violations());
    }
    try {
      ByteArrayInputStream document = new ByteArrayInputStream(line, 0, length);
      Evidence evidence =
          set == null ? EvidenceJson.read(document) : EvidenceJson.read(document, set);
      String key =
          evidence.unit().id() + ' ' + evidence.period().start() + ' ' + evidence.period().end();
      Long first = firstLine.putIfAbsent(key, lineNumber);
      if (first != null) {
        return EvidenceLine.invalid(
            lineNumber,
            java.util.List.of(
                Violation.of(
                    RuleCode.UNIT_TWO_DOCUMENTS,
                    Location.root().member("unit").member("id"),
                    evidence.unit().id(),
                    first,
                    lineNumber)));
      }
      return EvidenceLine.valid(lineNumber, evidence);
    } catch (InvalidEvidenceException e) {
      return EvidenceLine.invalid(lineNumber, e.violations());
    }
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() {
    try {
      int n = in.read(chunk);
      position = 0;
      limit = Math.max(n, 0);
      return n > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read line " + (lineNumber + 1), e);
    }
  }
}
