package io.github.jindu.benchmarks;

import io.github.jindu.Attestation;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.catalogue.Metrics;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact for {@link DroolsCatalogue} holding the unit's figures: its counts, its previous period's counts, its
 * attestations, its sub-units, its peers and the plan and letter dates that the period sets; the same figures
 * that {@link Baseline#of} extracts. Its events are separate facts ({@link #events()}). A missing count is -1.
 */
public final class DroolsFigures {
  /** A missing count. */
  public static final long ABSENT = -1;

  // Count slots, as in Baseline.
  /** {@code population.actual}. */
  public static final int POP = 0;

  /** {@code population.reached}. */
  public static final int POP_REACHED = 1;

  /** Youth. */
  public static final int YOUTH = 2;

  /** Youth reached. */
  public static final int YOUTH_REACHED = 3;

  /** Students. */
  public static final int STUDENTS = 4;

  /** Students reached. */
  public static final int STUDENTS_REACHED = 5;

  /** Foreigners. */
  public static final int FOREIGNERS = 6;

  /** Foreigners reached. */
  public static final int FOREIGNERS_REACHED = 7;

  /** Migrants. */
  public static final int MIGRANTS = 8;

  /** Migrants reached. */
  public static final int MIGRANTS_REACHED = 9;

  /** Volunteers. */
  public static final int VOLUNTEERS = 10;

  /** Separated users. */
  public static final int SEPARATED = 11;

  /** Separated users found. */
  public static final int SEPARATED_FOUND = 12;

  /** Persons due a urine test. */
  public static final int PERSONS_DUE = 13;

  /** Persons tested. */
  public static final int PERSONS_TESTED = 14;

  /** Urine tests due. */
  public static final int TESTS_DUE = 15;

  /** Urine tests done. */
  public static final int TESTS_DONE = 16;

  /** Employment placements. */
  public static final int EMPLOYMENT = 17;

  /** New users. */
  public static final int USERS_NEW = 18;

  /** Registered users. */
  public static final int REGISTERED = 19;

  /** Users abstinent one year. */
  public static final int ABSTINENT_1Y = 20;

  /** Users abstinent three years. */
  public static final int ABSTINENT_3Y = 21;

  /** Drug-related cases. */
  public static final int CASES = 22;

  /** Hotspots. */
  public static final int HOTSPOTS = 23;

  /** Production sites. */
  public static final int PRODUCTION = 24;

  /** Drug-induced serious cases. */
  public static final int SERIOUS = 25;

  private static final List<MetricKey> SLOTS =
      List.of(
          Metrics.POPULATION_ACTUAL,
          Metrics.POPULATION_REACHED,
          Metrics.YOUTH_TOTAL,
          Metrics.YOUTH_REACHED,
          Metrics.STUDENTS_TOTAL,
          Metrics.STUDENTS_REACHED,
          Metrics.FOREIGNERS_TOTAL,
          Metrics.FOREIGNERS_REACHED,
          Metrics.MIGRANTS_TOTAL,
          Metrics.MIGRANTS_REACHED,
          Metrics.VOLUNTEERS,
          Metrics.SEPARATED_USERS_TOTAL,
          Metrics.SEPARATED_USERS_FOUND,
          Metrics.URINE_TEST_PERSONS_DUE,
          Metrics.URINE_TEST_PERSONS_TESTED,
          Metrics.URINE_TEST_TESTS_DUE,
          Metrics.URINE_TEST_TESTS_DONE,
          Metrics.EMPLOYMENT_PLACEMENTS,
          Metrics.USERS_NEW,
          Metrics.USERS_REGISTERED,
          Metrics.USERS_ABSTINENT_1Y,
          Metrics.USERS_ABSTINENT_3Y,
          Metrics.CASES_DRUG_RELATED,
          Metrics.HOTSPOTS,
          Metrics.PRODUCTION_SITES,
          Metrics.DRUG_INDUCED_SERIOUS_CASES);

  private final byte[] attested;
  private final long[] counts;
  private final long[] previous;
  private final boolean eventsGiven;
  private final List<DroolsEvent> events;
  private final boolean subunitsGiven;
  private final boolean[] subunitSigns;
  private final int signers;
  private final boolean peersGiven;
  private final long[] peerPopulation;
  private final long[] peerCases;
  private final int planWindowStart;
  private final int planDeadline;
  private final boolean planDeadlineInPeriod;
  private final int letterCutoff;

  private DroolsFigures(
      byte[] attested,
      long[] counts,
      long[] previous,
      boolean eventsGiven,
      List<DroolsEvent> events,
      boolean subunitsGiven,
      boolean[] subunitSigns,
      boolean peersGiven,
      long[] peerPopulation,
      long[] peerCases,
      int planWindowStart,
      int planDeadline,
      boolean planDeadlineInPeriod,
      int letterCutoff) {
    this.attested = attested;
    this.counts = counts;
    this.previous = previous;
    this.eventsGiven = eventsGiven;
    this.events = events;
    this.subunitsGiven = subunitsGiven;
    this.subunitSigns = subunitSigns;
    int n = 0;
    for (boolean s : subunitSigns) {
      n += s ? 1 : 0;
    }
    this.signers = n;
    this.peersGiven = peersGiven;
    this.peerPopulation = peerPopulation;
    this.peerCases = peerCases;
    this.planWindowStart = planWindowStart;
    this.planDeadline = planDeadline;
    this.planDeadlineInPeriod = planDeadlineInPeriod;
    this.letterCutoff = letterCutoff;
  }

  /**
   * Extracts the figures of valid evidence for the default set, as {@link Baseline#of} does.
   *
   * @param evidence evidence that the default set accepts
   * @return its figures
   * @throws IllegalArgumentException if the period is not a calendar year
   */
  public static DroolsFigures of(Evidence evidence) {
    LocalDate start = evidence.period().start();
    LocalDate end = evidence.period().end();
    if (start.getDayOfYear() != 1 || !end.equals(LocalDate.of(start.getYear(), 12, 31))) {
      throw new IllegalArgumentException("not a calendar year: " + evidence.period());
    }
    byte[] attested = new byte[Baseline.CRITERIA];
    Arrays.fill(attested, (byte) -1);
    for (Map.Entry<String, Attestation> a : evidence.attestations().entrySet()) {
      int i = Baseline.IDS.indexOf(a.getKey());
      if (i >= 0) {
        attested[i] = (byte) (a.getValue().met() ? 1 : 0);
      }
    }
    long[] counts = new long[SLOTS.size()];
    long[] previous = new long[SLOTS.size()];
    for (int i = 0; i < SLOTS.size(); i++) {
      counts[i] = evidence.count(SLOTS.get(i)).orElse(ABSENT);
      previous[i] = evidence.previousCount(SLOTS.get(i)).orElse(ABSENT);
    }
    List<Unit> subunits = evidence.subunits().isPresent() ? evidence.subunits().get() : List.of();
    Map<String, Integer> subunitIndex = new HashMap<>();
    boolean[] signs = new boolean[subunits.size()];
    for (int i = 0; i < subunits.size(); i++) {
      subunitIndex.put(subunits.get(i).id(), i);
      signs[i] = subunits.get(i).kind() != UnitKind.FAMILY;
    }
    List<Event> given = evidence.events().isPresent() ? evidence.events().get() : List.of();
    List<DroolsEvent> events = new ArrayList<>(given.size());
    for (Event e : given) {
      int mask = 0;
      for (Setting s : e.settings()) {
        mask |= bit(s);
      }
      events.add(
          new DroolsEvent(
              code(e.type()),
              (int) e.date().toEpochDay(),
              e.date().isBefore(start) ? -1 : e.date().getMonthValue() - 1,
              mask,
              e.subunitId().map(id -> subunitIndex.getOrDefault(id, -1)).orElse(-1)));
    }
    List<Peer> peers = evidence.peers().isPresent() ? evidence.peers().get() : List.of();
    long[] peerPopulation = new long[peers.size()];
    long[] peerCases = new long[peers.size()];
    for (int i = 0; i < peers.size(); i++) {
      peerPopulation[i] = peers.get(i).population().orElse(ABSENT);
      peerCases[i] = peers.get(i).cases().orElse(ABSENT);
    }
    LocalDate deadline = MonthDay.of(3, 31).atYear(start.getYear());
    LocalDate opens = MonthDay.of(10, 1).atYear(start.getYear() - 1);
    return new DroolsFigures(
        attested,
        counts,
        previous,
        evidence.events().isPresent(),
        List.copyOf(events),
        evidence.subunits().isPresent(),
        signs,
        evidence.peers().isPresent(),
        peerPopulation,
        peerCases,
        (int) opens.toEpochDay(),
        (int) deadline.toEpochDay(),
        !deadline.isAfter(end),
        (int) end.minusYears(2).toEpochDay());
  }

  private static int code(EventType type) {
    return switch (type) {
      case PREVENTION_PLAN -> DroolsEvent.PLAN;
      case PREVENTION_ACTIVITY -> DroolsEvent.ACTIVITY;
      case PREVENTION_CAMPAIGN -> DroolsEvent.CAMPAIGN;
      case INSPECTION -> DroolsEvent.INSPECTION;
      case SITUATION_ANALYSIS -> DroolsEvent.ANALYSIS;
      case RESPONSIBILITY_LETTER -> DroolsEvent.LETTER;
      case TRAINING -> DroolsEvent.OTHER;
    };
  }

  private static int bit(Setting setting) {
    return 1
        << switch (setting) {
          case COMMUNITY -> 0;
          case WORKPLACE -> 1;
          case SCHOOL -> 2;
          case VENUE -> 3;
          case BUILDING -> 4;
          case RURAL -> 5;
          case FAMILY -> 6;
        };
  }

  /**
   * {@return a criterion's attestation: -1 none, 0 not met, 1 met}
   *
   * @param criterion its index in catalogue order
   */
  public int attested(int criterion) {
    return attested[criterion];
  }

  /**
   * {@return a count of the period, or -1 when missing}
   *
   * @param slot its slot, {@link #POP} to {@link #SERIOUS}
   */
  public long count(int slot) {
    return counts[slot];
  }

  /**
   * {@return a count of the previous period, or -1 when missing}
   *
   * @param slot its slot, {@link #POP} to {@link #SERIOUS}
   */
  public long previous(int slot) {
    return previous[slot];
  }

  /** {@return whether the event list is given} */
  public boolean isEventsGiven() {
    return eventsGiven;
  }

  /** {@return the events, each a fact of its own} */
  public List<DroolsEvent> events() {
    return events;
  }

  /** {@return whether the sub-unit list is given} */
  public boolean isSubunitsGiven() {
    return subunitsGiven;
  }

  /**
   * {@return whether a sub-unit signs a letter (it is not a family)}
   *
   * @param subunit its index among the sub-units
   */
  public boolean signs(int subunit) {
    return subunitSigns[subunit];
  }

  /** {@return the number of sub-units} */
  public int getSubunits() {
    return subunitSigns.length;
  }

  /** {@return the number of sub-units that sign a letter} */
  public int getSigners() {
    return signers;
  }

  /** {@return whether the peer list is given} */
  public boolean isPeersGiven() {
    return peersGiven;
  }

  /** {@return the number of peers} */
  public int getPeers() {
    return peerPopulation.length;
  }

  /**
   * {@return a peer's population, or -1 when missing}
   *
   * @param peer its index
   */
  public long peerPopulation(int peer) {
    return peerPopulation[peer];
  }

  /**
   * {@return a peer's drug-related cases, or -1 when missing}
   *
   * @param peer its index
   */
  public long peerCases(int peer) {
    return peerCases[peer];
  }

  /** {@return the first day of the plan's window (1 October of the preceding year), an epoch day} */
  public int getPlanWindowStart() {
    return planWindowStart;
  }

  /** {@return the plan's deadline (31 March), an epoch day} */
  public int getPlanDeadline() {
    return planDeadline;
  }

  /** {@return whether the plan's deadline falls in the period} */
  public boolean isPlanDeadlineInPeriod() {
    return planDeadlineInPeriod;
  }

  /** {@return the first day on which a signed letter is still in force at the period's end} */
  public int getLetterCutoff() {
    return letterCutoff;
  }
}
