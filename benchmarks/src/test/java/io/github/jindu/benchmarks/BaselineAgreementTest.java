package io.github.jindu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Peer;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.catalogue.Metrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Baseline} agrees with Jindu on every criterion's outcome and on the overall outcome: for the sample town
 * and for 1,000 seeded variants whose figures sit on, just below and just above every numeric bar, with missing
 * counts, lists and attestations, so that every criterion is seen met, not met and not assessed.
 */
class BaselineAgreementTest {
  private static final CriteriaSet SET = SampleTown.set();
  private static final Evidence SAMPLE = SampleTown.evidence();
  private static final int VARIANTS = 1_000;

  @Test
  void idsAreTheCatalogueOrder() {
    assertThat(Baseline.IDS)
        .containsExactlyElementsOf(SET.criteria().stream().map(Criterion::id).toList());
  }

  @Test
  void agreesOnTheSample() {
    agree(SAMPLE);
  }

  @Test
  void agreesOnVariantsAroundEveryBar() {
    Random random = new Random(20251203L);
    List<Set<Outcome>> seen = new ArrayList<>();
    for (int i = 0; i < Baseline.CRITERIA; i++) {
      seen.add(EnumSet.noneOf(Outcome.class));
    }
    Set<io.github.jindu.OverallOutcome> overall =
        EnumSet.noneOf(io.github.jindu.OverallOutcome.class);
    int agreed = 0;
    int rejected = 0;
    while (agreed < VARIANTS) {
      Evidence variant;
      AssessmentResult result;
      try {
        variant = variant(random, agreed % 5 == 0, agreed % 10 == 0);
        result = SET.assess(variant);
      } catch (InvalidEvidenceException e) {
        rejected++;
        assertThat(rejected).as("invalid variants").isLessThan(VARIANTS);
        continue;
      }
      agree(variant, result);
      for (int i = 0; i < Baseline.CRITERIA; i++) {
        seen.get(i).add(result.criteria().get(i).outcome());
      }
      overall.add(result.overall());
      agreed++;
    }
    System.out.printf("%d variants agreed, %d invalid ones regenerated%n", agreed, rejected);
    for (int i = 0; i < Baseline.CRITERIA; i++) {
      assertThat(seen.get(i))
          .as(Baseline.IDS.get(i))
          .contains(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_ASSESSED);
    }
    for (int i : new int[] {8, 20, 21, 22, 23, 31, 32, 33, 45, 46}) {
      assertThat(seen.get(i)).as(Baseline.IDS.get(i)).contains(Outcome.NOT_APPLICABLE);
    }
    assertThat(overall).hasSize(3);
  }

  private static void agree(Evidence evidence) {
    agree(evidence, SET.assess(evidence));
  }

  private static void agree(Evidence evidence, AssessmentResult result) {
    byte[] outcomes = new byte[Baseline.CRITERIA];
    int overall = Baseline.of(evidence).assess(outcomes);
    for (int i = 0; i < Baseline.CRITERIA; i++) {
      assertThat(Outcome.values()[outcomes[i]])
          .as("%s of %s", Baseline.IDS.get(i), evidence)
          .isEqualTo(result.criteria().get(i).outcome());
    }
    assertThat(io.github.jindu.OverallOutcome.values()[overall])
        .as("overall of %s", evidence)
        .isEqualTo(result.overall());
  }

  // ---- variants ----

