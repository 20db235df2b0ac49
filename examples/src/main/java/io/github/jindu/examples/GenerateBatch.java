package io.github.jindu.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.Attestation;
import io.github.jindu.Criterion;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.Attested;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceJson;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a batch of made-up towns' evidence as JSON Lines, one compact {@code evidence/1} document a line, for the
 * {@code assess-batch} command at scale. The figures are random (seeded, so a batch is the same on every run):
 * each bar is missed 1 time in 40, the case count is missing 1 time in 50 and a veto found 1 time in 100, so that
 * the outcomes vary (with the default seed, of 2,000 towns some 450 are qualified). Every line is valid evidence
 * for the default criteria set.
 *
 * <pre>
 * java -cp examples/target/jindu-cli.jar io.github.jindu.examples.GenerateBatch 1000000 &gt; batch.jsonl
 * java -Xmx256m -jar examples/target/jindu-cli.jar assess-batch batch.jsonl &gt; results.jsonl
 * </pre>
 *
 * <p>The towns are fiction: ids {@code 310199-B0000001}, names {@code 批量镇1}, three made-up peers each.
 */
public final class GenerateBatch {
  private static final AssessmentPeriod YEAR = AssessmentPeriod.ofYear(Year.of(2025));
  private static final ImmutableList<String> ATTESTED =
      MunicipalModelCommunity.criteriaSet().criteria().stream()
          .filter(c -> c.threshold() instanceof Attested)
          .map(Criterion::id)
          .collect(ImmutableList.toImmutableList());
  private static final Setting[] SETTINGS = Setting.values();

  private GenerateBatch() {}

