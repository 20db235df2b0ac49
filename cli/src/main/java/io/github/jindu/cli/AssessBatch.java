package io.github.jindu.cli;

import com.google.common.io.CountingInputStream;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceLine;
import io.github.jindu.json.EvidenceLines;
import io.github.jindu.json.ResultJson;
import io.github.jindu.report.ReportLanguage;
import io.github.jindu.report.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code assess-batch} subcommand: a JSON Lines file of {@code evidence/1} documents in, one compact
 * {@code result/1} line per valid line out, read and written one line at a time so that a million units run in
 * bounded memory ({@code -Xmx256m} is plenty).
 *
 * <p>Standard output holds one {@code result/1} document a line ({@link ResultJson#writeLine}), in the order of the
 * input, for the valid lines only. Standard error holds, for each invalid line, one {@code line N: path: message}
 * line per violation; at the end one summary line {@code jindu: A units assessed, I lines invalid (of N lines)};
 * with {@code --progress S}, every S seconds a line {@code jindu: N lines read}. Standard output is the same
 * whatever the timing. {@code --assessed-on} and {@code --assessor} are recorded in every line's result.
 *
 * <p>Exit status: {@value JinduCli#OK} when every line was assessed; {@value JinduCli#INVALID} when the input
 * has no line at all (an empty file or pipe, most often a step before that failed), when a line was
 * invalid (the other lines were still assessed and their results written: unlike {@code assess}, standard output is
 * then not empty) or on a usage error (no such file, a directory: nothing written); {@value JinduCli#ERROR} for
 * anything else, such as standard output that cannot be written (the run stops).
 */
@Command(
    name = "assess-batch",
    mixinStandardHelpOptions = true,
    versionProvider = JinduCli.Version.class,
    description =
        "Assesses every unit of a JSON Lines file (one evidence/1 document a line) against the criteria set "
            + MunicipalModelCommunity.ID
            + " and prints one compact result/1 line per valid line.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every line was assessed",
      "1:an unexpected error, or standard output cannot be written",
      "2:a line was invalid (reported on stderr; the other lines were still assessed) or a usage error"
    })
final class AssessBatch implements Callable<Integer> {
  /** How many lines between two checks of standard output and of the progress clock. */
  private static final int CHECK_EVERY = 1024;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      descriptionKey = "assess-batch.FILE",
      description = "evidence/1 documents, one a line (JSON Lines, UTF-8); - for standard input")
  String file = "";

  @Option(
      names = "--criteria",
      paramLabel = "CRITERIA",
      descriptionKey = "option.criteria",
      description = JinduCli.CRITERIA_OPTION)
  @Nullable String criteria;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "zh",
      descriptionKey = "option.lang",
      converter = CliText.LanguageConverter.class,
      description = JinduCli.LANG_OPTION)
  ReportLanguage language = ReportLanguage.ZH_HANS;

  /** The words of this run, chosen in {@link #call()}. */
  private CliText text = CliText.of(ReportLanguage.ZH_HANS);

  /** The criteria set of this run, chosen in {@link #call()}. */
  private CriteriaSet set = MunicipalModelCommunity.criteriaSet();

  @Option(
      names = "--progress",
      paramLabel = "SECONDS",
      defaultValue = "-1",
      descriptionKey = "option.progress",
      description =
          "every SECONDS seconds, a line on standard error with the lines read (0: never; default: a progress"
              + " bar when standard error is a terminal, else a line every 10 seconds)")
  int progressSeconds;

  @Option(
      names = "--quiet",
      descriptionKey = "option.quiet",
      description = "no progress on standard error (the violations and the summary line stay)")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      descriptionKey = "option.threads",
      description =
          "how many threads read and assess lines at once (default: the number of processors); the output is"
              + " the same whatever N")
  int threads = Runtime.getRuntime().availableProcessors();

  /** A valid line's result: its {@code result/1} line and its overall outcome (for the summary). */
  private record Assessed(String line, OverallOutcome overall) {}

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "jindu-assess-batch");
    thread.setDaemon(true);
    return thread;
  }

  /** Seconds between two plain progress lines when {@code --progress} is not given. */
  static final int DEFAULT_PROGRESS_SECONDS = 10;

  @Mixin AttributionOptions attribution = new AttributionOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    text = CliText.of(language);
    Optional<CriteriaSet> chosen = JinduCli.criteriaSet(criteria, err, text);
    if (chosen.isEmpty()) {
      return JinduCli.INVALID;
    }
    set = chosen.get();
    if (threads < 1) {
      err.print(text.get("error.threads", String.valueOf(threads)) + "\n");
      return JinduCli.INVALID;
    }
    if (file.equals("-")) {
      return assess(System.in, OptionalLong.empty(), text.get("name.stdin"), out, err);
    }
    Optional<Path> path = CliFiles.path(file, err, text);
    if (path.isEmpty()) {
      return JinduCli.INVALID;
    }
    String name = JinduCli.printable(file);
    if (Files.isDirectory(path.get())) {
      err.print(text.get("error.directory", name) + "\n");
      return JinduCli.INVALID;
    }
    // Files.newInputStream reads a named pipe (FIFO) too; nothing here asks it for available() or
    // its size, which throw "Illegal seek" on a pipe under JDK 17.
    try (InputStream in = Files.newInputStream(path.get())) {
      OptionalLong size =
          Files.isRegularFile(path.get())
              ? OptionalLong.of(Files.size(path.get()))
              : OptionalLong.empty();
      return assess(in, size, name, out, err);
    } catch (IOException e) {
      out.flush();
      err.print(text.get("error.cannot-read", name, CliFiles.reason(e, text)) + "\n");
      return JinduCli.INVALID;
    }
  }

  /**
   * Assesses every line of a stream. A stream that cannot be read (standard input redirected from a directory, a
   * device that fails) is a usage error, exit 2, reported as for a file, after the results already written are
   * flushed; so is running out of memory, exit 1 (the lines read are held in this method's frame only, so that
   * they are free to collect when the error is reported).
   */
  private int assess(
      InputStream in, OptionalLong size, String name, PrintWriter out, PrintWriter err) {
    try (BatchProgress progress = progress(err, size)) {
      return assessLines(in, progress, out, err);
    } catch (UncheckedIOException e) {
      out.flush();
      err.print(text.get("error.cannot-read", name, CliFiles.reason(e.getCause(), text)) + "\n");
      return JinduCli.INVALID;
    } catch (OutOfMemoryError e) {
      out.flush();
      err.print(text.get("error.out-of-memory") + "\n");
      err.flush();
      return JinduCli.ERROR;
    }
  }

  /** The progress display this run asked for ({@link BatchProgress}). */
  private BatchProgress progress(PrintWriter err, OptionalLong size) {
    if (quiet || progressSeconds == 0) {
      return BatchProgress.none();
    }
    if (progressSeconds < 0 && JinduCli.stderrTerminal) {
      return BatchProgress.bar(err, text, size);
    }
    return BatchProgress.lines(
        err, text, progressSeconds < 0 ? DEFAULT_PROGRESS_SECONDS : progressSeconds, size);
  }

  private int assessLines(
      InputStream input, BatchProgress progress, PrintWriter out, PrintWriter err) {
    CountingInputStream in = new CountingInputStream(input);
    // No BufferedInputStream: EvidenceLines reads in chunks of its own, and BufferedInputStream
    // asks a file's stream for available(), which a named pipe's cannot answer on JDK 17
    // (IOException: Illegal seek).
    Attribution attributed = attribution.attribution();
    long read = 0;
    long assessed = 0;
    long invalid = 0;
    long[] byOutcome = new long[OverallOutcome.values().length];
    ExecutorService pool = Executors.newFixedThreadPool(threads, AssessBatch::daemon);
    try {
      // Lines are parsed, assessed and written on the pool, and come back in input order: the
      // output is the same bytes whatever the number of threads.
      Iterator<EvidenceLines.Worked<Assessed>> lines =
          EvidenceLines.inParallel(
              in,
              set,
              evidence -> {
                AssessmentResult result = set.assess(evidence, attributed);
                return new Assessed(ResultJson.writeLine(result), result.overall());
              },
              pool,
              2 * threads);
      while (lines.hasNext()) {
        EvidenceLines.Worked<Assessed> worked = lines.next();
        EvidenceLine line = worked.line();
        read++;
        if (worked.result().isPresent()) {
          Assessed result = worked.result().get();
          out.print(result.line());
          byOutcome[result.overall().ordinal()]++;
          assessed++;
        } else {
          invalid++;
          progress.beforeLine();
          for (Violation violation : line.violations()) {
            err.print(
                text.get(
                        "batch.line",
                        String.valueOf(line.lineNumber()),
                        Violations.render(violation, text.language(), Optional.of(set)))
                    + "\n");
          }
        }
        if (read % CHECK_EVERY == 0) {
          if (out.checkError()) {
            err.print(text.get("error.stdout-stopped", String.valueOf(line.lineNumber())) + "\n");
            return JinduCli.ERROR;
          }
          progress.update(read, in.getCount());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    progress.update(read, in.getCount());
    progress.close();
    err.print(
        text.get(
                "batch.summary",
                String.valueOf(assessed),
                String.valueOf(invalid),
                String.valueOf(read),
                assessed,
                invalid,
                read,
                String.valueOf(byOutcome[OverallOutcome.QUALIFIED.ordinal()]),
                String.valueOf(byOutcome[OverallOutcome.NOT_QUALIFIED.ordinal()]),
                String.valueOf(byOutcome[OverallOutcome.INCOMPLETE.ordinal()]),
                String.valueOf(byOutcome[OverallOutcome.VETOED.ordinal()]))
            + "\n");
    if (out.checkError()) {
      err.print(text.get("error.stdout") + "\n");
      return JinduCli.ERROR;
    }
    if (read == 0) {
      // Nothing to assess is not a batch assessed: an empty file or pipe is most often a step
      // before that failed.
      err.print(text.get("batch.empty") + "\n");
      return JinduCli.INVALID;
    }
    return invalid == 0 ? JinduCli.OK : JinduCli.INVALID;
  }
}
