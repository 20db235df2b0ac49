package io.github.jindu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.jindu.internal.Builders;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The evidence (考评材料) for one unit and one assessment period: the Java form of {@code evidence/1}
 * (docs/evidence-format.md), field for field.
 *
 * <ul>
 *   <li>{@code counts}: this period's counts by {@link MetricKey}, each a whole number of people, cases, tests
 *       or sites, at least 0;
 *   <li>{@code previous}: the same counts for the previous period, read by the "rising" criteria;
 *   <li>{@code subunits}: the unit's villages, residents' committees, companies and schools; absent if not
 *       recorded, which is not the same as an empty list;
 *   <li>{@code events}: every dated event of the period; when present it is the complete record (a kind of event
 *       not in it did not happen), when absent the schedule criteria are not assessed;
 *   <li>{@code attestations}: assessors' judgements, by criterion id;
 *   <li>{@code vetoes}: veto findings (一票否决), for a criteria set with veto rules; absent if not recorded,
 *       which is not the same as an empty list ("checked, none found");
 *   <li>{@code peers}: the district's other units, for the lowest-case-rate criterion; absent if not given; a
 *       peer's population or count of cases may be unknown, which leaves that criterion not assessed;
 *   <li>{@code samples}: the units sampled (抽查) and their verdicts, by the id of a criterion with a sample bar; a
 *       criterion without a list is not assessed.
 * </ul>
 *
 * <p>An absent value is "no evidence": the criteria that read it are {@link Outcome#NOT_ASSESSED}, never met.
 *
 * <p>Building checks the rules that need no criteria set (docs/spec/criteria.md, "Invalid evidence"): no negative count, no
 * blank id, name or reference, no duplicate sub-unit, peer or sampled unit, no peer that is the unit itself, no peer population
 * of 0, no event after the period's end or (but for responsibility letters) before its start, settings only on
 * activities, a listed sub-unit on every responsibility letter. The rules that depend on a criteria set are
 * checked by {@link CriteriaSet#assess}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true)
public abstract class Evidence {
  Evidence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code unit} and {@code period} are required, every other field is optional
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the unit assessed} */
  public abstract Unit unit();

  /** {@return the assessment period} */
  public abstract AssessmentPeriod period();

  /** {@return this period's counts, by key, in the order given} */
  public abstract ImmutableMap<MetricKey, Long> counts();

  /** {@return the previous period's counts, by key, in the order given} */
  public abstract ImmutableMap<MetricKey, Long> previous();

  /** {@return the unit's sub-units (村, 居委, 公司, 学校), if recorded} */
  public abstract Optional<ImmutableList<Unit>> subunits();

  /** {@return the complete record of dated events, if given} */
  public abstract Optional<ImmutableList<Event>> events();

  /** {@return the assessors' attestations, by criterion id, in the order given} */
  public abstract ImmutableMap<String, Attestation> attestations();

  /**
   * Returns the veto findings (一票否决), if the veto check was recorded. For a criteria set with veto rules an absent
   * list is missing evidence (the unit is {@link OverallOutcome#INCOMPLETE}) and an empty list means "checked, none
   * found"; a set without veto rules (such as the default set) accepts an absent or empty list only
   * (docs/spec/criteria.md, "Outcomes").
   *
   * @return the findings, or empty if the evidence records no veto check
   */
  public abstract Optional<ImmutableList<VetoFinding>> vetoes();

  /**
   * Returns the veto findings, none when the list is empty or absent.
   *
   * @return the findings in the order given; empty when there are none or none were recorded
   */
  public final ImmutableList<VetoFinding> vetoFindings() {
    return vetoes().orElse(ImmutableList.of());
  }

  /** {@return the district's other units, if given} */
  public abstract Optional<ImmutableList<Peer>> peers();

  /**
   * Returns the units sampled (抽查) and the assessors' verdicts, by the id of a criterion with a
   * {@link io.github.jindu.bar.Sample} bar ({@code samples} in {@code evidence/1}). A criterion with no entry has no
   * record of a sample (it is {@link Outcome#NOT_ASSESSED}); an empty list is a sample of no unit.
   *
   * @return the lists by criterion id, in the order given; each list's units in the order given
   */
  public abstract ImmutableMap<String, ImmutableList<SampledUnit>> samples();

  /**
   * Returns the units sampled for a criterion.
   *
   * @param criterionId the criterion's id
   * @return its list, or empty if the evidence has none for it
   */
  public final Optional<ImmutableList<SampledUnit>> sample(String criterionId) {
    return Optional.ofNullable(samples().get(criterionId));
  }

  /**
   * Returns the digest of this evidence (考评材料摘要), the value every assessment of it carries as
   * {@link AssessmentResult#evidenceDigest()}: {@code sha256:} and 64 lower-case hex digits, the SHA-256 of the
   * UTF-8 bytes of its canonical form (docs/evidence-format.md, "evidenceDigest"). The same evidence in another
   * order (counts, sub-units, events, attestations, peers) has the same digest; any other change gives another.
   *
   * <p>It is computed once, on first use, and kept: assessing one evidence against several criteria sets, or
   * many times, hashes it once.
   *
   * @return the digest, such as {@code sha256:4f1c…}
   */
  @Value.Lazy
  public String evidenceDigest() {
    return EvidenceDigest.of(this);
  }

  /**
   * Returns this period's count for a key.
   *
   * @param key the metric
   * @return the count, at least 0, or empty if not given
   */
  public final OptionalLong count(MetricKey key) {
    Long value = counts().get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * Returns the previous period's count for a key.
   *
   * @param key the metric
   * @return the count, at least 0, or empty if not given
   */
  public final OptionalLong previousCount(MetricKey key) {
    Long value = previous().get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Value.Check
  void check() {
    ImmutableList<Violation> violations = EvidenceRules.intrinsic(this);
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
  }

  /**
   * Returns a copy with the unit replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param unit the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withUnit(Unit unit) {
    return copy().copyWithUnit(unit);
  }

  /**
   * Returns a copy with the period replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param period the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withPeriod(AssessmentPeriod period) {
    return copy().copyWithPeriod(period);
  }

  /**
   * Returns a copy with this period's counts replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param counts the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withCounts(Map<MetricKey, Long> counts) {
    return copy().copyWithCounts(counts);
  }

  /**
   * Returns a copy with the previous period's counts replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param previous the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withPrevious(Map<MetricKey, Long> previous) {
    return copy().copyWithPrevious(previous);
  }

  /**
   * Returns a copy with the sub-units (now recorded) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param subunits the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withSubunits(Iterable<Unit> subunits) {
    return copy().copyWithSubunits(ImmutableList.copyOf(subunits));
  }

  /**
   * Returns a copy with the record of events (now given) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param events the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withEvents(Iterable<Event> events) {
    return copy().copyWithEvents(ImmutableList.copyOf(events));
  }

  /**
   * Returns a copy with the attestations replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param attestations the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withAttestations(Map<String, Attestation> attestations) {
    return copy().copyWithAttestations(attestations);
  }

  /**
   * Returns a copy with the veto findings (now recorded) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param vetoes the new value; empty means "checked, none found"
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withVetoes(Iterable<VetoFinding> vetoes) {
    return copy().copyWithVetoes(ImmutableList.copyOf(vetoes));
  }

  /**
   * Returns a copy without a veto list (the veto check not recorded), every other attribute as it is.
   *
   * @return the copy, or this value if it has no veto list
   */
  public final Evidence withoutVetoes() {
    return copy().copyWithVetoes(Optional.empty());
  }

  /**
   * Returns a copy with the peers (now given) replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param peers the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withPeers(Iterable<Peer> peers) {
    return copy().copyWithPeers(ImmutableList.copyOf(peers));
  }

  /**
   * Returns a copy without a peer list (peers not given), every other attribute as it is.
   *
   * @return the copy, or this value if it has no peer list
   */
  public final Evidence withoutPeers() {
    return copy().copyWithPeers(Optional.empty());
  }

  /**
   * Returns a copy with the lists of samples replaced, every other attribute as it is; the copy is checked as a new
   * value is.
   *
   * @param samples the new value, by criterion id
   * @return the copy, or this value if nothing changes
   * @throws InvalidEvidenceException if the copy breaks a rule that Evidence checks itself
   */
  public final Evidence withSamples(Map<String, ? extends ImmutableList<SampledUnit>> samples) {
    return copy().copyWithSamples(samples);
  }

  /** {@return this value as its generated class, whose copy methods check what they build} */
  private ImmutableEvidence copy() {
    return (ImmutableEvidence) ImmutableEvidence.copyOf(this);
  }

  /** A builder of {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the evidence
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public Evidence build() {
      return Builders.build(super::build, "Evidence");
    }

    /**
     * Sets the sub-units, from any collection; the list is then recorded (an empty one means "none").
     *
     * @param subunits the unit's villages, residents' committees, companies and schools, in any order
     * @return this builder
     */
    public Builder subunits(Iterable<Unit> subunits) {
      return subunits(ImmutableList.copyOf(subunits));
    }

    /**
     * Sets the record of events, from any collection; it is then the complete record of the period.
     *
     * @param events every dated event of the period
     * @return this builder
     */
    public Builder events(Iterable<Event> events) {
      return events(ImmutableList.copyOf(events));
    }

    /**
     * Sets the veto findings, from any collection; the veto check is then recorded (an empty one means "checked,
     * none found").
     *
     * @param vetoes the findings, each listed once
     * @return this builder
     */
    public Builder vetoes(Iterable<VetoFinding> vetoes) {
      return vetoes(ImmutableList.copyOf(vetoes));
    }

    /**
     * Sets the district's other units, from any collection.
     *
     * @param peers the peers, each listed once
     * @return this builder
     */
    public Builder peers(Iterable<Peer> peers) {
      return peers(ImmutableList.copyOf(peers));
    }

    /**
     * Adds the units sampled for a criterion, from any collection.
     *
     * @param criterionId the id of a criterion with a sample bar
     * @param units the units sampled and their verdicts, each listed once
     * @return this builder
     */
    public Builder putSample(String criterionId, Iterable<SampledUnit> units) {
      return putSamples(criterionId, ImmutableList.copyOf(units));
    }
  }
}
