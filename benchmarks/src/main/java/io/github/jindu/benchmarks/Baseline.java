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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written evaluation of the 51 criteria of the default set ({@code municipal-model-community}) on figures
 * extracted once from valid evidence into primitive arrays: the practical limit of any assessment of that set.
 * {@link #assess(byte[])} allocates nothing and uses exact long arithmetic only (cross-multiplication, 128-bit
 * where a product may overflow; never a {@code double}). It knows nothing of Jindu's model beyond what {@link #of}
 * reads; {@code BaselineAgreementTest} proves it agrees with Jindu on every criterion and the overall outcome.
 *
 * <p>It assumes what Jindu's validation guarantees for this set: a calendar-year period, no part above its whole,
 * a rate base of at least 1, letters only to listed sub-units, no veto finding.
 */
public final class Baseline {
  /** The number of criteria, in catalogue order. */
  public static final int CRITERIA = 51;

  /** Outcome codes, the ordinals of {@link io.github.jindu.Outcome}. */
  public static final byte MET = 0;

  /** {@link io.github.jindu.Outcome#NOT_MET}. */
  public static final byte NOT_MET = 1;

  /** {@link io.github.jindu.Outcome#NOT_ASSESSED}. */
  public static final byte NOT_ASSESSED = 2;

  /** {@link io.github.jindu.Outcome#NOT_APPLICABLE}. */
  public static final byte NOT_APPLICABLE = 3;

  /** Overall codes, the ordinals of {@link io.github.jindu.OverallOutcome}: qualified. */
  public static final int QUALIFIED = 0;

  /** {@link io.github.jindu.OverallOutcome#NOT_QUALIFIED}. */
  public static final int NOT_QUALIFIED = 1;

  /** {@link io.github.jindu.OverallOutcome#INCOMPLETE}. */
  public static final int INCOMPLETE = 2;

  /** The criterion ids, in catalogue order (the test checks the order against the set). */
  public static final List<String> IDS =
      List.of(
          "leadership.in-development-plan",
          "leadership.regular-study",
          "leadership.first-responsible",
          "leadership.leading-group",
          "leadership.member-duties",
          "workforce.staff-on-duty",
          "workforce.volunteers-growing",
          "responsibility.systems",
          "responsibility.letters-biennial",
          "responsibility.rewards-linked",
          "responsibility.in-basic-assessment",
          "responsibility.veto-applied",
          "funding.in-annual-budget",
          "funding.proportionate",
          "funding.units-sufficient",
          "prevention.annual-plan",
          "prevention.monthly-activities",
          "prevention.half-yearly-campaign",
          "prevention.seven-settings",
          "prevention.population-coverage",
          "prevention.youth-coverage",
          "prevention.student-coverage",
          "prevention.foreigner-coverage-rising",
          "prevention.migrant-coverage-rising",
          "prevention.awareness",
          "enforcement.hotspot-rectification",
          "enforcement.venue-management",
          "enforcement.rental-housing",
          "enforcement.grid-policing",
          "rehabilitation.procedures",
          "rehabilitation.register-on-discovery",
          "rehabilitation.separated-discovery",
          "rehabilitation.urine-test-persons",
          "rehabilitation.urine-test-count",
          "rehabilitation.assistance",
          "rehabilitation.employment-rising",
          "groundwork.ledgers",
          "groundwork.registration",
          "groundwork.quarterly-inspection",
          "groundwork.quarterly-analysis",
          "groundwork.training",
          "groundwork.information",
          "distinction.initiatives",
          "distinction.recognition",
          "results.new-user-rate",
          "results.abstinence-1y",
          "results.abstinence-3y",
          "results.case-rate-lowest",
          "results.no-hotspots",
          "results.no-production",
          "results.no-drug-induced-serious-cases");

  /** The one advisory criterion, {@code distinction.recognition}: reported, never gating. */
  private static final int ADVISORY = 43;

  // Count slots.
  private static final int POP = 0;
  private static final int POP_REACHED = 1;
  private static final int YOUTH = 2;
  private static final int YOUTH_REACHED = 3;
  private static final int STUDENTS = 4;
  private static final int STUDENTS_REACHED = 5;
  private static final int FOREIGNERS = 6;
  private static final int FOREIGNERS_REACHED = 7;
  private static final int MIGRANTS = 8;
  private static final int MIGRANTS_REACHED = 9;
  private static final int VOLUNTEERS = 10;
  private static final int SEPARATED = 11;
  private static final int SEPARATED_FOUND = 12;
  private static final int PERSONS_DUE = 13;
  private static final int PERSONS_TESTED = 14;
  private static final int TESTS_DUE = 15;
  private static final int TESTS_DONE = 16;
  private static final int EMPLOYMENT = 17;
  private static final int USERS_NEW = 18;
  private static final int REGISTERED = 19;
  private static final int ABSTINENT_1Y = 20;
  private static final int ABSTINENT_3Y = 21;
  private static final int CASES = 22;
  private static final int HOTSPOTS = 23;
  private static final int PRODUCTION = 24;
  private static final int SERIOUS = 25;

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

