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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
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
    Raw raw = readRaw(false);
    return raw == null ? null : firstOfItsUnit(parse(raw, set));
  }

  /**
   * A line as read, before it is parsed: its number and its bytes ({@code null} when it is longer than the limit).
   */
  private record Raw(long number, byte @Nullable [] bytes, int length) {}

  /**
   * Reads the next line's bytes, or returns {@code null} at the end of the stream.
   *
   * @param copy whether the bytes are copied out of this reader's buffer (to be parsed on another thread)
   */
  private @Nullable Raw readRaw(boolean copy) {
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
      return new Raw(lineNumber, null, 0);
    }
    if (!copy) {
      return new Raw(lineNumber, line, length);
    }
    if (length <= CHUNK) {
      return new Raw(lineNumber, Arrays.copyOf(line, length), length);
    }
    // A long line: hand its buffer over rather than copy it, so that it is never held twice.
    byte[] bytes = line;
    line = new byte[CHUNK];
    return new Raw(lineNumber, bytes, length);
  }

  /** Parses a line alone (touching no state of a reader, so that lines can be parsed on several threads). */
  private static EvidenceLine parse(Raw raw, @Nullable CriteriaSet set) {
    byte[] bytes = raw.bytes();
    if (bytes == null) {
      return EvidenceLine.invalid(
          raw.number(),
          InvalidEvidenceException.of(RuleCode.LINE_TOO_LONG, Location.root(), LIMIT).violations());
    }
    try {
      ByteArrayInputStream document = new ByteArrayInputStream(bytes, 0, raw.length());
      Evidence evidence =
          set == null ? EvidenceJson.read(document) : EvidenceJson.read(document, set);
      return EvidenceLine.valid(raw.number(), evidence);
    } catch (InvalidEvidenceException e) {
      return EvidenceLine.invalid(raw.number(), e.violations());
    }
  }

  /**
   * Returns a valid line as it is when it is the first of its unit and period, else as invalid ({@link
   * RuleCode#UNIT_TWO_DOCUMENTS}); lines must come here in input order.
   */
  private EvidenceLine firstOfItsUnit(EvidenceLine parsed) {
    if (parsed.evidence().isEmpty()) {
      return parsed;
    }
    Evidence evidence = parsed.evidence().get();
    String key =
        evidence.unit().id() + ' ' + evidence.period().start() + ' ' + evidence.period().end();
    Long first = firstLine.putIfAbsent(key, parsed.lineNumber());
    if (first != null) {
      return EvidenceLine.invalid(
          parsed.lineNumber(),
          java.util.List.of(
              Violation.of(
                  RuleCode.UNIT_TWO_DOCUMENTS,
                  Location.root().member("unit").member("id"),
                  evidence.unit().id(),
                  first,
                  parsed.lineNumber())));
    }
    return parsed;
  }

  /**
   * A line read, checked and, when valid, worked on ({@link #inParallel}).
   *
   * @param line the line, as {@link #next()} returns it
   * @param result what the work gave for its evidence; empty exactly when the line is invalid
   * @param <R> what the work gives
   */
  public record Worked<R>(EvidenceLine line, Optional<R> result) {}

  /**
   * Reads the lines of a stream as {@link #read(InputStream, CriteriaSet)} does and applies {@code work} to the
   * evidence of each valid line, parsing and working on several lines at once on {@code executor}, and returns them
   * in input order, each exactly as the sequential reader returns it: the same lines, numbers, violations and
   * results, whatever the number of threads. The work of a line that turns out to repeat an earlier unit and period
   * is done but dropped. Memory stays bounded: at most {@code batches} batches of lines (each at most 256 lines or 1
   * MiB, or one longer line) are read ahead.
   *
   * <p>Example: {@code EvidenceLines.inParallel(in, set, e -> ResultJson.writeLine(set.assess(e)), pool, 4)}.
   *
   * @param in the JSON Lines, in UTF-8; read on the calling thread, as lines are asked for, and not closed
   * @param set the criteria set the evidence is checked against
   * @param work what to do with each valid line's evidence; pure, since it runs on the executor's threads
   * @param executor where lines are parsed and worked on
   * @param batches how many batches may be read ahead, at least 1 (twice the number of threads keeps them busy)
   * @param <R> what the work gives
   * @return the lines with their results, in input order; {@code next()} throws {@link UncheckedIOException} if the
   *     stream cannot be read, and rethrows what the work threw (an {@link Error} such as {@link OutOfMemoryError}
   *     as it is)
   * @throws IllegalArgumentException if {@code batches} is below 1
   */
  public static <R> Iterator<Worked<R>> inParallel(
      InputStream in,
      CriteriaSet set,
      Function<? super Evidence, ? extends R> work,
      Executor executor,
      int batches) {
    if (batches < 1) {
      throw new IllegalArgumentException("batches must be at least 1, not " + batches);
    }
    return new Parallel<>(new EvidenceLines(in, set), set, work, executor, batches);
  }

  /** A batch's lines worked on, and what stopped the work before its end, if anything. */
  private record Batch<R>(List<Worked<R>> worked, @Nullable Throwable failure) {}

  /** The iterator of {@link #inParallel}. */
  private static final class Parallel<R> implements Iterator<Worked<R>> {
    private static final int BATCH_LINES = 256;
    private static final int BATCH_BYTES = 1 << 20;

    private final EvidenceLines reader;
    private final CriteriaSet set;
    private final Function<? super Evidence, ? extends R> work;
    private final Executor executor;
    private final int batches;
    private final ArrayDeque<CompletableFuture<Batch<R>>> ahead = new ArrayDeque<>();
    private final ArrayDeque<Worked<R>> ready = new ArrayDeque<>();

    /** What stopped the reading or the work, thrown once the lines before it are returned. */
    private @Nullable Throwable failure;

    /** A line's place in a batch once it is parsed, so that its bytes can be collected. */
    private static final Raw EMPTY = new Raw(0, new byte[0], 0);

    Parallel(
        EvidenceLines reader,
        CriteriaSet set,
        Function<? super Evidence, ? extends R> work,
        Executor executor,
        int batches) {
      this.reader = reader;
      this.set = set;
      this.work = work;
      this.executor = executor;
      this.batches = batches;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        while (failure == null && ahead.size() < batches && !reader.end) {
          List<Raw> batch = new ArrayList<>();
          long bytes = 0;
          try {
            while (batch.size() < BATCH_LINES && bytes < BATCH_BYTES) {
              Raw raw = reader.readRaw(true);
              if (raw == null) {
                break;
              }
              batch.add(raw);
              bytes += raw.length();
            }
          } catch (RuntimeException | Error e) {
            // The lines before it are still worked on and returned; then this is thrown.
            failure = e;
          }
          if (!batch.isEmpty()) {
            ahead.add(CompletableFuture.supplyAsync(() -> workOn(batch), executor));
          }
          if (batch.isEmpty() || failure != null) {
            break;
          }
        }
        CompletableFuture<Batch<R>> next = ahead.poll();
        if (next == null) {
          if (failure != null) {
            throw rethrown(failure);
          }
          return false;
        }
        Batch<R> batch = next.join();
        for (Worked<R> w : batch.worked()) {
          EvidenceLine line = reader.firstOfItsUnit(w.line());
          ready.add(line.isValid() ? w : new Worked<>(line, Optional.empty()));
        }
        Throwable failed = batch.failure();
        if (failed != null) {
          // Nothing after the line that failed is returned: drop what was read ahead.
          failure = failed;
          ahead.clear();
          if (ready.isEmpty()) {
            throw rethrown(failed);
          }
        }
      }
      return true;
    }

    private static RuntimeException rethrown(Throwable failure) {
      if (failure instanceof Error error) {
        throw error;
      }
      return (RuntimeException) failure;
    }

    /**
     * Parses and works on a batch's lines, in order, until one fails (running out of memory, say): the lines done
     * before it, and what it threw.
     */
    private Batch<R> workOn(List<Raw> batch) {
      List<Worked<R>> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        try {
          EvidenceLine line = parse(batch.get(i), set);
          out.add(new Worked<>(line, line.evidence().map(work)));
        } catch (RuntimeException | Error e) {
          return new Batch<>(out, e);
        }
        batch.set(i, EMPTY);
      }
      return new Batch<>(out, null);
    }

    @Override
    public Worked<R> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no line after line " + reader.lineNumber);
      }
      return requireNonNull(ready.poll());
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