  /**
   * Writes {@code N} lines to standard output.
   *
   * @param args {@code N} (how many units, at least 0) and optionally {@code SEED} (a whole number, 2025 if absent)
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: GenerateBatch N [SEED]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2025;
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8), 1 << 16)) {
      write(n, seed, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code n} lines of evidence.
   *
   * @param n how many units
   * @param seed the seed of the figures: the same seed gives the same lines
   * @param out where the lines go; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(long n, long seed, Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    for (long i = 1; i <= n; i++) {
      out.write(EvidenceJson.writeLine(town(i, random)));
    }
    out.flush();
  }

  /** {@return the evidence of the {@code i}-th made-up town} */
  static Evidence town(long i, SplittableRandom random) {
    String id = String.format("310199-B%07d", i);
    Evidence.Builder e =
        Evidence.builder().unit(Unit.of(id, "批量镇" + i, UnitKind.TOWN, "310199")).period(YEAR);
    long population = between(random, 20_000, 150_000);
    share(random, e, Metrics.POPULATION_ACTUAL, Metrics.POPULATION_REACHED, population, 90);
    share(random, e, Metrics.YOUTH_TOTAL, Metrics.YOUTH_REACHED, population / 10, 90);
    long students = population / 13;
    e.putCounts(Metrics.STUDENTS_TOTAL, students);
    e.putCounts(Metrics.STUDENTS_REACHED, fails(random) ? students - 1 : students);
    rising(
        random,
        e,
        Metrics.FOREIGNERS_TOTAL,
        Metrics.FOREIGNERS_REACHED,
        between(random, 500, 2_000));
    rising(random, e, Metrics.MIGRANTS_TOTAL, Metrics.MIGRANTS_REACHED, population / 3);
    for (MetricKey count : List.of(Metrics.VOLUNTEERS, Metrics.EMPLOYMENT_PLACEMENTS)) {
      long now = between(random, 30, 900);
      e.putCounts(count, now);
      e.putPrevious(
          count, fails(random) ? now + between(random, 0, 10) : now - between(random, 1, 30));
    }
    share(
        random,
        e,
        Metrics.SEPARATED_USERS_TOTAL,
        Metrics.SEPARATED_USERS_FOUND,
        between(random, 20, 60),
        90);
    long due = between(random, 80, 200); // at most the registered users (200 to 400, below)
    share(random, e, Metrics.URINE_TEST_PERSONS_DUE, Metrics.URINE_TEST_PERSONS_TESTED, due, 90);
    share(random, e, Metrics.URINE_TEST_TESTS_DUE, Metrics.URINE_TEST_TESTS_DONE, due * 8, 90);
    long newUsersAllowed = population / 20_000;
    e.putCounts(
        Metrics.USERS_NEW,
        fails(random) ? newUsersAllowed + 1 : between(random, 0, newUsersAllowed));
    long abstinent1y =
        share(
            random,
            e,
            Metrics.USERS_REGISTERED,
            Metrics.USERS_ABSTINENT_1Y,
            between(random, 200, 400),
            30);
    e.putCounts(Metrics.USERS_ABSTINENT_3Y, part(random, abstinent1y, 50));
    if (random.nextInt(50) != 0) {
      // Else the count is missing (1 time in 50): the case rate is not assessed.
      e.putCounts(Metrics.CASES_DRUG_RELATED, between(random, 0, 8));
    }
    e.putCounts(Metrics.HOTSPOTS, fails(random) ? 1 : 0);
    e.putCounts(Metrics.PRODUCTION_SITES, 0L);
    e.putCounts(Metrics.DRUG_INDUCED_SERIOUS_CASES, fails(random) ? 1 : 0);

    List<Unit> subunits =
        List.of(
            Unit.of(id + "-01", "第一居委会", UnitKind.RESIDENTS_COMMITTEE),
            Unit.of(id + "-02", "第二居委会", UnitKind.RESIDENTS_COMMITTEE),
            Unit.of(id + "-03", "一村", UnitKind.VILLAGE),
            Unit.of(id + "-04", "中学", UnitKind.SCHOOL));
    e.subunits(ImmutableList.copyOf(subunits));
    e.events(ImmutableList.copyOf(events(random, subunits)));
    for (String criterion : ATTESTED) {
      e.putAttestations(
          criterion,
          Attestation.of(random.nextInt(200) != 0, "台帐 第" + (1 + random.nextInt(30)) + "卷"));
    }
    List<Peer> peers = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      peers.add(Peer.of("310199-P" + p, between(random, 20_000, 150_000), between(random, 0, 15)));
    }
    e.peers(ImmutableList.copyOf(peers));
    return e.build();
  }

  private static List<Event> events(SplittableRandom random, List<Unit> subunits) {
    List<Event> events = new ArrayList<>();
    events.add(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2025, 1, 1 + random.nextInt(28))));
    int skipped = fails(random) ? 1 + random.nextInt(12) : 0;
    for (int month = 1; month <= 12; month++) {
      if (month != skipped) {
        events.add(
            Event.activity(
                LocalDate.of(2025, month, 1 + random.nextInt(28)),
                SETTINGS[(month - 1) % SETTINGS.length],
                SETTINGS[(month + 2) % SETTINGS.length]));
      }
    }
    events.add(
        Event.of(EventType.PREVENTION_CAMPAIGN, LocalDate.of(2025, 6, 1 + random.nextInt(28))));
    events.add(
        Event.of(EventType.PREVENTION_CAMPAIGN, LocalDate.of(2025, 11, 1 + random.nextInt(28))));
    for (int quarter = 0; quarter < 4; quarter++) {
      events.add(
          Event.of(
              EventType.INSPECTION, LocalDate.of(2025, 3 * quarter + 2, 1 + random.nextInt(28))));
      if (random.nextInt(160) != 0) {
        events.add(
            Event.of(
                EventType.SITUATION_ANALYSIS,
                LocalDate.of(2025, 3 * quarter + 3, 1 + random.nextInt(28))));
      }
    }
    events.add(Event.of(EventType.TRAINING, LocalDate.of(2025, 5, 1 + random.nextInt(28))));
    for (Unit subunit : subunits) {
      int year = random.nextInt(160) == 0 ? 2023 : 2024;
      events.add(Event.letter(LocalDate.of(year, 3, 1 + random.nextInt(28)), subunit.id()));
    }
    return events;
  }

  private static long between(SplittableRandom random, long lowest, long highest) {
    return lowest + random.nextLong(highest - lowest + 1);
  }

  /** {@return whether a bar is to be missed: 1 time in 40} */
  private static boolean fails(SplittableRandom random) {
    return random.nextInt(40) == 0;
  }

  /**
   * Returns a part of a whole: at least {@code barPercent} per cent of it (rounded up, so the share reaches the bar),
   * or, 1 time in 40, up to 5 points below it.
   */
  private static long part(SplittableRandom random, long whole, int barPercent) {
    if (fails(random)) {
      return whole * between(random, barPercent * 10L - 50, barPercent * 10L - 1) / 1000;
    }
    long perMille = between(random, barPercent * 10L, 1000);
    return (whole * perMille + 999) / 1000;
  }

  /** Puts a whole and a part of it as {@link #part} draws it; {@return the part} */
  private static long share(
      SplittableRandom random,
      Evidence.Builder e,
      MetricKey whole,
      MetricKey part,
      long total,
      int barPercent) {
    long value = part(random, total, barPercent);
    e.putCounts(whole, total);
    e.putCounts(part, value);
    return value;
  }

  /** Puts a share this period and the previous: risen, or (1 time in 40) not. */
  private static void rising(
      SplittableRandom random, Evidence.Builder e, MetricKey whole, MetricKey part, long total) {
    long reached = total * between(random, 20, 60) / 100;
    long totalBefore = total - between(random, 0, total / 10);
    // reachedBefore/totalBefore < reached/total exactly when reachedBefore * total < reached *
    // totalBefore.
    long reachedBefore =
        fails(random)
            ? Math.min(totalBefore, reached * totalBefore / total + 1)
            : (reached * totalBefore - 1) / total;
    e.putCounts(whole, total);
    e.putCounts(part, reached);
    e.putPrevious(whole, totalBefore);
    e.putPrevious(part, reachedBefore);
  }
}