  /**
   * A variant of the sample; {@code clean}: every figure on or above its bar, nothing missing; {@code gap}: then one
   * count missing (an incomplete unit).
   */
  static Evidence variant(Random random, boolean clean, boolean gap) {
    Map<MetricKey, Long> counts = new LinkedHashMap<>();
    Map<MetricKey, Long> previous = new LinkedHashMap<>();
    long population = between(random, 20_000, 150_000);
    if (random.nextInt(4) == 0) {
      population = 20_000 * between(random, 1, 7); // the new-user rate exactly on its bar
    }
    counts.put(Metrics.POPULATION_ACTUAL, population);
    share(random, clean, counts, Metrics.POPULATION_REACHED, population, population, 9, 10);
    long youth = zeroOr(random, clean, population / 10);
    counts.put(Metrics.YOUTH_TOTAL, youth);
    share(random, clean, counts, Metrics.YOUTH_REACHED, youth, youth, 9, 10);
    long students = zeroOr(random, clean, population / 13);
    counts.put(Metrics.STUDENTS_TOTAL, students);
    share(random, clean, counts, Metrics.STUDENTS_REACHED, students, students, 1, 1);
    rising(
        random,
        clean,
        counts,
        previous,
        Metrics.FOREIGNERS_TOTAL,
        Metrics.FOREIGNERS_REACHED,
        zeroOr(random, clean, between(random, 1, 2_000)));
    rising(
        random,
        clean,
        counts,
        previous,
        Metrics.MIGRANTS_TOTAL,
        Metrics.MIGRANTS_REACHED,
        zeroOr(random, clean, population / 3));
    for (MetricKey count : List.of(Metrics.VOLUNTEERS, Metrics.EMPLOYMENT_PLACEMENTS)) {
      long now = between(random, 1, 900);
      counts.put(count, now);
      previous.put(count, Math.max(0, now - (clean ? 1 : between(random, -1, 1))));
    }
    long registered = zeroOr(random, clean, between(random, 1, 400));
    counts.put(Metrics.USERS_REGISTERED, registered);
    long separated = zeroOr(random, clean, Math.min(registered, between(random, 1, 60)));
    counts.put(Metrics.SEPARATED_USERS_TOTAL, separated);
    share(random, clean, counts, Metrics.SEPARATED_USERS_FOUND, separated, separated, 9, 10);
    long due = zeroOr(random, clean, Math.min(registered, between(random, 1, 200)));
    long testsDue = due * 8 + between(random, 0, 5);
    counts.put(Metrics.URINE_TEST_PERSONS_DUE, due);
    counts.put(Metrics.URINE_TEST_TESTS_DUE, testsDue);
    long done =
        share(random, clean, counts, Metrics.URINE_TEST_TESTS_DONE, testsDue, testsDue, 9, 10);
    share(
        random, clean, counts, Metrics.URINE_TEST_PERSONS_TESTED, due, Math.min(due, done), 9, 10);
    long allowed = population / 20_000;
    counts.put(Metrics.USERS_NEW, clean ? allowed : Math.max(0, allowed + between(random, -1, 1)));
    long abstinent =
        share(random, clean, counts, Metrics.USERS_ABSTINENT_1Y, registered, registered, 3, 10);
    share(random, clean, counts, Metrics.USERS_ABSTINENT_3Y, abstinent, abstinent, 1, 2);
    long cases = between(random, 0, 8);
    counts.put(Metrics.CASES_DRUG_RELATED, cases);
    for (MetricKey zero :
        List.of(Metrics.HOTSPOTS, Metrics.PRODUCTION_SITES, Metrics.DRUG_INDUCED_SERIOUS_CASES)) {
      counts.put(zero, clean || random.nextInt(4) != 0 ? 0L : between(random, 1, 3));
    }
    if (gap) {
      counts.remove(new ArrayList<>(counts.keySet()).get(random.nextInt(counts.size())));
    }
    if (!clean) {
      counts.keySet().removeIf(k -> random.nextInt(40) == 0);
      previous.keySet().removeIf(k -> random.nextInt(20) == 0);
    }

    Evidence.Builder e =
        Evidence.builder()
            .unit(SAMPLE.unit())
            .period(SAMPLE.period())
            .putAllCounts(counts)
            .putAllPrevious(previous);
    for (Map.Entry<String, Attestation> a : SAMPLE.attestations().entrySet()) {
      int r = random.nextInt(30);
      if (clean || r >= 3) {
        e.putAttestations(a.getKey(), Attestation.of(true, a.getValue().reference()));
      } else if (r >= 1) {
        e.putAttestations(a.getKey(), Attestation.of(false, a.getValue().reference()));
      }
    }
    int lists = clean ? 99 : random.nextInt(40);
    List<Unit> subunits = SAMPLE.subunits().orElseThrow();
    if (lists == 0) {
      subunits = List.of();
    } else if (lists == 1) {
      subunits = List.of(Unit.of("310199-001-99", "一户", UnitKind.FAMILY));
    }
    boolean hasSubunits = lists != 2;
    if (hasSubunits) {
      e.subunits(subunits);
    }
    if (lists != 3) {
      e.events(events(random, clean, hasSubunits ? subunits : List.of()));
    }
    int peerList = clean ? 99 : random.nextInt(30);
    if (peerList == 0) {
      e.peers(List.of());
    } else if (peerList != 1) {
      e.peers(peers(random, clean, cases, population));
    }
    return e.build();
  }

