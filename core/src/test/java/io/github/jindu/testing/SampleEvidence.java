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

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Peer;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.VetoRule;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Test support: a mutable recipe for an {@link Evidence}, starting empty ({@link #empty()}), from the sample town
 * of {@code cases/sample-town-2025.json} written out in Java ({@link #sampleTown()}), or from a variant of it in
 * which every criterion is met ({@link #allMet()}). Each change returns {@code this}; {@link #build()} makes the
 * (validated) evidence, {@link #assess()} assesses it on the default criteria set.
 */
public final class SampleEvidence {
  public static final Unit TOWN = Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199");
  public static final AssessmentPeriod YEAR_2025 =
      AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  public static final CriteriaSet CRITERIA = MunicipalModelCommunity.criteriaSet();

  /** The id of {@link #WITH_VETO}'s veto rule. */
  public static final String VETO = "veto.leadership-failure";

  /**
   * The default set as a district might vary it, with one veto rule ({@value #VETO}); the default set itself has
   * none since revision 2.
   */
  public static final CriteriaSet WITH_VETO =
      CRITERIA
          .withVersion("2009-with-veto")
          .withVetoRules(
              List.of(
                  VetoRule.builder()
                      .id(VETO)
                      .chineseName("对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决")
                      .traditionalChineseName("對因領導不力、措施不落實導致毒品問題發展蔓延的單位，實行社會治安綜合治理一票否決")
                      .englishName(
                          "weak leadership or unimplemented measures let the drug problem spread")
                      .clause("二(三)")
                      .build()));

  private Unit unit = TOWN;
  private AssessmentPeriod period = YEAR_2025;
  private final Map<MetricKey, Long> counts = new LinkedHashMap<>();
  private final Map<MetricKey, Long> previous = new LinkedHashMap<>();
  private Optional<List<Unit>> subunits = Optional.empty();
  private Optional<List<Event>> events = Optional.empty();
  private final Map<String, Attestation> attestations = new LinkedHashMap<>();
  private Optional<List<VetoFinding>> vetoes = Optional.empty();
  private Optional<List<Peer>> peers = Optional.empty();

  private SampleEvidence() {}

  /** The town 东沙镇 for 2025 with nothing else: every criterion lacks its evidence. */
  public static SampleEvidence empty() {
    return new SampleEvidence();
  }

  /** The sample town of {@code cases/sample-town-2025.json}, field for field. */
  public static SampleEvidence sampleTown() {
    SampleEvidence e = new SampleEvidence();
    e.count(POPULATION_ACTUAL, 84210)
        .count(POPULATION_REACHED, 78950)
        .count(YOUTH_TOTAL, 9120)
        .count(YOUTH_REACHED, 8377)
        .count(STUDENTS_TOTAL, 6480)
        .count(STUDENTS_REACHED, 6480)
        .count(FOREIGNERS_TOTAL, 1402)
        .count(FOREIGNERS_REACHED, 530)
        .count(MIGRANTS_TOTAL, 39600)
        .count(MIGRANTS_REACHED, 24950)
        .count(VOLUNTEERS, 702)
        .count(SEPARATED_USERS_TOTAL, 46)
        .count(SEPARATED_USERS_FOUND, 42)
        .count(URINE_TEST_PERSONS_DUE, 138)
        .count(URINE_TEST_PERSONS_TESTED, 129)
        .count(URINE_TEST_TESTS_DUE, 1104)
        .count(URINE_TEST_TESTS_DONE, 979)
        .count(EMPLOYMENT_PLACEMENTS, 41)
        .count(USERS_NEW, 4)
        .count(USERS_REGISTERED, 312)
        .count(USERS_ABSTINENT_1Y, 121)
        .count(USERS_ABSTINENT_3Y, 58)
        .count(CASES_DRUG_RELATED, 6)
        .count(HOTSPOTS, 0)
        .count(PRODUCTION_SITES, 0)
        .count(DRUG_INDUCED_SERIOUS_CASES, 0);
    e.previous(VOLUNTEERS, 640)
        .previous(FOREIGNERS_TOTAL, 1380)
        .previous(FOREIGNERS_REACHED, 412)
        .previous(MIGRANTS_TOTAL, 38900)
        .previous(MIGRANTS_REACHED, 21400)
        .previous(EMPLOYMENT_PLACEMENTS, 37);
    List<Unit> subunits = new ArrayList<>();
    String[] committees = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int i = 0; i < committees.length; i++) {
      subunits.add(
          Unit.of(subunitId(i + 1), "东沙第" + committees[i] + "居委会", UnitKind.RESIDENTS_COMMITTEE));
    }
    subunits.add(Unit.of(subunitId(10), "东沙村", UnitKind.VILLAGE));
    subunits.add(Unit.of(subunitId(11), "沙港村", UnitKind.VILLAGE));
    subunits.add(Unit.of(subunitId(12), "新渔村", UnitKind.VILLAGE));
    subunits.add(Unit.of(subunitId(13), "东沙工业园区管理公司", UnitKind.COMPANY));
    subunits.add(Unit.of(subunitId(14), "东沙中学", UnitKind.SCHOOL));
    subunits.add(Unit.of(subunitId(15), "沙港村王家（无毒家庭创建户）", UnitKind.FAMILY));
    e.subunits(subunits);

    List<Event> events = new ArrayList<>();
    events.add(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2024, 12, 26)));
    events.add(Event.activity(day(1, 14), Setting.COMMUNITY, Setting.FAMILY));
    events.add(Event.activity(day(2, 20), Setting.SCHOOL));
    events.add(Event.activity(day(3, 11), Setting.WORKPLACE, Setting.COMMUNITY));
    events.add(Event.activity(day(4, 17), Setting.VENUE));
    events.add(Event.activity(day(5, 22), Setting.BUILDING, Setting.WORKPLACE));
    events.add(Event.activity(day(7, 15), Setting.RURAL));
    events.add(Event.activity(day(8, 19), Setting.FAMILY, Setting.COMMUNITY));
    events.add(Event.activity(day(9, 10), Setting.SCHOOL));
    events.add(Event.activity(day(10, 23), Setting.BUILDING));
    events.add(Event.activity(day(11, 13), Setting.COMMUNITY, Setting.VENUE));
    events.add(Event.activity(day(12, 4), Setting.WORKPLACE, Setting.FAMILY));
    events.add(Event.of(EventType.PREVENTION_CAMPAIGN, day(6, 26)));
    events.add(Event.of(EventType.PREVENTION_CAMPAIGN, day(11, 15)));
    events.add(Event.of(EventType.INSPECTION, day(3, 20)));
    events.add(Event.of(EventType.INSPECTION, day(6, 18)));
    events.add(Event.of(EventType.INSPECTION, day(9, 24)));
    events.add(Event.of(EventType.INSPECTION, day(12, 16)));
    events.add(Event.of(EventType.SITUATION_ANALYSIS, day(3, 28)));
    events.add(Event.of(EventType.SITUATION_ANALYSIS, day(6, 27)));
    events.add(Event.of(EventType.SITUATION_ANALYSIS, day(12, 22)));
    events.add(Event.of(EventType.TRAINING, day(5, 9)));
    for (int i = 1; i <= 14; i++) {
      LocalDate signed = i == 11 ? LocalDate.of(2024, 1, 10) : LocalDate.of(2024, 3, i + 1);
      events.add(Event.letter(signed, subunitId(i)));
    }
    e.events(events);

    e.attest("leadership.in-development-plan", true, "东沙镇国民经济和社会发展第十四个五年规划纲要 第五章第三节")
        .attest("leadership.regular-study", true, "镇党委会议纪要 2025年第3、9、15、21期")
        .attest("leadership.first-responsible", true, ledger(3))
        .attest("leadership.leading-group", true, ledger(4))
        .attest("leadership.member-duties", true, ledger(5))
        .attest("workforce.staff-on-duty", true, ledger(6))
        .attest("responsibility.systems", true, ledger(7))
        .attest("responsibility.rewards-linked", true, ledger(8))
        .attest("responsibility.in-basic-assessment", true, ledger(9))
        .attest("funding.in-annual-budget", true, "东沙镇2025年财政预算 科目2040299")
        .attest("funding.proportionate", true, ledger(11))
        .attest("funding.units-sufficient", true, ledger(12))
        .attest("prevention.awareness", true, ledger(13))
        .attest("enforcement.hotspot-rectification", true, ledger(14))
        .attest("enforcement.venue-management", true, ledger(15))
        .attest("enforcement.rental-housing", true, ledger(16))
        .attest("enforcement.grid-policing", true, ledger(17))
        .attest("rehabilitation.procedures", true, ledger(18))
        .attest("rehabilitation.register-on-discovery", true, ledger(19))
        .attest("rehabilitation.assistance", true, ledger(20))
        .attest("groundwork.ledgers", true, ledger(21))
        .attest("groundwork.registration", true, ledger(22))
        .attest("groundwork.training", true, ledger(23))
        .attest("groundwork.information", true, ledger(24))
        .attest("distinction.initiatives", true, ledger(25))
        .attest("distinction.recognition", false, "无")
        .attest("responsibility.veto-applied", true, "东沙镇2025年度社会治安综合治理考核细则 第四条");

    e.vetoesChecked();
    e.peers(
        List.of(
            Peer.of("310199-002", 52300, 5),
            Peer.of("310199-003", 120400, 11),
            Peer.of("310199-004", 66800, 5),
            Peer.of("310199-005", 97150, 9),
            Peer.of("310199-006", 43900, 4)));
    return e;
  }

  /**
   * The sample town with its three gating failures mended and the advisory recognition attested: 994 of 1,104
   * urine tests (90.04 %), a third-quarter situation analysis, 61 of 121 abstinent three years (50.4 %). Every one
   * of the 51 criteria is met.
   */
  public static SampleEvidence allMet() {
    return sampleTown()
        .count(URINE_TEST_TESTS_DONE, 994)
        .count(USERS_ABSTINENT_3Y, 61)
        .addEvents(Event.of(EventType.SITUATION_ANALYSIS, day(9, 25)))
        .attest("distinction.recognition", true, "市禁毒办工作简报 2025年第6期");
  }

  public static String subunitId(int n) {
    return String.format("310199-001-%02d", n);
  }

  public static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2025, month, dayOfMonth);
  }

  private static String ledger(int volume) {
    return "2025年度禁毒工作台帐 第" + volume + "卷";
  }

  /** Returns an independent copy of this recipe. */
  public SampleEvidence copy() {
    SampleEvidence c = new SampleEvidence();
    c.unit = unit;
    c.period = period;
    c.counts.putAll(counts);
    c.previous.putAll(previous);
    c.subunits = subunits.map(ArrayList::new);
    c.events = events.map(ArrayList::new);
    c.attestations.putAll(attestations);
    c.vetoes = vetoes.map(ArrayList::new);
    c.peers = peers.map(ArrayList::new);
    return c;
  }

  /** Returns a copy with events, peers, sub-units and attestations each in a random order. */
  public SampleEvidence shuffled(Random random) {
    SampleEvidence c = copy();
    c.subunits.ifPresent(list -> Collections.shuffle(list, random));
    c.events.ifPresent(list -> Collections.shuffle(list, random));
    c.peers.ifPresent(list -> Collections.shuffle(list, random));
    List<Map.Entry<String, Attestation>> entries = new ArrayList<>(attestations.entrySet());
    Collections.shuffle(entries, random);
    c.attestations.clear();
    entries.forEach(entry -> c.attestations.put(entry.getKey(), entry.getValue()));
    return c;
  }

  public SampleEvidence unit(Unit newUnit) {
    this.unit = newUnit;
    return this;
  }

  public SampleEvidence count(MetricKey key, long value) {
    counts.put(key, value);
    return this;
  }

  public SampleEvidence withoutCount(MetricKey key) {
    counts.remove(key);
    return this;
  }

  public SampleEvidence previous(MetricKey key, long value) {
    previous.put(key, value);
    return this;
  }

  public SampleEvidence withoutPrevious(MetricKey key) {
    previous.remove(key);
    return this;
  }

  public SampleEvidence subunits(List<Unit> newSubunits) {
    this.subunits = Optional.of(new ArrayList<>(newSubunits));
    return this;
  }

  public SampleEvidence events(List<Event> newEvents) {
    this.events = Optional.of(new ArrayList<>(newEvents));
    return this;
  }

  /** Appends events, starting the record if there was none. */
  public SampleEvidence addEvents(Event... more) {
    if (events.isEmpty()) {
      events = Optional.of(new ArrayList<>());
    }
    Collections.addAll(events.get(), more);
    return this;
  }

  public SampleEvidence withoutEvents() {
    this.events = Optional.empty();
    return this;
  }

  public SampleEvidence attest(String criterion, boolean met, String reference) {
    attestations.put(criterion, Attestation.of(met, reference));
    return this;
  }

  public SampleEvidence withoutAttestation(String criterion) {
    attestations.remove(criterion);
    return this;
  }

  public SampleEvidence veto(String id, String reference) {
    vetoes = Optional.of(new ArrayList<>(vetoes.orElse(List.of())));
    vetoes.get().add(VetoFinding.of(id, reference));
    return this;
  }

  /** Records the veto check with no finding (an empty {@code vetoes} list: "checked, none found"). */
  public SampleEvidence vetoesChecked() {
    vetoes = Optional.of(new ArrayList<>(vetoes.orElse(List.of())));
    return this;
  }

  /** Removes the veto list (the veto check not recorded). */
  public SampleEvidence withoutVetoes() {
    vetoes = Optional.empty();
    return this;
  }

  public SampleEvidence peers(List<Peer> newPeers) {
    this.peers = Optional.of(new ArrayList<>(newPeers));
    return this;
  }

  public SampleEvidence withoutPeers() {
    this.peers = Optional.empty();
    return this;
  }

  public ImmutableList<MetricKey> countKeys() {
    return ImmutableList.copyOf(counts.keySet());
  }

  public ImmutableList<MetricKey> previousKeys() {
    return ImmutableList.copyOf(previous.keySet());
  }

  public ImmutableList<String> attestedCriteria() {
    return ImmutableList.copyOf(attestations.keySet());
  }

  public long countOf(MetricKey key) {
    Long value = counts.get(key);
    if (value == null) {
      throw new IllegalStateException("no count " + key);
    }
    return value;
  }

  /** Sets the assessment period (2025 by default). */
  public SampleEvidence period(AssessmentPeriod newPeriod) {
    this.period = newPeriod;
    return this;
  }

  /** Builds the evidence; the builder validates the rules that need no criteria set. */
  public Evidence build() {
    Evidence.Builder b = Evidence.builder().unit(unit).period(period);
    counts.forEach(b::putCounts);
    previous.forEach(b::putPrevious);
    subunits.ifPresent(list -> b.subunits(ImmutableList.copyOf(list)));
    events.ifPresent(list -> b.events(ImmutableList.copyOf(list)));
    attestations.forEach(b::putAttestations);
    vetoes.ifPresent(list -> b.vetoes(ImmutableList.copyOf(list)));
    peers.ifPresent(list -> b.peers(ImmutableList.copyOf(list)));
    return b.build();
  }

  /** Builds the evidence and assesses it on a criteria set. */
  public AssessmentResult assessOn(CriteriaSet set) {
    return set.assess(build());
  }

  /** Builds the evidence and assesses it on the default criteria set. */
  public AssessmentResult assess() {
    return CRITERIA.assess(build());
  }

  /** Builds the evidence and returns the outcome of one criterion of the default set. */
  public Outcome outcomeOf(String criterion) {
    return assess()
        .criterion(criterion)
        .orElseThrow(() -> new AssertionError("no criterion " + criterion))
        .outcome();
  }

  @Override
  public String toString() {
    return "SampleEvidence{counts="
        + counts
        + ", previous="
        + previous
        + ", subunits="
        + subunits
        + ", events="
        + events
        + ", attestations="
        + attestations.keySet()
        + ", vetoes="
        + vetoes
        + ", peers="
        + peers
        + "}";
  }
}
