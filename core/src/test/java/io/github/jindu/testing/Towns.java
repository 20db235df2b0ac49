package io.github.jindu.testing;

import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.DRUG_INDUCED_SERIOUS_CASES;
import static io.github.jindu.catalogue.Metrics.EMPLOYMENT_PLACEMENTS;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_REACHED;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_TOTAL;
import static io.github.jindu.catalogue.Metrics.HOTSPOTS;
import static io.github.jindu.catalogue.Metrics.MIGRANTS_REACHED;
import static io.github.jindu.catalogue.Metrics.MIGRANTS_TOTAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static io.github.jindu.catalogue.Metrics.PRODUCTION_SITES;
import static io.github.jindu.catalogue.Metrics.SEPARATED_USERS_FOUND;
import static io.github.jindu.catalogue.Metrics.SEPARATED_USERS_TOTAL;
import static io.github.jindu.catalogue.Metrics.STUDENTS_REACHED;
import static io.github.jindu.catalogue.Metrics.STUDENTS_TOTAL;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_DUE;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_TESTED;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_TESTS_DONE;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_TESTS_DUE;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_1Y;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_3Y;
import static io.github.jindu.catalogue.Metrics.USERS_NEW;
import static io.github.jindu.catalogue.Metrics.USERS_REGISTERED;
import static io.github.jindu.catalogue.Metrics.VOLUNTEERS;
import static io.github.jindu.catalogue.Metrics.YOUTH_REACHED;
import static io.github.jindu.catalogue.Metrics.YOUTH_TOTAL;
import static io.github.jindu.testing.SampleEvidence.CRITERIA;
import static io.github.jindu.testing.SampleEvidence.empty;
import static io.github.jindu.testing.SampleEvidence.subunitId;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jindu.Criterion;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.Attested;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Generators of valid evidence for property tests, shared by the modules downstream of core. */
public final class Towns {
  private Towns() {}

  public static long draw(RandomnessSource in, long lowest, long highest) {
    return longs().between(lowest, highest).generate(in);
  }

  /** A numerator for a denominator: all of it, close to all of it, or anything up to it. */
  public static long part(RandomnessSource in, long whole) {
    switch ((int) draw(in, 0, 2)) {
      case 0:
        return whole;
      case 1:
        return whole - draw(in, 0, whole / 5);
      default:
        return draw(in, 0, whole);
    }
  }

  public static void share(
      RandomnessSource in, SampleEvidence e, MetricKey part, MetricKey whole, long most) {
    long d = draw(in, 0, most);
    e.count(whole, d).count(part, part(in, d));
  }

  public static LocalDate dayIn(RandomnessSource in, LocalDate from, LocalDate to) {
    return from.plusDays(draw(in, 0, to.toEpochDay() - from.toEpochDay()));
  }

