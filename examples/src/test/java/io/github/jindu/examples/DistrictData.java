package io.github.jindu.examples;

import io.github.jindu.Evidence;
import io.github.jindu.Peer;
import io.github.jindu.json.DistrictJson;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.EvidenceLine;
import io.github.jindu.json.EvidenceLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test support: the district of {@code examples/data/district-2025}, as a directory and as JSON Lines, and its
 * figures for the units that are not candidates.
 */
public final class DistrictData {
  /** The data directory of the examples module. */
  public static final Path DATA = Path.of(System.getProperty("jindu.data.dir", "data"));

  /** The district as a directory of evidence/1 files. */
  public static final Path DIRECTORY = DATA.resolve("district-2025");

  /** The same district as one JSON Lines file. */
  public static final Path LINES = DATA.resolve("district-2025.jsonl");

  /** The district's figures for its towns and streets that are not candidates ({@code district-peers/1}). */
  public static final Path PEERS = DIRECTORY.resolve("district-peers.json");

  private DistrictData() {}

  /** {@return every document of the directory, in path order} */
  public static List<Evidence> directory() {
    try (Stream<Path> walk = Files.walk(DIRECTORY)) {
      List<Path> files =
          walk.filter(p -> p.toString().endsWith(".json") && !p.equals(PEERS))
              .sorted()
              .collect(Collectors.toList());
      List<Evidence> documents = new ArrayList<>();
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          documents.add(EvidenceJson.read(in));
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the district's figures for its non-candidate units} */
  public static List<Peer> others() {
    try (InputStream in = Files.newInputStream(PEERS)) {
      return DistrictJson.readOthers(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return every document of the JSON Lines file, in line order} */
  public static List<Evidence> lines() {
    try (InputStream in = Files.newInputStream(LINES)) {
      List<Evidence> documents = new ArrayList<>();
      EvidenceLines lines = EvidenceLines.read(in);
      while (lines.hasNext()) {
        EvidenceLine line = lines.next();
        documents.add(
            line.evidence().orElseThrow(() -> new AssertionError(line.violations().toString())));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
