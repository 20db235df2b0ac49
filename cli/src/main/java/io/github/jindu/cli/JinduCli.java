package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.CriteriaJson;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.ResultJson;
import io.github.jindu.report.HtmlReport;
import io.github.jindu.report.ReportLanguage;
import io.github.jindu.report.TextReport;
import io.github.jindu.report.VisibleText;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Jindu command line, the main class of {@code jindu-cli.jar}:
 *
 * <pre>
 * java -jar jindu-cli.jar assess FILE [--format text|json|html] [--lang zh|en] [--assessed-on DATE] [--assessor TEXT]
 * java -jar jindu-cli.jar assess-batch FILE.jsonl [--progress SECONDS] [--assessed-on DATE] [--assessor TEXT]
 * java -jar jindu-cli.jar select DIRECTORY|FILE.jsonl [--format text|json|html] [--lang zh|en] [--assessed-on DATE]
 *     [--assessor TEXT]
 * java -jar jindu-cli.jar --help | --version
 * </pre>
 *
 * <p>{@code assess} reads a unit's evidence ({@code evidence/1} JSON, UTF-8) and assesses it against the default
 * criteria set {@link MunicipalModelCommunity#criteriaSet()}. With {@code --format text} (the default) it prints a
 * {@link TextReport} in the language of {@code --lang} (Chinese by default); with {@code --format json} it prints
 * the {@code result/1} document ({@link ResultJson#write}), whatever {@code --lang} says. {@code --assessed-on}
 * (yyyy-MM-dd) and {@code --assessor} are recorded in the result and printed in the report's audit block; without
 * them the block says 未填写 (not given): the date is never read from the clock.
 *
 * <p>Exit status: {@value #OK} when an assessment was produced, whatever its outcome (a town that is not
 * qualified is a result, not an error); {@value #INVALID} for invalid evidence (each violation on its own line of
 * standard error, {@code path: message}) or a usage error (an unknown option, a missing or unreadable file), with
 * the reason on standard error; {@value #ERROR} for anything else. On an error nothing is written to standard
 * output.
 *
 * <p>Standard output and standard error are written in UTF-8, never the platform's default charset, and no clock,
 * locale or time zone is read: the output is byte-identical under any {@code LANG} or {@code TZ}.
 */
@Command(
    name = "jindu",
    mixinStandardHelpOptions = true,
    versionProvider = JinduCli.Version.class,
    description =
        "Assesses a town's or street's drug-control model community (禁毒工作示范社区) evidence, exactly.",
    subcommands = {
      JinduCli.Assess.class,
      AssessBatch.class,
      Select.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:an assessment was produced, whatever its outcome",
      "1:an unexpected error",
      "2:invalid evidence or a usage error (unknown option, missing or unreadable file)"
    })
public final class JinduCli {
  /** The exit status when an assessment was produced, whatever its outcome: {@value}. */
  public static final int OK = 0;

  /** The exit status of an unexpected error: {@value}. */
  public static final int ERROR = 1;

  /** The exit status for invalid evidence or a usage error: {@value}. */
  public static final int INVALID = 2;

  /**
   * The language of the help and of the usage errors of the command itself ({@code jindu --lang en --help}); read
   * before parsing, as every subcommand's {@code --lang} is.
   */
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "zh",
      descriptionKey = "option.lang",
      converter = CliText.LanguageConverter.class,
      description = LANG_OPTION)
  ReportLanguage language = ReportLanguage.ZH_HANS;

  /**
   * Whether standard error is a terminal, so that {@code assess-batch} draws a progress bar on it: set by
   * {@link #main} for the process's own standard error; false for {@link #run}, whose streams are the caller's.
   */
  static volatile boolean stderrTerminal;

  private JinduCli() {}

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the arguments, such as {@code assess town.json --format json}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), false, UTF_8);
    stderrTerminal = BatchProgress.stderrIsTerminal();
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line in-process, as {@link #main} does but without exiting, so tests and embedding programs
   * can call it.
   *
   * @param args the arguments, such as {@code assess town.json --lang en}
   * @param out where the report, the result, the help or the version go; bytes written are UTF-8 whatever the
   *     stream's own charset, and nothing is written here when the status is not {@link #OK} (but by
   *     {@code assess-batch}, which writes the results of the valid lines of a file that has invalid ones)
   * @param err where errors go, in UTF-8: the violations of invalid evidence, one {@code path: message} a line,
   *     or the reason of a usage or unexpected error
   * @return the exit status: {@link #OK}, {@link #INVALID} or {@link #ERROR} (also when {@code out} reports an
   *     error, such as a closed pipe, after the output was written)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(new ErrorReportingStream(out), UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, UTF_8));
    CliText text = CliText.of(CliText.languageOf(args));
    CommandLine commandLine =
        new CommandLine(new JinduCli())
            .setOut(outWriter)
            .setErr(errWriter)
            .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExpandAtFiles(false)
            .setResourceBundle(text.bundle())
            .setParameterExceptionHandler(new UsageErrors(text))
            .setExecutionStrategy(JinduCli::execute)
            .setExecutionExceptionHandler(
                (e, command, parseResult) -> {
                  command
                      .getErr()
                      .print(
                          text.get(
                                  outOfMemory(e) ? "error.out-of-memory" : "error.unexpected",
                                  String.valueOf(e))
                              + "\n");
                  return ERROR;
                });
    int status;
    try {
      status = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Whatever ran out of memory is unreachable now: say so in one line, never with a stack
      // trace.
      outWriter.flush();
      errWriter.print(text.get("error.out-of-memory") + "\n");
      errWriter.flush();
      return ERROR;
    }
    outWriter.flush();
    if (status == OK && (outWriter.checkError() || out.checkError())) {
      errWriter.print(text.get("error.stdout") + "\n");
      status = ERROR;
    }
    errWriter.flush();
    return status;
  }

  /**
   * Runs the last command parsed, as picocli does by default, after giving it the {@code --lang} written before its
   * name ({@code jindu --lang en assess town.json}) unless it was given its own after it.
   */
  private static int execute(CommandLine.ParseResult parsed) {
    CommandLine.Model.OptionSpec top = parsed.matchedOption("--lang");
    CommandLine.ParseResult last = parsed;
    while (last.subcommand() != null) {
      last = last.subcommand();
      CommandLine.Model.OptionSpec own = last.commandSpec().findOption("--lang");
      if (top != null && own != null && !last.hasMatchedOption("--lang")) {
        own.setValue(top.getValue());
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** {@return whether a throwable is, or was caused by, running out of memory} */
  private static boolean outOfMemory(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The output formats of {@code assess}. */
  enum Format {
    /** A {@link TextReport} for people. */
    TEXT,
    /** The {@code result/1} JSON document ({@code district/1} for {@code select}). */
    JSON,
    /** An {@link HtmlReport}: one self-contained HTML document to open in a browser, attach or print. */
    HTML
  }

  /** The {@code assess} subcommand: one evidence file in, one result out. */
  @Command(
      name = "assess",
      mixinStandardHelpOptions = true,
      versionProvider = JinduCli.Version.class,
      description =
          "Assesses a unit's evidence (evidence/1 JSON) against the criteria set "
              + MunicipalModelCommunity.ID
              + " and prints the result.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:an assessment was produced, whatever its outcome",
        "1:an unexpected error",
        "2:invalid evidence (one 'path: message' a line on stderr) or a usage error"
      })
  static final class Assess implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        descriptionKey = "assess.FILE",
        description = "the evidence: an evidence/1 JSON file in UTF-8")
    String file = "";

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        descriptionKey = "option.format",
        description =
            "text (default): a report for people; json: the result/1 document; html: the report as"
                + " one HTML document")
    Format format = Format.TEXT;

    @Option(
        names = "--criteria",
        paramLabel = "CRITERIA",
        descriptionKey = "option.criteria",
        description = CRITERIA_OPTION)
    @Nullable String criteria;

    @Option(
        names = "--lang",
        paramLabel = "LANG",
        defaultValue = "zh",
        descriptionKey = "option.lang",
        converter = CliText.LanguageConverter.class,
        description = LANG_OPTION)
    ReportLanguage language = ReportLanguage.ZH_HANS;

    @Mixin AttributionOptions attribution = new AttributionOptions();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String name = printable(file);
      CliText text = CliText.of(language);
      Optional<byte[]> read = CliFiles.read(file, err, text);
      if (read.isEmpty()) {
        return INVALID;
      }
      byte[] json = read.get();
      Optional<CriteriaSet> chosen = criteriaSet(criteria, err, text);
      if (chosen.isEmpty()) {
        return INVALID;
      }
      CriteriaSet set = chosen.get();
      AssessmentResult result;
      try {
        result =
            set.assess(
                EvidenceJson.read(new ByteArrayInputStream(json), set), attribution.attribution());
      } catch (InvalidEvidenceException e) {
        text.violations(err, "header.evidence", name, e.violations(), Optional.of(set));
        return INVALID;
      }
      out.print(
          switch (format) {
            case JSON -> ResultJson.write(result);
            case HTML -> HtmlReport.render(result, set, language);
            case TEXT -> TextReport.render(result, set, language);
          });
      out.flush();
      return OK;
    }
  }

  /**
   * Returns the criteria set a command assesses against: the bundled one when {@code --criteria} was not given
   * ({@code criteria} is null), else the {@code criteria/1} file it names; or empty, after saying why on {@code err},
   * when the name is empty or blank (a usage error: {@code --criteria ""} never means the bundled set), or that
   * file cannot be read or is not a valid definition.
   */
  static Optional<CriteriaSet> criteriaSet(
      @Nullable String criteria, PrintWriter err, CliText text) {
    if (criteria == null) {
      return Optional.of(MunicipalModelCommunity.criteriaSet());
    }
    if (criteria.isBlank()) {
      err.print(text.get("error.criteria-blank", printable(criteria)) + "\n");
      return Optional.empty();
    }
    Optional<byte[]> definition = CliFiles.read(criteria, err, text);
    if (definition.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CriteriaJson.read(new ByteArrayInputStream(definition.get())));
    } catch (InvalidCriteriaException e) {
      text.violations(
          err, "header.criteria", printable(criteria), e.violations(), Optional.empty());
      return Optional.empty();
    }
  }

  /** The description of the {@code --criteria} option, shared by the subcommands. */
  static final String CRITERIA_OPTION =
      "a criteria/1 file to assess against instead of the bundled municipal-model-community set";

  /** The description of the {@code --lang} option, shared by the subcommands (the bundles' option.lang wins). */
  static final String LANG_OPTION =
      "the language of the report and of every message: zh (default), zh-Hant or en";

  /**
   * {@return a value from the command line or the input (a file name, an option's value, an id) fit for one line
   * of a message: escaped by {@link VisibleText#escape}, as the reports escape what they print}
   */
  static String printable(String text) {
    return VisibleText.escape(text);
  }

  /**
   * Reads the version from {@code version.properties}, filtered by Maven at build time, and names the default
   * criteria set with its version and fingerprint, so that a result can be traced to the build that made it.
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = JinduCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      CriteriaSet set = MunicipalModelCommunity.criteriaSet();
      return new String[] {
        "jindu " + properties.getProperty("version", "(unknown version)"),
        set.id() + " " + set.version() + " " + set.fingerprint()
      };
    }
  }
}
