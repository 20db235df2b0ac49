package io.github.jindu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import io.github.jindu.bar.MinShare;
import io.github.jindu.internal.Builders;
import io.github.jindu.internal.Texts;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A criteria set (考评标准): the indicators, criteria and veto rules a unit is assessed on, and the kinds of unit
 * it applies to. The default set is {@link io.github.jindu.catalogue.MunicipalModelCommunity#criteriaSet()}.
 *
 * <p>Its one operation, {@link #assess(Evidence)}, is the library's pure assessment function.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true)
public abstract class CriteriaSet {
  CriteriaSet() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; id, names, at least one unit kind and at least one indicator are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable id, such as {@code municipal-model-community}; public API} */
  public abstract String id();

  /**
   * Returns the version label of the set: districts revise their criteria every few years, and an auditor must
   * tell which version produced a result. Together with {@link #fingerprint()} it identifies the exact rules.
   *
   * @return for example {@code "2009"}; "1" when not set
   */
  @Value.Default
  public String version() {
    return "1";
  }

  /**
   * Returns the first day on which this version is in force, inclusive.
   *
   * @return the day, or empty for "since ever"
   */
  public abstract Optional<LocalDate> inForceFrom();

  /**
   * Returns the last day on which this version is in force, inclusive.
   *
   * @return the day, or empty for "until further notice"
   */
  public abstract Optional<LocalDate> inForceUntil();

  /**
   * Returns whether this version is in force on every day of a period.
   *
   * @param period an assessment period
   * @return true if the period lies within {@link #inForceFrom()} and {@link #inForceUntil()}
   */
  public final boolean isInForce(AssessmentPeriod period) {
    return inForceFrom().map(from -> !period.start().isBefore(from)).orElse(true)
        && inForceUntil().map(until -> !period.end().isAfter(until)).orElse(true);
  }

  /**
   * Returns whether this version is in force on a day.
   *
   * @param day a day
   * @return true if the day lies within {@link #inForceFrom()} and {@link #inForceUntil()}
   */
  public final boolean isInForceOn(LocalDate day) {
    return isInForce(AssessmentPeriod.of(day, day));
  }

  /**
   * Returns the definitions of the counts the set reads: names and what each counts. When given, every count a
   * criterion reads must be defined, every definition must be read, and each count must be used as what it
   * counts (a share divides like by like, a rate's base is people). A set built in Java may leave this empty.
   *
   * @return the definitions, in the order given
   */
  public abstract ImmutableList<Metric> metricDefinitions();

  /**
   * Finds the definition of a count.
   *
   * @param key the count's key
   * @return its definition, or empty if the set defines none for it
   */
  public final Optional<Metric> metricDefinition(MetricKey key) {
    return metricDefinitions().stream().filter(m -> m.key().equals(key)).findFirst();
  }

  /** {@return the Chinese name, such as 市禁毒工作示范社区} */
  public abstract String chineseName();

  /** {@return the English name} */
  public abstract String englishName();

  /**
   * Returns the set's name in Traditional characters (繁體), such as 市禁毒工作示範社區.
   *
   * @return the Traditional name, or empty if the set gives none (a report then uses {@link #chineseName()})
   */
  public abstract Optional<String> traditionalChineseName();

  /**
   * Returns the policy document the set encodes, as a report names it: title, issuer, place and date as far as
   * they are known.
   *
   * @return for example {@code "禁毒示范社区评选工作意见（镇禁毒工作领导小组，上海，约2009年）"}; empty if not recorded
   */
  public abstract Optional<String> source();

  /** {@return the kinds of unit assessed on this set, such as town and street} */
  public abstract ImmutableSet<UnitKind> unitKinds();

  /**
   * Returns whether the set assesses periods of at most one year, as an annual policy does (年度, 年初, 每两年 are
   * counted from a year's period).
   *
   * @return true by default: a period of a year and a day or more is invalid evidence
   */
  @Value.Default
  public boolean annual() {
    return true;
  }

  /**
   * Returns whether the set assesses one calendar year at a time (一个自然年度: 1 January to 31 December), as the
   * default set does: its bars are annual (年度, 年初, 每两年), and a shorter period would turn every schedule bar
   * into NOT_APPLICABLE (docs/spec/criteria.md, "Invalid evidence"). A set of one's own may allow other periods.
   *
   * @return false by default; when true, evidence for any other period is invalid
   *     ({@link RuleCode#PERIOD_NOT_CALENDAR_YEAR})
   */
  @Value.Default
  public boolean calendarYear() {
    return false;
  }

  /** {@return the indicators (一级指标), in catalogue order} */
  public abstract ImmutableList<Indicator> indicators();

  /**
   * Returns the points scheme (计分方案), if the set has one: then every result carries a {@link Score} and the
   * overall outcome follows the pass mark and the veto items instead of "every gating criterion met".
   *
   * @return the scheme, or empty (the default set has none: the policy gives no points)
   */
  public abstract Optional<PointsScheme> pointsScheme();

  /** {@return the veto rules (一票否决); possibly none} */
  public abstract ImmutableList<VetoRule> vetoRules();

  /**
   * Returns the event types the set declares for itself (自定义事件类型), beside the built-in {@link EventType}s; the
   * default set declares none. Its bars may read them, and evidence assessed on it may hold events of them.
   *
   * @return the declared types, in the order given; their ids are distinct and none is a built-in id
   */
  public abstract ImmutableList<EventTypeDefinition> eventTypes();

  /**
   * Finds a declared event type.
   *
   * @param kind an event kind
   * @return the set's definition of it, or empty for a built-in kind or one the set does not declare
   */
  public final Optional<EventTypeDefinition> eventType(EventKind kind) {
    return eventTypes().stream().filter(d -> d.id().equals(kind.id())).findFirst();
  }

  /**
   * Returns whether the set knows an event kind: it is built in, or the set declares it.
   *
   * @param kind an event kind
   * @return true for a built-in kind and for one of {@link #eventTypes()}
   */
  public final boolean knows(EventKind kind) {
    return kind.isBuiltIn() || eventType(kind).isPresent();
  }

  /**
   * Returns every criterion of every indicator, in catalogue order.
   *
   * @return the criteria
   */
  @Value.Derived
  public ImmutableList<Criterion> criteria() {
    return indicators().stream()
        .flatMap(i -> i.criteria().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every count key read by a criterion of the set.
   *
   * @return the keys, in catalogue order of first use
   */
  @Value.Derived
  public ImmutableSet<MetricKey> metrics() {
    return criteria().stream()
        .flatMap(c -> c.threshold().metrics().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the canonical form of the set: a text that holds everything that decides or names an outcome (id,
   * version, names, source, period in force, unit kinds, annual and calendar-year flags, metric definitions with
   * their wholes, indicators, criteria with
   * their bars, veto rules), one element a line, fields separated by tabs, in a fixed order, with {@code \\},
   * tab and line breaks escaped. Two sets with equal canonical forms assess every evidence alike. Its SHA-256 is
   * the {@link #fingerprint()}.
   *
   * @return the canonical form, ending with a line break
   */
  @Value.Derived
  @Value.Auxiliary
  public String canonicalForm() {
    return CanonicalForm.of(this);
  }

  /**
   * Returns the fingerprint of the set: {@code sha256:} and the lower-case hexadecimal SHA-256 of the UTF-8 bytes of
   * {@link #canonicalForm()}. Every result carries it, so an auditor can tell exactly which rules produced it.
   *
   * @return for example {@code "sha256:3f5a…"} (71 characters)
   */
  @Value.Derived
  @Value.Auxiliary
  public String fingerprint() {
    return "sha256:" + Hashing.sha256().hashString(canonicalForm(), StandardCharsets.UTF_8);
  }

  /**
   * Returns whether another object is a criteria set with the same {@link #canonicalForm()}, and so the same
   * {@link #fingerprint()}: the order of a map's keys does not count, decimals are compared by value (1.50 is 1.5).
   *
   * @param other any object
   * @return true exactly when the fingerprints are equal
   */
  @Override
  public final boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return this == other
        || other instanceof CriteriaSet set && canonicalForm().equals(set.canonicalForm());
  }

  /** {@return the hash code of the canonical form} */
  @Override
  public final int hashCode() {
    return canonicalForm().hashCode();
  }

  /** {@return what the rules of valid evidence read of this set, worked out once, on first use} */
  @Value.Lazy
  EvidenceRules.SetRules evidenceRules() {
    return new EvidenceRules.SetRules(this);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Indicator> indicatorByCriterion() {
    ImmutableMap.Builder<String, Indicator> map = ImmutableMap.builder();
    indicators().forEach(i -> i.criteria().forEach(c -> map.put(c.id(), i)));
    return map.buildKeepingLast();
  }

  /**
   * Finds a criterion by id.
   *
   * @param id a criterion id, such as {@code results.no-production}
   * @return the criterion, or empty if the set has none of that id
   */
  public Optional<Criterion> criterion(String id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the indicator a criterion belongs to.
   *
   * @param criterion a criterion of this set
   * @return its indicator
   * @throws IllegalArgumentException if the criterion is not in this set
   */
  public Indicator indicatorOf(Criterion criterion) {
    Indicator indicator = indicatorByCriterion().get(criterion.id());
    if (indicator == null || !indicator.criteria().contains(criterion)) {
      throw new IllegalArgumentException(
          "criterion " + criterion.id() + " is not in criteria set " + id());
    }
    return indicator;
  }

  /**
   * Assesses a unit's evidence for a period against this set: the library's pure, exact assessment function.
   *
   * <p>Every criterion is evaluated to one {@link Outcome} with what was observed ({@link Observation}, exact
   * integers and dates) or the evidence missing, the bar and the clause; the overall outcome, with its
   * {@link OverallReason}, follows docs/spec/criteria.md: {@link OverallOutcome#VETOED} on any veto finding, else
   * {@link OverallOutcome#NOT_QUALIFIED} when a gating criterion is not met, else
   * {@link OverallOutcome#INCOMPLETE} when one is not assessed, else {@link OverallOutcome#QUALIFIED}; under a
   * points scheme, a veto item not met vetoes, a veto item not assessed leaves the result incomplete, and otherwise
   * the total decides against the pass mark. No clock,
   * locale or time zone is read; the same evidence always gives an equal result.
   *
   * @param evidence the unit's evidence for the period
   * @return the result, with every criterion of the set in catalogue order
   * @throws InvalidEvidenceException with every violation found, if the evidence breaks a rule that depends on
   *     this set: a unit kind the set does not assess, a count key no criterion reads, a share's numerator above
   *     its denominator (this period or the previous), a rate base of 0, an attestation for an unknown or
   *     non-attested criterion, an unknown veto id
   */
  public AssessmentResult assess(Evidence evidence) {
    return assess(evidence, Attribution.none());
  }

  /**
   * Assesses a unit's evidence as {@link #assess(Evidence)} does, and records who assessed on what day in the
   * result ({@link AssessmentResult#attribution()}), for the audit block of its report and for {@code result/1}.
   * The attribution changes nothing else: the outcomes, the reason and the evidence digest are those of
   * {@link #assess(Evidence)}.
   *
   * <p>Example: {@code set.assess(evidence, Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组"))}.
   *
   * @param evidence the unit's evidence for the period
   * @param attribution the assessment date and the assessor, as given by the caller (never a clock's date), or
   *     {@link Attribution#none()}
   * @return the result, recording {@code attribution}
   * @throws InvalidEvidenceException as {@link #assess(Evidence)} does
   */
  public AssessmentResult assess(Evidence evidence, Attribution attribution) {
    ImmutableList<Violation> violations = validate(evidence);
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
    AssessmentResult result = Evaluator.assess(this, evidence);
    return attribution.isEmpty()
        ? result
        : ((ImmutableAssessmentResult) ImmutableAssessmentResult.copyOf(result))
            .copyWithAttribution(attribution);
  }

  /**
   * Checks evidence against the rules of valid evidence that depend on this set, without assessing it: the unit's
   * kind is one the set assesses; the period is one calendar year if the set is {@link #calendarYear()}, at most a
   * year long if it is {@link #annual()}; every count key (this period's and the previous) is read by a criterion; no
   * share's numerator exceeds its denominator, nor any count a count it is {@linkplain Metric#partOf() part of}
   * (this period or the previous); no rate base is 0; every attestation
   * is for an attested criterion of the set; every veto finding names a veto rule of the set. The rules that need
   * no set are guarded by {@link Evidence} itself.
   *
   * @param evidence the evidence
   * @return every violation, with its location, in document order; empty when {@link #assess} will not throw
   */
  public ImmutableList<Violation> validate(Evidence evidence) {
    return EvidenceRules.against(evidence, this);
  }

  /**
   * Checks one peer's figures, given apart from any unit's evidence (a district's own list of its units, as {@code
   * select} reads it), against every rule of valid evidence that applies to a peer: a known population of at least
   * 1 and known cases of at least 0 (二(十), 万人发案率); each count one this set reads, none below 0, no part above
   * its whole and no rate base of 0 (the figures a {@link io.github.jindu.bar.PeerAverage} bar averages). A figure
   * left out is not a violation: it makes the bars that read it not assessed.
   *
   * @param peer the peer
   * @param at where the peer is, such as {@code $.peers[2]} of the district's document; each violation is located
   *     under it ({@code population}, {@code cases}, {@code counts["key"]})
   * @return every violation, in the order of the peer's members; empty when the peer's figures may be averaged and
   *     compared
   */
  public ImmutableList<Violation> validatePeer(Peer peer, Location at) {
    return EvidenceRules.peer(peer, at, this);
  }

  /**
   * Checks a sub-unit's evidence (a village's, a residents' committee's: the
   * {@link io.github.jindu.district.RollUp#CONTRIBUTING_KINDS}, whose counts roll up) against the rules of valid
   * evidence that depend on this set, exactly as {@link #validate} checks a town's, before it is rolled up into its
   * town (docs/spec/criteria.md, "Invalid evidence": every document that feeds an assessment obeys every rule,
   * whoever wrote it): a part above its whole, a rate base of 0, a count the set does not read, an event outside its
   * window, an attestation or a veto finding the set does not know. Two rules are left out because they concern the
   * tree: the sub-unit's kind is not one the set assesses (towns and streets are assessed, their villages are not),
   * and its period is its parent's ({@link io.github.jindu.district.UnitTree} checks that). A school's, a
   * company's or a family's evidence is checked for what holds whatever title it is for: nothing of it rolls up,
   * and it is assessed for its own title (无毒校园, 无毒单位, 无毒家庭) on a set of its own, so it may carry metrics,
   * attestations and findings this set does not know; but no count it gives may be above its whole (a school's
   * {@code students.reached} above its {@code students.total}, say).
   *
   * @param evidence a sub-unit's evidence
   * @return every violation, with its location in the sub-unit's own document, in document order
   */
  public ImmutableList<Violation> validateSubunit(Evidence evidence) {
    if (!io.github.jindu.district.RollUp.CONTRIBUTING_KINDS.contains(evidence.unit().kind())) {
      return EvidenceRules.ownTitle(evidence, this);
    }
    return EvidenceRules.against(evidence, this, true);
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(id()) || Texts.isBlank(chineseName()) || Texts.isBlank(englishName())) {
      throw InvalidCriteriaException.of(RuleCode.SET_NAMES_BLANK, id());
    }
    if (unitKinds().isEmpty()) {
      throw InvalidCriteriaException.of(RuleCode.SET_NO_UNIT_KINDS, id());
    }
    if (indicators().isEmpty()) {
      throw InvalidCriteriaException.of(RuleCode.SET_NO_INDICATORS, id());
    }
    if (indicators().stream().flatMap(i -> i.criteria().stream()).allMatch(Criterion::advisory)) {
      throw InvalidCriteriaException.at(
          RuleCode.SET_NO_GATING_CRITERION, Location.root().member("indicators"), id());
    }
    Set<String> ids = new HashSet<>();
    for (Indicator indicator : indicators()) {
      requireUnique(ids, RuleCode.INDICATOR_ID_TWICE, indicator.id());
      for (Criterion criterion : indicator.criteria()) {
        requireUnique(ids, RuleCode.CRITERION_ID_TWICE, criterion.id());
      }
    }
    for (VetoRule veto : vetoRules()) {
      requireUnique(ids, RuleCode.VETO_RULE_ID_TWICE, veto.id());
    }
    Set<String> eventIds = new HashSet<>();
    for (int i = 0; i < eventTypes().size(); i++) {
      String eventId = eventTypes().get(i).id();
      if (!eventIds.add(eventId)) {
        throw InvalidCriteriaException.at(
            RuleCode.EVENT_TYPE_ID_TWICE, Location.root().member("eventTypes").index(i), eventId);
      }
    }
    for (Criterion criterion : criteria()) {
      for (EventKind kind : criterion.threshold().eventKinds()) {
        if (!kind.isBuiltIn() && !eventIds.contains(kind.id())) {
          throw InvalidCriteriaException.of(
              RuleCode.EVENT_TYPE_UNDECLARED, kind.id(), criterion.id());
        }
      }
    }
    if (Texts.isBlank(version())) {
      throw InvalidCriteriaException.of(RuleCode.SET_VERSION_BLANK, id());
    }
    if (inForceFrom().isPresent()
        && inForceUntil().isPresent()
        && inForceUntil().get().isBefore(inForceFrom().get())) {
      throw InvalidCriteriaException.of(
          RuleCode.SET_IN_FORCE_REVERSED,
          id(),
          version(),
          inForceUntil().get(),
          inForceFrom().get());
    }
    if (!metricDefinitions().isEmpty()) {
      MetricMeanings.check(this);
    }
    pointsScheme().ifPresent(this::checkScheme);
  }

  private void checkScheme(PointsScheme scheme) {
    Set<String> criterionIds = new HashSet<>();
    criteria().forEach(c -> criterionIds.add(c.id()));
    Set<String> indicatorIds = new HashSet<>();
    indicators().forEach(i -> indicatorIds.add(i.id()));
    Set<String> named = new HashSet<>(scheme.criterionPoints().keySet());
    named.addAll(scheme.tiers().keySet());
    named.addAll(scheme.perOccurrence().keySet());
    named.addAll(scheme.perShortfall().keySet());
    named.addAll(scheme.bonusPoints().keySet());
    named.addAll(scheme.vetoItems());
    for (String id : named) {
      if (!criterionIds.contains(id)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_UNKNOWN_CRITERION, Location.root().member("points"), id, id());
      }
    }
    for (String id : scheme.sections().keySet()) {
      if (!indicatorIds.contains(id)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_UNKNOWN_INDICATOR,
            Location.root().member("points").member("sections"),
            id,
            id());
      }
    }
    for (Indicator indicator : indicators()) {
      PointsScheme.Section section = scheme.sections().get(indicator.id());
      if (section != null && section.weight().isPresent()) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (Criterion c : indicator.criteria()) {
          sum = sum.add(scheme.mostPointsOf(c.id()));
        }
        sum =
            sum.add(
                scheme.indicatorPoints().getOrDefault(indicator.id(), java.math.BigDecimal.ZERO));
        if (sum.compareTo(section.weight().get()) != 0) {
          throw InvalidCriteriaException.at(
              RuleCode.POINTS_SECTION_WEIGHT,
              Location.root().member("points").member("sections").key(indicator.id()),
              indicator.id(),
              section.weight().get().stripTrailingZeros().toPlainString(),
              sum.signum() == 0 ? "0" : sum.stripTrailingZeros().toPlainString());
        }
      }
    }
    for (String id : scheme.indicatorPoints().keySet()) {
      if (!indicatorIds.contains(id)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_UNKNOWN_INDICATOR, Location.root().member("points"), id, id());
      }
    }
    for (Indicator indicator : indicators()) {
      if (scheme.indicatorPoints().containsKey(indicator.id())
          && indicator.criteria().stream().allMatch(Criterion::advisory)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_INDICATOR_WITHOUT_GATING,
            Location.root().member("points").member("indicators").key(indicator.id()),
            indicator.id());
      }
    }
    for (String id : scheme.vetoItems()) {
      if (criterion(id).orElseThrow().advisory()) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_VETO_ITEM_ADVISORY, Location.root().member("points"), id);
      }
    }
    Set<String> scored = new java.util.LinkedHashSet<>(scheme.criterionPoints().keySet());
    scored.addAll(scheme.tiers().keySet());
    scored.addAll(scheme.perOccurrence().keySet());
    scored.addAll(scheme.perShortfall().keySet());
    for (String id : scored) {
      if (criterion(id).orElseThrow().advisory()) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_ADVISORY_CRITERION,
            Location.root().member("points").member("criteria").key(id),
            id);
      }
    }
    for (String id : scheme.perOccurrence().keySet()) {
      if (!(criterion(id).orElseThrow().threshold() instanceof io.github.jindu.bar.AtLeastEvents)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_PER_OCCURRENCE_NOT_EVENTS,
            Location.root().member("points").member("criteria").key(id),
            id);
      }
    }
    for (String id : scheme.perShortfall().keySet()) {
      io.github.jindu.bar.Threshold bar = criterion(id).orElseThrow().threshold();
      if (!io.github.jindu.internal.Scoring.countsShortfall(bar)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_PER_SHORTFALL_BAR,
            Location.root().member("points").member("criteria").key(id),
            id,
            io.github.jindu.internal.CanonicalNames.of(bar.kind()));
      }
    }
    for (String id : scheme.tiers().keySet()) {
      if (!(criterion(id).orElseThrow().threshold() instanceof MinShare)) {
        throw InvalidCriteriaException.at(
            RuleCode.POINTS_TIERS_NOT_SHARE, Location.root().member("points"), id);
      }
    }
  }

  private void requireUnique(Set<String> ids, RuleCode rule, String id) {
    if (!ids.add(id)) {
      throw InvalidCriteriaException.of(rule, id, id());
    }
  }

  /**
   * Returns a copy with the version label replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param version the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withVersion(String version) {
    return copy().copyWithVersion(version);
  }

  /**
   * Returns a copy with the indicators and their criteria replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param indicators the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withIndicators(Iterable<Indicator> indicators) {
    return copy().copyWithIndicators(indicators);
  }

  /**
   * Returns a copy with the points scheme (empty: none) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param pointsScheme the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withPointsScheme(Optional<PointsScheme> pointsScheme) {
    return copy().copyWithPointsScheme(pointsScheme);
  }

  /**
   * Returns a copy with the veto rules replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param vetoRules the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withVetoRules(Iterable<VetoRule> vetoRules) {
    return copy().copyWithVetoRules(vetoRules);
  }

  /**
   * Returns a copy that does or does not assess one calendar year only ({@link #calendarYear()}), every other
   * attribute as it is; the copy is checked as a new value is. Its fingerprint differs: give it another version.
   *
   * @param calendarYear the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withCalendarYear(boolean calendarYear) {
    return copy().copyWithCalendarYear(calendarYear);
  }

  /**
   * Returns a copy with the metric definitions replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param metricDefinitions the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withMetricDefinitions(Iterable<Metric> metricDefinitions) {
    return copy().copyWithMetricDefinitions(metricDefinitions);
  }

  /**
   * Returns a copy with the first day in force (empty: always) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param inForceFrom the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withInForceFrom(Optional<LocalDate> inForceFrom) {
    return copy().copyWithInForceFrom(inForceFrom);
  }

  /**
   * Returns a copy with the last day in force (empty: open-ended) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param inForceUntil the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criteria set
   */
  public final CriteriaSet withInForceUntil(Optional<LocalDate> inForceUntil) {
    return copy().copyWithInForceUntil(inForceUntil);
  }

  /** {@return this value as its generated class, whose copy methods check what they build} */
  private ImmutableCriteriaSet copy() {
    return (ImmutableCriteriaSet) ImmutableCriteriaSet.copyOf(this);
  }

  /** A builder of {@link CriteriaSet}. */
  public static final class Builder extends ImmutableCriteriaSet.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the criteriaSet
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public CriteriaSet build() {
      return Builders.build(super::build, "CriteriaSet");
    }
  }
}