  /**
   * Valid evidence for the whole default set, by construction: every count present with each part at most its
   * whole, events inside the period (letters up to four years before it), listed sub-units, distinct peers, an
   * attestation for every attested criterion.
   */
  public static Gen<SampleEvidence> towns() {
    Gen<SampleEvidence> towns =
        in -> {
          SampleEvidence e = empty();
          long population = draw(in, 1, 200_000);
          e.count(POPULATION_ACTUAL, population).count(POPULATION_REACHED, part(in, population));
          share(in, e, YOUTH_REACHED, YOUTH_TOTAL, Math.min(20_000, population));
          share(in, e, STUDENTS_REACHED, STUDENTS_TOTAL, Math.min(10, population));
          share(in, e, FOREIGNERS_REACHED, FOREIGNERS_TOTAL, Math.min(3_000, population));
          share(in, e, MIGRANTS_REACHED, MIGRANTS_TOTAL, Math.min(50_000, population));
          for (MetricKey[] pair :
              new MetricKey[][] {
                {FOREIGNERS_REACHED, FOREIGNERS_TOTAL}, {MIGRANTS_REACHED, MIGRANTS_TOTAL}
              }) {
            long before = draw(in, 0, 50_000);
            e.previous(pair[1], before).previous(pair[0], part(in, before));
          }
          for (MetricKey count : new MetricKey[] {VOLUNTEERS, EMPLOYMENT_PLACEMENTS}) {
            long now = draw(in, 0, 1_000);
            e.count(count, now).previous(count, Math.max(0, now + draw(in, -2, 2)));
          }
          e.count(USERS_NEW, draw(in, 0, Math.min(20, population)));
          long registered = draw(in, 0, Math.min(500, population));
          long oneYear = part(in, registered);
          e.count(USERS_REGISTERED, registered)
              .count(USERS_ABSTINENT_1Y, oneYear)
              .count(USERS_ABSTINENT_3Y, draw(in, oneYear / 3, oneYear));
          share(in, e, SEPARATED_USERS_FOUND, SEPARATED_USERS_TOTAL, Math.min(100, registered));
          // The table of parts: persons due ⊂ registered users and ⊂ tests due; persons tested ⊂
          // tests done.
          long personsDue = draw(in, 0, Math.min(300, registered));
          long personsTested = part(in, personsDue);
          long testsDue = personsDue + draw(in, 0, 3_000);
          long testsDone = Math.max(personsTested, part(in, testsDue));
          e.count(URINE_TEST_PERSONS_DUE, personsDue)
              .count(URINE_TEST_PERSONS_TESTED, personsTested)
              .count(URINE_TEST_TESTS_DUE, testsDue)
              .count(URINE_TEST_TESTS_DONE, testsDone);
          e.count(CASES_DRUG_RELATED, draw(in, 0, 30));
          for (MetricKey zero :
              new MetricKey[] {HOTSPOTS, PRODUCTION_SITES, DRUG_INDUCED_SERIOUS_CASES}) {
            e.count(zero, draw(in, 0, 3) == 3 ? 1 : 0);
          }

          LocalDate start = SampleEvidence.YEAR_2025.start();
          LocalDate end = SampleEvidence.YEAR_2025.end();
          List<Unit> subunits = new ArrayList<>();
          List<Event> events = new ArrayList<>();
          long subunitCount = draw(in, 0, 4);
          for (int i = 1; i <= subunitCount; i++) {
            subunits.add(Unit.of(subunitId(i), "第" + i + "居委会", UnitKind.RESIDENTS_COMMITTEE));
            long letters = draw(in, 0, 2);
            for (int j = 0; j < letters; j++) {
              LocalDate signed =
                  draw(in, 0, 1) == 0
                      ? dayIn(in, LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 2))
                      : dayIn(in, LocalDate.of(2021, 1, 1), end);
              events.add(Event.letter(signed, subunitId(i)));
            }
          }
          if (draw(in, 0, 3) > 0) {
            events.add(
                Event.of(EventType.PREVENTION_PLAN, dayIn(in, start, LocalDate.of(2025, 5, 31))));
          }
          for (int month = 1; month <= 12; month++) {
            if (draw(in, 0, 11) > 0) {
              Set<Setting> settings = EnumSet.noneOf(Setting.class);
              for (Setting s : Setting.values()) {
                if (draw(in, 0, 2) == 0) {
                  settings.add(s);
                }
              }
              LocalDate first = LocalDate.of(2025, month, 1);
              events.add(
                  Event.builder()
                      .type(EventType.PREVENTION_ACTIVITY)
                      .date(dayIn(in, first, first.plusMonths(1).minusDays(1)))
                      .addAllSettings(settings)
                      .build());
            }
          }
          long campaigns = draw(in, 0, 3);
          for (int i = 0; i < campaigns; i++) {
            events.add(Event.of(EventType.PREVENTION_CAMPAIGN, dayIn(in, start, end)));
          }
          for (EventType quarterly :
              new EventType[] {EventType.INSPECTION, EventType.SITUATION_ANALYSIS}) {
            for (int quarter = 0; quarter < 4; quarter++) {
              if (draw(in, 0, 5) > 0) {
                LocalDate first = start.plusMonths(3L * quarter);
                events.add(Event.of(quarterly, dayIn(in, first, first.plusMonths(3).minusDays(1))));
              }
            }
          }
          if (draw(in, 0, 1) == 0) {
            events.add(Event.of(EventType.TRAINING, dayIn(in, start, end)));
          }
          e.subunits(subunits).events(events);

          for (Criterion c : CRITERIA.criteria()) {
            if (c.threshold() instanceof Attested) {
              e.attest(c.id(), draw(in, 0, 4) > 0, "2025年度禁毒工作台帐 " + c.id());
            }
          }
          List<Peer> peers = new ArrayList<>();
          long peerCount = draw(in, 0, 4);
          for (int i = 0; i < peerCount; i++) {
            peers.add(Peer.of("310199-1" + i, draw(in, 1, 200_000), draw(in, 0, 30)));
          }
          e.peers(peers);
          return e;
        };
    return towns.describedAs(SampleEvidence::toString);
  }
}