  private static final long ABSENT = -1;

  // Event type codes.
  private static final byte PLAN = 0;
  private static final byte ACTIVITY = 1;
  private static final byte CAMPAIGN = 2;
  private static final byte INSPECTION = 3;
  private static final byte ANALYSIS = 4;
  private static final byte LETTER = 5;
  private static final byte OTHER = 6;

  private static final int ALL_SETTINGS = (1 << 7) - 1;

  /** Attestations by criterion index: -1 none, 0 not met, 1 met. */
  private final byte[] attested;

  private final long[] counts;
  private final long[] previous;

  /** Whether the event list is given. */
  private final boolean hasEvents;

  private final byte[] eventType;
  private final int[] eventDay;

  /** The month of the period, 0 to 11, or -1 for an event before it. */
  private final byte[] eventMonth;

  private final int[] eventSettings;

  /** The index of a letter's sub-unit among the sub-units, else -1. */
  private final int[] eventSubunit;

  /** Whether the sub-unit list is given. */
  private final boolean hasSubunits;

  private final boolean[] subunitSigns;
  private final int signers;

  /** Whether the peer list is given. */
  private final boolean hasPeers;

  private final long[] peerPopulation;
  private final long[] peerCases;

  private final int planWindowStart;
  private final int planDeadline;
  private final boolean planDeadlineInPeriod;

  /** A letter dated on or after this day is in force on the period's last day (two years). */
  private final int letterCutoff;

  /** Scratch: which sub-units a letter covers; reset on each assessment. */
  private final boolean[] covered;

  private Baseline(
      byte[] attested,
      long[] counts,
      long[] previous,
      boolean hasEvents,
      byte[] eventType,
      int[] eventDay,
      byte[] eventMonth,
      int[] eventSettings,
      int[] eventSubunit,
      boolean hasSubunits,
      boolean[] subunitSigns,
      boolean hasPeers,
      long[] peerPopulation,
      long[] peerCases,
      int planWindowStart,
      int planDeadline,
      boolean planDeadlineInPeriod,
      int letterCutoff) {
    this.attested = attested;
    this.counts = counts;
    this.previous = previous;
    this.hasEvents = hasEvents;
    this.eventType = eventType;
    this.eventDay = eventDay;
    this.eventMonth = eventMonth;
    this.eventSettings = eventSettings;
    this.eventSubunit = eventSubunit;
    this.hasSubunits = hasSubunits;
    this.subunitSigns = subunitSigns;
    int n = 0;
    for (boolean s : subunitSigns) {
      n += s ? 1 : 0;
    }
    this.signers = n;
    this.hasPeers = hasPeers;
    this.peerPopulation = peerPopulation;
    this.peerCases = peerCases;
    this.planWindowStart = planWindowStart;
    this.planDeadline = planDeadline;
    this.planDeadlineInPeriod = planDeadlineInPeriod;
    this.letterCutoff = letterCutoff;
    this.covered = new boolean[subunitSigns.length];
  }

  /**
   * Extracts the figures of valid evidence for the default set (this allocates; do it once).
   *
   * @param evidence evidence that the default set accepts
   * @return the baseline over its figures
   * @throws IllegalArgumentException if the period is not a calendar year
   */
  public static Baseline of(Evidence evidence) {
    LocalDate start = evidence.period().start();
    LocalDate end = evidence.period().end();
    if (start.getDayOfYear() != 1 || !end.equals(LocalDate.of(start.getYear(), 12, 31))) {
      throw new IllegalArgumentException("not a calendar year: " + evidence.period());
    }
    byte[] attested = new byte[CRITERIA];
    Arrays.fill(attested, (byte) -1);
    for (Map.Entry<String, Attestation> a : evidence.attestations().entrySet()) {
      int i = IDS.indexOf(a.getKey());
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
    List<Event> events = evidence.events().isPresent() ? evidence.events().get() : List.of();
    int n = events.size();
    byte[] type = new byte[n];
    int[] day = new int[n];
    byte[] month = new byte[n];
    int[] settings = new int[n];
    int[] subunit = new int[n];
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      type[i] = code(e.type());
      day[i] = (int) e.date().toEpochDay();
      month[i] = (byte) (e.date().isBefore(start) ? -1 : e.date().getMonthValue() - 1);
      int mask = 0;
      for (Setting s : e.settings()) {
        mask |= bit(s);
      }
      settings[i] = mask;
      subunit[i] = e.subunitId().map(id -> subunitIndex.getOrDefault(id, -1)).orElse(-1);
    }
    List<Peer> peers = evidence.peers().isPresent() ? evidence.peers().get() : List.of();
    long[] peerPopulation = new long[peers.size()];
    long[] peerCases = new long[peers.size()];
    for (int i = 0; i < peers.size(); i++) {
      peerPopulation[i] = peers.get(i).population().orElse(ABSENT);
      peerCases[i] = peers.get(i).cases().orElse(ABSENT);
    }
    // 年初有计划: from 1 October of the preceding year to 31 March, both inclusive.
    LocalDate deadline = MonthDay.of(3, 31).atYear(start.getYear());
    LocalDate opens = MonthDay.of(10, 1).atYear(start.getYear() - 1);
    return new Baseline(
        attested,
        counts,
        previous,
        evidence.events().isPresent(),
        type,
        day,
        month,
        settings,
        subunit,
        evidence.subunits().isPresent(),
        signs,
        evidence.peers().isPresent(),
        peerPopulation,
        peerCases,
        (int) opens.toEpochDay(),
        (int) deadline.toEpochDay(),
        !deadline.isAfter(end),
        // D.plusYears(2) is not before 31 December of year Y exactly when D is on or after 31
        // December Y-2.
        (int) end.minusYears(2).toEpochDay());
  }

