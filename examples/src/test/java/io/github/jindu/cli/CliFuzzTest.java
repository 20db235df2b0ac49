package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the command line in-process: {@value #FILES} mutants of the sample town, each written to a
 * file and assessed with {@code jindu assess FILE} and random options. The exit status is never 1 (an unexpected
 * error): it is 0 with a result on standard output and nothing on standard error, or 2 with nothing on standard
 * output and the reason on standard error. The mutants are the same on every run (fixed seeds); a failure names
 * the seed, the mutations and the options, and prints the file.
 */
class CliFuzzTest {
  private static final int FILES = 2_000;
  private static final long SEED = 0x4A494E4455L; // "JINDU"
  private static final Path SAMPLE =
      Path.of(System.getProperty("jindu.data.dir", "data"), "sample-town-2025.json");
  private static final Pattern NUMBER = Pattern.compile("(?<=: )-?[0-9]+(?=,?\n)");
  private static final Pattern STRING = Pattern.compile("(?<=: )\"[^\"\n]*\"");

  private static final String[] NUMBERS = {
    String.valueOf(Long.MAX_VALUE),
    String.valueOf(Long.MIN_VALUE),
    "-1",
    "0",
    "1",
    "1e400",
    "1.5",
    "9223372036854775808",
    "1e2147483648",
    "1e-2147483648",
    "1" + "0".repeat(120),
    "\"12\"",
    "true",
    "null",
    "[]",
    "{}",
    "NaN"
  };

  private static final String[] STRINGS = {
    "\"\"",
    "\" \"",
    "\"\\u00a0\"",
    "\"2025-02-30\"",
    "\"2026-01-01\"",
    "\"2024-12-31\"",
    "\"+002025-01-01\"",
    "\"village\"",
    "\"street\"",
    "\"party\"",
    "\"church\"",
    "\"310199-001\"",
    "\"veto.leadership-failure\"",
    "\"evidence/2\"",
    "\"a\\nb\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "0",
    "false",
    "null",
    "[]",
    "{}"
  };

  private static final String[] GARBAGE = {
    "{", "}", "[", "]", ",", "\"", ":", "\\", "//", "\u0000", "镇", "\u2028"
  };

  @TempDir Path tmp;

  /** One run of the command line. */
  private static final class Run {
    final int status;
    final byte[] out;
    final String err;

    Run(int status, byte[] out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JinduCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toByteArray(), err.toString(UTF_8));
  }

  /** Replaces the {@code n}th match of {@code pattern} (counted modulo the matches) with {@code replacement}. */
  private static String replaceMatch(String text, Pattern pattern, int n, String replacement) {
    List<int[]> matches = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      matches.add(new int[] {m.start(), m.end()});
    }
    if (matches.isEmpty()) {
      return text;
    }
    int[] at = matches.get(n % matches.size());
    return text.substring(0, at[0]) + replacement + text.substring(at[1]);
  }

  /** Makes one mutant of the sample, text first, then, often, bytes. */
  static byte[] mutate(String sample, SplittableRandom random, List<String> how) {
    String text = sample;
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int line = random.nextInt(lines.size());
      switch (random.nextInt(7)) {
        case 0:
          {
            String number = NUMBERS[random.nextInt(NUMBERS.length)];
            text = replaceMatch(text, NUMBER, random.nextInt(1000), number);
            how.add("a number becomes " + number);
            break;
          }
        case 1:
          {
            String string = STRINGS[random.nextInt(STRINGS.length)];
            text = replaceMatch(text, STRING, random.nextInt(1000), string);
            how.add("a string becomes " + string);
            break;
          }
        case 2:
          how.add("delete line " + (line + 1));
          lines.remove(line);
          text = String.join("\n", lines);
          break;
        case 3:
          how.add("duplicate line " + (line + 1));
          lines.add(line, lines.get(line).endsWith(",") ? lines.get(line) : lines.get(line) + ",");
          text = String.join("\n", lines);
          break;
        case 4:
          {
            int other = random.nextInt(lines.size());
            how.add("swap lines " + (line + 1) + " and " + (other + 1));
            String t = lines.get(line);
            lines.set(line, lines.get(other));
            lines.set(other, t);
            text = String.join("\n", lines);
            break;
          }
        case 5:
          {
            // A count a little off: often still valid, sometimes a part above its whole.
            Matcher m = NUMBER.matcher(text);
            List<int[]> numbers = new ArrayList<>();
            while (m.find()) {
              numbers.add(new int[] {m.start(), m.end()});
            }
            if (numbers.isEmpty()) {
              how.add("no count left to change");
              break;
            }
            int[] at = numbers.get(random.nextInt(numbers.size()));
            long value = Long.parseLong(text.substring(at[0], at[1])) + random.nextInt(21) - 10;
            how.add("a count becomes " + value);
            text = text.substring(0, at[0]) + value + text.substring(at[1]);
            break;
          }
        default:
          {
            String garbage = GARBAGE[random.nextInt(GARBAGE.length)];
            int at = random.nextInt(text.length() + 1);
            how.add("insert " + garbage + " at " + at);
            text = text.substring(0, at) + garbage + text.substring(at);
          }
      }
    }
    byte[] bytes = text.getBytes(UTF_8);
    if (random.nextInt(3) == 0 && bytes.length > 0) {
      int at = random.nextInt(bytes.length);
      if (random.nextBoolean()) {
        bytes[at] ^= (byte) (1 << random.nextInt(8));
        how.add("flip a bit of byte " + at);
      } else {
        bytes = Arrays.copyOf(bytes, at);
        how.add("truncate to " + at + " bytes");
      }
    }
    return bytes;
  }

  /** Writes mutant {@code i} to a file, runs the command line on it and checks the exit status and streams. */
  private void check(String sample, int i, AtomicInteger assessed, AtomicInteger refused) {
    try {
      SplittableRandom random = new SplittableRandom(SEED + i);
      List<String> how = new ArrayList<>();
      Path file = tmp.resolve("mutant-" + i + ".json");
      Files.write(file, mutate(sample, random, how));
      String[] args =
          random.nextBoolean()
              ? new String[] {"assess", file.toString(), "--format", "json"}
              : new String[] {
                "assess", file.toString(), "--lang", random.nextBoolean() ? "zh" : "en"
              };

      Run run = run(args);

      String context =
          String.format(
              "mutant %d (seed %d: %s), %s%nstandard error:%n%s",
              i, SEED + i, how, String.join(" ", args), run.err);
      if (run.status == JinduCli.OK) {
        assertThat(run.out).as(context).isNotEmpty();
        assertThat(run.err).as(context).isEmpty();
        assessed.incrementAndGet();
      } else if (run.status == JinduCli.INVALID) {
        assertThat(run.out).as("standard output of " + context).isEmpty();
        boolean english = args[args.length - 1].equals("en");
        assertThat(run.err)
            .as(context)
            .startsWith(
                english
                    ? "jindu: invalid evidence in " + file + " ("
                    : "jindu：" + file + " 中的材料无效（");
        if (!english) {
          // A clerk reading Chinese never meets a bare JSON path.
          assertThat(run.err).as(context).doesNotContain("$.", "$[", "\n$:");
        }
        refused.incrementAndGet();
      } else {
        fail(
            "exit status %d for %s; the file:%n%s",
            run.status, context, new String(Files.readAllBytes(file), UTF_8));
      }
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void mutatedFiles_exitZeroOrTwo_neverOne_andNothingOnStandardOutputOnTwo() throws IOException {
    String sample = Files.readString(SAMPLE, UTF_8);
    AtomicInteger assessed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();

    // On both cores: each run has its own command line, streams and file.
    IntStream.range(0, FILES).parallel().forEach(i -> check(sample, i, assessed, refused));

    assertThat(assessed.get() + refused.get()).isEqualTo(FILES);
    assertThat(assessed.get()).as("mutants assessed").isGreaterThan(50);
    assertThat(refused.get()).as("mutants refused").isGreaterThan(1_000);
  }

  @Test
  void theMutator_isDeterministicForASeed() throws IOException {
    String sample = Files.readString(SAMPLE, UTF_8);
    for (long seed = 0; seed < 20; seed++) {
      assertThat(mutate(sample, new SplittableRandom(seed), new ArrayList<>()))
          .isEqualTo(mutate(sample, new SplittableRandom(seed), new ArrayList<>()));
    }
  }
}