  private static List<Event> events(Random random, boolean clean, List<Unit> subunits) {
    List<Event> events = new ArrayList<>();
    // The plan: around the window's start (2024-10-01) and its deadline (2025-03-31), or none.
    int plan = clean ? 1 + random.nextInt(3) : random.nextInt(8);
    LocalDate[] plans = {
      LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 15),
      LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 31),
      LocalDate.of(2025, 3, 30)
    };
    if (plan > 0) {
      events.add(Event.of(EventType.PREVENTION_PLAN, plans[plan - 1]));
      if (!clean && random.nextBoolean()) {
        events.add(Event.of(EventType.PREVENTION_PLAN, plans[random.nextInt(plans.length)]));
      }
    }
    Setting[] settings = Setting.values();
    boolean allSettings = clean || random.nextInt(6) != 0;
    int missingSetting = random.nextInt(settings.length);
    for (int month = 1; month <= 12; month++) {
      if (!clean && random.nextInt(60) == 0) {
        continue;
      }
      LocalDate date = LocalDate.of(2025, month, 1 + random.nextInt(28));
      if (!clean && random.nextInt(12) == 0) {
        // The month's only event is a campaign, which counts as an activity.
        events.add(Event.of(EventType.PREVENTION_CAMPAIGN, date));
        continue;
      }
      Setting s = settings[(month - 1) % settings.length];
      if (!allSettings && s == missingSetting(settings, missingSetting)) {
        s = settings[(missingSetting + 1) % settings.length];
      }
      events.add(Event.activity(date, s));
    }
    for (int half = 0; half < 2; half++) {
      if (clean || random.nextInt(15) != 0) {
        events.add(
            Event.of(
                EventType.PREVENTION_CAMPAIGN,
                LocalDate.of(2025, 6 * half + 1 + random.nextInt(6), 10)));
      }
    }
    for (int quarter = 0; quarter < 4; quarter++) {
      for (EventType type : List.of(EventType.INSPECTION, EventType.SITUATION_ANALYSIS)) {
        if (clean || random.nextInt(25) != 0) {
          events.add(
              Event.of(
                  type,
                  LocalDate.of(2025, 3 * quarter + 1 + random.nextInt(3), 1 + random.nextInt(28))));
        }
      }
    }
    events.add(Event.of(EventType.TRAINING, LocalDate.of(2025, 5, 9)));
    // Letters: in force on 2025-12-31 when signed on 2023-12-31 or later.
    for (Unit subunit : subunits) {
      if (subunit.kind() == UnitKind.FAMILY || (!clean && random.nextInt(60) == 0)) {
        continue;
      }
      LocalDate cutoff = LocalDate.of(2023, 12, 31);
      int r = random.nextInt(clean ? 2 : 40);
      LocalDate date =
          r == 0
              ? cutoff
              : r == 1
                  ? cutoff.plusDays(1 + random.nextInt(500))
                  : r == 2 ? cutoff.minusDays(1) : cutoff.plusDays(random.nextInt(600));
      events.add(Event.letter(date, subunit.id()));
      if (r == 2 && random.nextBoolean()) {
        events.add(
            Event.letter(cutoff.plusDays(3), subunit.id())); // a newer letter covers it again
      }
    }
    java.util.Collections.shuffle(events, random);
    return events;
  }

  private static Setting missingSetting(Setting[] settings, int i) {
    return settings[i];
  }

  private static List<Peer> peers(Random random, boolean clean, long cases, long population) {
    List<Peer> peers = new ArrayList<>();
    int n = 1 + random.nextInt(5);
    for (int i = 1; i <= n; i++) {
      String id = "310199-P" + i;
      int r = random.nextInt(clean ? 3 : 8);
      if (r == 0) {
        // Exactly the unit's rate: a tie counts as lowest.
        long m = between(random, 1, 2);
        peers.add(Peer.of(id, population * m, cases * m));
      } else if (r == 1 || r == 2) {
        peers.add(Peer.of(id, population, cases + between(random, 1, 3)));
      } else if (r == 3) {
        peers.add(Peer.of(id, population, Math.max(0, cases - 1)));
      } else if (r == 4) {
        peers.add(Peer.of(id, population + 1, cases)); // just below the unit's rate when cases > 0
      } else if (r == 5 && random.nextInt(3) == 0) {
        peers.add(
            random.nextBoolean()
                ? Peer.of(id, OptionalLong.empty(), OptionalLong.of(cases))
                : Peer.of(id, OptionalLong.of(population), OptionalLong.empty()));
      } else {
        peers.add(Peer.of(id, between(random, 20_000, 150_000), between(random, 0, 15)));
      }
    }
    return peers;
  }

  /**
   * Puts a part of a whole at the bar {@code num/den}: on it, one below or one above (clamped to [0, max]);
   * {@return the part}
   */
  private static long share(
      Random random,
      boolean clean,
      Map<MetricKey, Long> counts,
      MetricKey part,
      long whole,
      long max,
      long num,
      long den) {
    long bar = (whole * num + den - 1) / den; // the least part that reaches the bar
    long delta = clean ? between(random, 0, 2) : between(random, -2, 2);
    long value = Math.max(0, Math.min(max, bar + delta));
    counts.put(part, value);
    return value;
  }

  /** A share this period and the previous: risen by the least step, equal, or fallen. */
  private static void rising(
      Random random,
      boolean clean,
      Map<MetricKey, Long> counts,
      Map<MetricKey, Long> previous,
      MetricKey whole,
      MetricKey part,
      long total) {
    long reached = total * between(random, 20, 60) / 100;
    long totalBefore =
        total == 0 ? 0 : zeroOr(random, clean, Math.max(1, total - between(random, 0, total / 10)));
    // reachedBefore/totalBefore < reached/total exactly when reachedBefore * total < reached *
    // totalBefore.
    long floor = total == 0 ? 0 : reached * totalBefore / total;
    long before = clean ? floor - 1 : floor + between(random, -1, 1);
    if (clean && floor * total < reached * totalBefore) {
      before = floor;
    }
    counts.put(whole, total);
    counts.put(part, reached);
    previous.put(whole, totalBefore);
    previous.put(part, Math.max(0, Math.min(totalBefore, before)));
  }

  private static long zeroOr(Random random, boolean clean, long value) {
    return !clean && random.nextInt(25) == 0 ? 0 : value;
  }

  private static long between(Random random, long lowest, long highest) {
    return lowest + (long) (random.nextDouble() * (highest - lowest + 1));
  }
}