  private static byte code(EventType type) {
    return switch (type) {
      case PREVENTION_PLAN -> PLAN;
      case PREVENTION_ACTIVITY -> ACTIVITY;
      case PREVENTION_CAMPAIGN -> CAMPAIGN;
      case INSPECTION -> INSPECTION;
      case SITUATION_ANALYSIS -> ANALYSIS;
      case RESPONSIBILITY_LETTER -> LETTER;
      case TRAINING -> OTHER;
    };
  }

  /** {@return a setting's bit in a mask of settings} */
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
   * Decides every criterion and the overall outcome; allocates nothing.
   *
   * @param out where each criterion's outcome code goes, in catalogue order; at least {@link #CRITERIA} long
   * @return the overall outcome code: {@link #QUALIFIED}, {@link #NOT_QUALIFIED} or {@link #INCOMPLETE}
   */
  public int assess(byte[] out) {
    // One pass over the events: what each schedule bar needs.
    int activityMonths = 0;
    int campaignHalves = 0;
    int inspectionQuarters = 0;
    int analysisQuarters = 0;
    int settings = 0;
    int earliestPlan = Integer.MAX_VALUE;
    boolean[] covered = this.covered;
    Arrays.fill(covered, false);
    int n = eventType.length;
    for (int i = 0; i < n; i++) {
      int m = eventMonth[i];
      switch (eventType[i]) {
        case ACTIVITY -> {
          activityMonths |= 1 << m;
          settings |= eventSettings[i];
        }
        case CAMPAIGN -> {
          activityMonths |= 1 << m;
          campaignHalves |= 1 << (m / 6);
        }
        case INSPECTION -> inspectionQuarters |= 1 << (m / 3);
        case ANALYSIS -> analysisQuarters |= 1 << (m / 3);
        case PLAN -> {
          int d = eventDay[i];
          if (d >= planWindowStart && d < earliestPlan) {
            earliestPlan = d;
          }
        }
        case LETTER -> {
          int s = eventSubunit[i];
          if (s >= 0 && eventDay[i] >= letterCutoff) {
            covered[s] = true;
          }
        }
        default -> {}
      }
    }
    long[] c = counts;
    long[] p = previous;
    for (int i = 0; i <= 5; i++) {
      out[i] = attestation(i);
    }
    out[6] = increase(c[VOLUNTEERS], p[VOLUNTEERS]);
    out[7] = attestation(7);
    out[8] = letters();
    for (int i = 9; i <= 14; i++) {
      out[i] = attestation(i);
    }
    if (!hasEvents) {
      out[15] = NOT_ASSESSED;
      out[16] = NOT_ASSESSED;
      out[17] = NOT_ASSESSED;
      out[18] = NOT_ASSESSED;
    } else {
      out[15] = !planDeadlineInPeriod ? NOT_APPLICABLE : met(earliestPlan <= planDeadline);
      out[16] = met(activityMonths == 0xFFF);
      out[17] = met(campaignHalves == 0x3);
      out[18] = met(settings == ALL_SETTINGS);
    }
    out[19] = atLeast(c[POP_REACHED], c[POP], 9, 10);
    out[20] = atLeast(c[YOUTH_REACHED], c[YOUTH], 9, 10);
    out[21] = atLeast(c[STUDENTS_REACHED], c[STUDENTS], 1, 1);
    out[22] =
        shareIncrease(c[FOREIGNERS_REACHED], c[FOREIGNERS], p[FOREIGNERS_REACHED], p[FOREIGNERS]);
    out[23] = shareIncrease(c[MIGRANTS_REACHED], c[MIGRANTS], p[MIGRANTS_REACHED], p[MIGRANTS]);
    for (int i = 24; i <= 30; i++) {
      out[i] = attestation(i);
    }
    out[31] = atLeast(c[SEPARATED_FOUND], c[SEPARATED], 9, 10);
    out[32] = atLeast(c[PERSONS_TESTED], c[PERSONS_DUE], 9, 10);
    out[33] = atLeast(c[TESTS_DONE], c[TESTS_DUE], 9, 10);
    out[34] = attestation(34);
    out[35] = increase(c[EMPLOYMENT], p[EMPLOYMENT]);
    out[36] = attestation(36);
    out[37] = attestation(37);
    out[38] = hasEvents ? met(inspectionQuarters == 0xF) : NOT_ASSESSED;
    out[39] = hasEvents ? met(analysisQuarters == 0xF) : NOT_ASSESSED;
    for (int i = 40; i <= 43; i++) {
      out[i] = attestation(i);
    }
    // 0.5 per 10,000: new / population <= 1 / 20,000.
    out[44] =
        c[USERS_NEW] < 0 || c[POP] < 0
            ? NOT_ASSESSED
            : met(compare(c[USERS_NEW], 20_000, 1, c[POP]) <= 0);
    out[45] = atLeast(c[ABSTINENT_1Y], c[REGISTERED], 3, 10);
    out[46] = atLeast(c[ABSTINENT_3Y], c[ABSTINENT_1Y], 1, 2);
    out[47] = lowest(c[CASES], c[POP]);
    out[48] = zero(c[HOTSPOTS]);
    out[49] = zero(c[PRODUCTION]);
    out[50] = zero(c[SERIOUS]);

    boolean notAssessed = false;
    for (int i = 0; i < CRITERIA; i++) {
      if (i == ADVISORY) {
        continue;
      }
      if (out[i] == NOT_MET) {
        return NOT_QUALIFIED;
      }
      notAssessed |= out[i] == NOT_ASSESSED;
    }
    return notAssessed ? INCOMPLETE : QUALIFIED;
  }

  private static byte met(boolean met) {
    return met ? MET : NOT_MET;
  }

  private byte attestation(int criterion) {
    byte a = attested[criterion];
    return a < 0 ? NOT_ASSESSED : met(a == 1);
  }

  private static byte zero(long count) {
    return count < 0 ? NOT_ASSESSED : met(count == 0);
  }

  private static byte increase(long now, long before) {
    return now < 0 || before < 0 ? NOT_ASSESSED : met(now > before);
  }

  /** {@return the outcome of part / whole >= num / den} */
  private static byte atLeast(long part, long whole, long num, long den) {
    if (part < 0 || whole < 0) {
      return NOT_ASSESSED;
    }
    if (whole == 0) {
      return NOT_APPLICABLE;
    }
    return met(compare(part, den, num, whole) >= 0);
  }

  private static byte shareIncrease(
      long partNow, long wholeNow, long partBefore, long wholeBefore) {
    if (partNow < 0 || wholeNow < 0 || partBefore < 0 || wholeBefore < 0) {
      return NOT_ASSESSED;
    }
    if (wholeNow == 0 || wholeBefore == 0) {
      return NOT_APPLICABLE;
    }
    return met(compare(partNow, wholeBefore, partBefore, wholeNow) > 0);
  }

  private byte letters() {
    if (!hasSubunits) {
      return NOT_ASSESSED;
    }
    if (signers == 0) {
      return NOT_APPLICABLE;
    }
    if (!hasEvents) {
      return NOT_ASSESSED;
    }
    boolean[] covered = this.covered;
    for (int i = 0; i < covered.length; i++) {
      if (subunitSigns[i] && !covered[i]) {
        return NOT_MET;
      }
    }
    return MET;
  }

  private byte lowest(long cases, long population) {
    if (cases < 0 || population < 0 || !hasPeers) {
      return NOT_ASSESSED;
    }
    long[] pp = peerPopulation;
    long[] pc = peerCases;
    for (int i = 0; i < pp.length; i++) {
      if (pp[i] < 0 || pc[i] < 0) {
        return NOT_ASSESSED;
      }
    }
    for (int i = 0; i < pp.length; i++) {
      // cases / population <= pc / pp  <=>  cases * pp <= pc * population
      if (compare(cases, pp[i], pc[i], population) > 0) {
        return NOT_MET;
      }
    }
    return MET;
  }

  /** The sign of {@code a*b - c*d} for non-negative longs, exactly (128-bit products). */
  private static int compare(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return Long.compare(high1, high2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }
}
