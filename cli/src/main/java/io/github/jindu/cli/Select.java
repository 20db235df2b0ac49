package io.github.jindu.cli;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Peer;
import io.github.jindu.Violation;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Selection;
import io.github.jindu.district.SelectionOrder;
import io.github.jindu.json.DistrictJson;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.EvidenceLine;
import io.github.jindu.json.EvidenceLines;
import io.github.jindu.report.DistrictReport;
import io.github.jindu.report.HtmlReport;
import io.github.jindu.report.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code select} subcommand (alias {@code assess-district}): a district's evidence in, the district report out
 * ({@link DistrictReport}, or {@code district/1} with {@code --format json}).
 *
 * <p>The evidence is a directory, every regular file in it and its subdirectories whose name ends in {@code .json}
 * in any case being one {@code evidence/1} document (read in the order of their paths; links to files and folders
 * followed; each real file once; every entry not read listed on standard error with why) except the district's
 * figures ({@value #PEERS_FILE}, {@code --peers}), or a JSON Lines file, one document a line (a file whose name ends
 * in {@code .json}, in any case, is one document). The documents are the candidate towns and streets and any of their sub-units:
 * {@link Selection#ofDocuments} builds the trees, rolls each town's counts up from its sub-units and selects among
 * the towns, each candidate's peers being every other unit of the district (全区): the other candidates and the
 * district's units that are not candidates, whose figures are read once from a {@code district-peers/1} file
 * ({@link DistrictJson#readOthers}): {@code --peers FILE} if given, else the directory's {@value #PEERS_FILE} if it
 * has one; a JSON Lines file takes them from {@code --peers} only. Without such a file every unit of the district
 * is taken to be a candidate, and the report says so. {@code --assessed-on} and {@code --assessor} are
 * recorded in the selection and printed in the report's audit block.
 *
 * <p>{@code --detail} prints, after the ranking, each candidate's full report (what {@code assess} prints for it,
 * {@link DistrictReport#renderWithDetail}); {@code district/1} always holds every candidate's full result.
 *
 * <p>Exit status as {@code assess}: {@value JinduCli#OK} when the selection was made, whatever its outcomes;
 * {@value JinduCli#INVALID} for invalid evidence (every file's or line's violations; then two documents of one unit,
 * naming both files or lines; then the district's: a cycle, a roll-up mismatch, a candidate's peers…) or a usage
 * error (a
 * {@code --criteria} set whose lowest-among-peers bars compare different counts included), with nothing on
 * standard output; {@value JinduCli#ERROR} for anything else.
 */
@Command(
    name = "select",
    aliases = "assess-district",
    mixinStandardHelpOptions = true,
    versionProvider = JinduCli.Version.class,
    description =
        "Selects among a district's towns and streets (评选): assesses every candidate against the criteria"
            + " set "
            + MunicipalModelCommunity.ID
            + ", every other unit of the district being its peers, rolls counts up"
            + " from sub-units, and prints the district report.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:a selection was made, whatever its outcomes",
      "1:an unexpected error",
      "2:invalid evidence (one 'path: message' a line on stderr) or a usage error"
    })
final class Select implements Callable<Integer> {
  /** The name of the district's figures for its non-candidate units in a district directory: {@value}. */
  static final String PEERS_FILE = "district-peers.json";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      descriptionKey = "select.PATH",
      description =
          "a directory of evidence/1 files (*.json, in"
              + " subdirectories too) or a JSON Lines file of evidence/1 documents")
  String path = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      descriptionKey = "select.option.format",
      description =
          "text (default): the district report for people; json: the district/1 document; html:"
              + " the district report with every candidate's, as one HTML document")
  JinduCli.Format format = JinduCli.Format.TEXT;

  @Option(
      names = "--peers",
      paramLabel = "FILE",
      descriptionKey = "select.option.peers",
      description =
          "the district's figures for its towns and streets that are not candidates (district-peers/1);"
              + " default: "
              + PEERS_FILE
              + " in the directory, if there is one")
  @Nullable String peers;

  @Option(
      names = "--detail",
      descriptionKey = "select.option.detail",
      description = "after the ranking, print each candidate's full report (as assess prints it)")
  boolean detail;

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

  @Mixin AttributionOptions attribution = new AttributionOptions();

  /** The words of this run, chosen in {@link #call()}. */
  private CliText text = CliText.of(ReportLanguage.ZH_HANS);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    text = CliText.of(language);
    Optional<CriteriaSet> chosen = JinduCli.criteriaSet(criteria, err, text);
    if (chosen.isEmpty()) {
      return JinduCli.INVALID;
    }
    CriteriaSet set = chosen.get();
    List<Criterion> peerCriteria = peerCriteriaOnDifferentCounts(set);
    if (!peerCriteria.isEmpty()) {
      String separator = text.get("select.peer-criterion.separator");
      String listed =
          peerCriteria.stream()
              .map(
                  c -> {
                    LowestAmongPeers bar = (LowestAmongPeers) c.threshold();
                    return text.get(
                        "select.peer-criterion",
                        JinduCli.printable(c.id()),
                        JinduCli.printable(bar.cases().name()),
                        JinduCli.printable(bar.population().name()));
                  })
              .collect(Collectors.joining(separator));
      err.print(
          text.get(
                  "select.peers-on-different-counts",
                  JinduCli.printable(set.id()),
                  criteria == null ? MunicipalModelCommunity.ID : JinduCli.printable(criteria),
                  listed)
              + "\n");
      return JinduCli.INVALID;
    }
    Optional<Path> given = CliFiles.path(path, err, text);
    if (given.isEmpty()) {
      return JinduCli.INVALID;
    }
    Path root = given.get();
    String name = JinduCli.printable(path);
    Optional<Path> peersFile;
    if (peers != null && peers.isBlank()) {
      err.print(text.get("error.peers-blank", JinduCli.printable(peers)) + "\n");
      return JinduCli.INVALID;
    } else if (peers != null) {
      peersFile = CliFiles.path(peers, err, text);
      if (peersFile.isEmpty()) {
        return JinduCli.INVALID;
      }
    } else {
      Path inDirectory = root.resolve(PEERS_FILE);
      peersFile =
          Files.isDirectory(root) && Files.isRegularFile(inDirectory)
              ? Optional.of(inDirectory)
              : Optional.empty();
    }
    List<Evidence> documents = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    boolean valid;
    try {
      if (Files.isDirectory(root)) {
        Optional<Boolean> read = readDirectory(root, name, peersFile, documents, sources, err, set);
        if (read.isEmpty()) {
          return JinduCli.INVALID;
        }
        valid = read.get();
      } else if (root.getFileName() != null && isJsonName(root.getFileName().toString())) {
        valid = readFile(root, name, documents, sources, err, set);
      } else {
        valid = readLines(root, name, documents, sources, err, set);
      }
    } catch (IOException | UncheckedIOException e) {
      IOException cause =
          e instanceof UncheckedIOException
              ? ((UncheckedIOException) e).getCause()
              : (IOException) e;
      err.print(text.get("error.cannot-read", name, CliFiles.reason(cause, text)) + "\n");
      return JinduCli.INVALID;
    }
    if (!valid) {
      return JinduCli.INVALID;
    }
    if (documents.isEmpty()) {
      err.print(text.get("select.no-evidence", name) + "\n");
      return JinduCli.INVALID;
    }
    Map<String, String> first = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      String other = first.putIfAbsent(documents.get(i).unit().id(), sources.get(i));
      if (other != null) {
        valid = false;
        err.print(
            text.get(
                    "select.two-documents",
                    JinduCli.printable(documents.get(i).unit().id()),
                    other,
                    sources.get(i))
                + "\n");
      }
    }
    if (!valid) {
      return JinduCli.INVALID;
    }
    String peersName = peersFile.map(p -> JinduCli.printable(p.toString())).orElse("");
    List<Peer> others = List.of();
    if (peersFile.isPresent()) {
      try (InputStream in = Files.newInputStream(peersFile.get())) {
        others = DistrictJson.readOthers(in);
      } catch (IOException | UncheckedIOException e) {
        IOException cause =
            e instanceof UncheckedIOException
                ? ((UncheckedIOException) e).getCause()
                : (IOException) e;
        err.print(text.get("error.cannot-read", peersName, CliFiles.reason(cause, text)) + "\n");
        return JinduCli.INVALID;
      } catch (InvalidEvidenceException e) {
        text.violations(err, "header.evidence", peersName, e.violations(), Optional.of(set));
        return JinduCli.INVALID;
      }
    }
    Selection selection;
    try {
      selection =
          Selection.ofDocuments(
              documents, others, set, SelectionOrder.of(set), attribution.attribution());
    } catch (InvalidEvidenceException e) {
      // Name the district's figures by their file, as a candidate is named by its unit id.
      List<Violation> named =
          e.violations().stream()
              .map(
                  v ->
                      v.location().document().equals(Optional.of(Selection.OTHERS_DOCUMENT))
                          ? v.at(v.location().inDocument(peersName))
                          : v)
              .collect(Collectors.toList());
      text.violations(err, "header.district", name, named, Optional.of(set));
      return JinduCli.INVALID;
    }
    out.print(
        switch (format) {
          case JSON -> DistrictJson.write(selection, set);
          case HTML -> HtmlReport.render(selection, set, language);
          case TEXT ->
              detail
                  ? DistrictReport.renderWithDetail(selection, set, language)
                  : DistrictReport.render(selection, set, language);
        });
    out.flush();
    return JinduCli.OK;
  }

  /**
   * {@return the set's criteria with a lowest-among-peers bar, in catalogue order, when their bars compare peers on
   * more than one pair of counts; else none}
   *
   * <p>A selection has one list of peers, the district's, for one pair of counts: {@link Selection} refuses such a set
   * (an {@link IllegalArgumentException}, a programming error in a library caller). On the command line the set is
   * the user's input, so it is refused here, before any evidence is read, as a usage error naming the criteria.
   */
  static List<Criterion> peerCriteriaOnDifferentCounts(CriteriaSet set) {
    List<Criterion> criteria =
        set.criteria().stream()
            .filter(c -> c.threshold() instanceof LowestAmongPeers)
            .collect(Collectors.toList());
    long bars = criteria.stream().map(Criterion::threshold).distinct().count();
    return bars > 1 ? criteria : List.of();
  }

  /** {@return whether a file name ends in {@code .json} in any case of its ASCII letters ({@code .JSON}, {@code .Json})} */
  static boolean isJsonName(String fileName) {
    int n = fileName.length();
    if (n < 5) {
      return false;
    }
    String end = fileName.substring(n - 5);
    StringBuilder lower = new StringBuilder(5);
    end.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
    return lower.toString().equals(".json");
  }

  /** An entry of a district directory that was not read as evidence, with why (in the words of the run). */
  private record Skipped(Path path, String reason) {}

  /**
   * Reads every regular file whose name ends in {@code .json} (in any case) under a directory, following links to
   * files and folders, in the order of their paths, each real file once; prints, first, every entry that was not
   * read as evidence with why.
   *
   * <p>Not read: a name not ending in {@code .json}; what is not a regular file (a link to nothing, a device…); a
   * path whose real file was already met under another path (named: read once); the directory's own
   * {@value #PEERS_FILE} and the {@code --peers} file, which are the district's figures, not evidence (the directory's
   * own file, when it is the figures read, is left unsaid, as it always was); what cannot be read. A file or folder
   * that cannot be read, or a folder that links back to one it is in (a loop), ends the run: a selection does not
   * leave evidence out.
   *
   * @return whether every file read was valid, or empty when the directory could not be read whole (after saying
   *     why on {@code err})
   */
  private Optional<Boolean> readDirectory(
      Path directory,
      String name,
      Optional<Path> peersFile,
      List<Evidence> documents,
      List<String> sources,
      PrintWriter err,
      CriteriaSet set)
      throws IOException {
    List<Path> candidates = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    boolean[] unreadable = {false};
    Path[] loop = {null};
    Files.walkFileTree(
        directory,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<Path>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            Path fileName = file.getFileName();
            if (fileName == null || !isJsonName(fileName.toString())) {
              skipped.add(new Skipped(file, text.get("select.skipped.not-json")));
            } else if (attributes.isSymbolicLink()) {
              // Following the link failed: it leads nowhere.
              skipped.add(new Skipped(file, text.get("select.skipped.broken-link")));
            } else if (!attributes.isRegularFile()) {
              skipped.add(new Skipped(file, text.get("select.skipped.not-regular")));
            } else {
              candidates.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              loop[0] = file;
              return FileVisitResult.TERMINATE;
            }
            unreadable[0] = true;
            skipped.add(
                new Skipped(file, text.get("select.skipped.unreadable", CliFiles.reason(e, text))));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path folder, @Nullable IOException e) {
            if (e != null) {
              unreadable[0] = true;
              skipped.add(
                  new Skipped(
                      folder, text.get("select.skipped.unreadable", CliFiles.reason(e, text))));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    if (loop[0] != null) {
      err.print(text.get("select.link-loop", name, JinduCli.printable(loop[0].toString())) + "\n");
      return Optional.empty();
    }
    Path ownPeers = directory.resolve(PEERS_FILE);
    Optional<Path> peersReal = peersFile.flatMap(Select::realPath);
    String peersName = peersFile.map(p -> JinduCli.printable(p.toString())).orElse("");
    Map<Path, Path> firstByReal = new HashMap<>();
    List<Path> files = new ArrayList<>();
    candidates.sort(null);
    for (Path file : candidates) {
      Optional<Path> real;
      try {
        real = Optional.of(file.toRealPath());
      } catch (IOException e) {
        unreadable[0] = true;
        skipped.add(
            new Skipped(file, text.get("select.skipped.unreadable", CliFiles.reason(e, text))));
        continue;
      }
      if (peersReal.isPresent() && real.get().equals(peersReal.get())) {
        if (!file.equals(ownPeers)) {
          skipped.add(new Skipped(file, text.get("select.skipped.peers-file", peersName)));
        }
        continue;
      }
      if (file.equals(ownPeers)) {
        skipped.add(new Skipped(file, text.get("select.skipped.peers-overridden", peersName)));
        continue;
      }
      Path first = firstByReal.putIfAbsent(real.get(), file);
      if (first != null) {
        skipped.add(
            new Skipped(
                file, text.get("select.skipped.duplicate", JinduCli.printable(first.toString()))));
        continue;
      }
      if (!Files.isReadable(file)) {
        unreadable[0] = true;
        skipped.add(
            new Skipped(
                file, text.get("select.skipped.unreadable", text.get("reason.permission-denied"))));
        continue;
      }
      files.add(file);
    }
    skipped.sort(Comparator.comparing(Skipped::path));
    for (Skipped entry : skipped) {
      err.print(
          text.get("select.skipped", JinduCli.printable(entry.path().toString()), entry.reason())
              + "\n");
    }
    if (unreadable[0]) {
      err.print(text.get("select.unreadable", name) + "\n");
      return Optional.empty();
    }
    boolean valid = true;
    for (Path file : files) {
      try {
        valid &= readFile(file, JinduCli.printable(file.toString()), documents, sources, err, set);
      } catch (IOException | UncheckedIOException e) {
        // Listed as readable, it failed while being read (a device, a file on a failing disk): the
        // same end.
        IOException cause =
            e instanceof UncheckedIOException
                ? ((UncheckedIOException) e).getCause()
                : (IOException) e;
        err.print(
            text.get(
                    "select.skipped",
                    JinduCli.printable(file.toString()),
                    text.get("select.skipped.unreadable", CliFiles.reason(cause, text)))
                + "\n");
        err.print(text.get("select.unreadable", name) + "\n");
        return Optional.empty();
      }
    }
    return Optional.of(valid);
  }

  /** {@return the real path of a file, or empty if it has none (it does not exist, or cannot be reached)} */
  private static Optional<Path> realPath(Path file) {
    try {
      return Optional.of(file.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads one {@code evidence/1} file; {@return false if it was invalid} */
  private boolean readFile(
      Path file,
      String name,
      List<Evidence> documents,
      List<String> sources,
      PrintWriter err,
      CriteriaSet set)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      documents.add(EvidenceJson.read(in));
      sources.add(name);
      return true;
    } catch (InvalidEvidenceException e) {
      text.violations(err, "header.evidence", name, e.violations(), Optional.of(set));
      return false;
    }
  }

  /** Reads a JSON Lines file of {@code evidence/1}; {@return false if a line was invalid} */
  private boolean readLines(
      Path file,
      String name,
      List<Evidence> documents,
      List<String> sources,
      PrintWriter err,
      CriteriaSet set)
      throws IOException {
    boolean valid = true;
    try (InputStream in = Files.newInputStream(file)) {
      EvidenceLines lines = EvidenceLines.read(in);
      while (lines.hasNext()) {
        EvidenceLine line = lines.next();
        if (line.isValid()) {
          documents.add(line.evidence().orElseThrow());
          sources.add(text.get("source.line", name, String.valueOf(line.lineNumber())));
        } else {
          valid = false;
          text.violations(
              err,
              "header.evidence",
              text.get("source.line", name, String.valueOf(line.lineNumber())),
              line.violations(),
              Optional.of(set));
        }
      }
    }
    return valid;
  }
}
