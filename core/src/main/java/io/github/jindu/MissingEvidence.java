package io.github.jindu;

import java.util.Objects;

/**
 * A piece of evidence a criterion needed and the evidence lacks, so that the criterion is
 * {@link Outcome#NOT_ASSESSED}: a count of this period or the previous one, an attestation, a whole list, a
 * peer's figure, or a criterion's list of samples.
 *
 * <p>Example: {@code new MissingCount(MetricKey.of("youth.reached"))} for a youth coverage not assessed.
 *
 * @implSpec Implementations are immutable and thread-safe records.
 */
public sealed interface MissingEvidence
    permits MissingEvidence.MissingCount,
        MissingEvidence.MissingPreviousCount,
        MissingEvidence.MissingAttestation,
        MissingEvidence.MissingList,
        MissingEvidence.MissingPeerFigure,
        MissingEvidence.MissingPeerCount,
        MissingEvidence.MissingSample {

  /**
   * A count of this period ({@code counts} in {@code evidence/1}) not given.
   *
   * @param key the count's key, such as {@code youth.reached}
   */
  record MissingCount(MetricKey key) implements MissingEvidence {
    /**
     * Checks the key is given.
     *
     * @param key the count's key, such as {@code youth.reached}
     */
    public MissingCount {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * A count of the previous period ({@code previous} in {@code evidence/1}) not given.
   *
   * @param key the count's key, such as {@code volunteers}
   */
  record MissingPreviousCount(MetricKey key) implements MissingEvidence {
    /**
     * Checks the key is given.
     *
     * @param key the count's key, such as {@code volunteers}
     */
    public MissingPreviousCount {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * No attestation for a criterion with an {@link io.github.jindu.bar.Attested} bar.
   *
   * @param criterionId the criterion's id, such as {@code leadership.regular-study}
   */
  record MissingAttestation(String criterionId) implements MissingEvidence {
    /**
     * Checks the id is given.
     *
     * @param criterionId the criterion's id, such as {@code leadership.regular-study}
     */
    public MissingAttestation {
      Objects.requireNonNull(criterionId, "criterionId");
    }
  }

  /**
   * A whole list of the evidence absent (not the same as an empty list).
   *
   * @param list which list
   */
  record MissingList(EvidenceList list) implements MissingEvidence {
    /**
     * Checks the list is given.
     *
     * @param list which list
     */
    public MissingList {
      Objects.requireNonNull(list, "list");
    }
  }

  /**
   * A figure of a peer (another unit of the district, {@code peers} in {@code evidence/1} or the district's figures
   * in a selection) not known, so that its rate, and whether the unit's rate is the lowest (全区最低, 二(十)), is
   * not known either.
   *
   * <p>Example: {@code new MissingPeerFigure("310199-007", PeerField.CASES)}: the district does not know how many
   * cases 310199-007 had.
   *
   * @param unitId the peer unit's id, such as {@code 310199-007}
   * @param field which of its figures is not known
   */
  record MissingPeerFigure(String unitId, PeerField field) implements MissingEvidence {
    /**
     * Checks the fields are given.
     *
     * @param unitId the peer unit's id, such as {@code 310199-007}
     * @param field which of its figures is not known
     */
    public MissingPeerFigure {
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * A count of a peer ({@code peers[].counts} in {@code evidence/1}) not known, so that the district's average
   * over the peers (全区平均值, {@link io.github.jindu.bar.PeerAverage}) is not known either.
   *
   * <p>Example: {@code new MissingPeerCount("520102-007", MetricKey.of("survey.safe"))}: the district does not know
   * how many of 520102-007's respondents feel safe.
   *
   * @param unitId the peer unit's id, such as {@code 520102-007}
   * @param key the count's key, such as {@code survey.safe}
   */
  record MissingPeerCount(String unitId, MetricKey key) implements MissingEvidence {
    /**
     * Checks the fields are given.
     *
     * @param unitId the peer unit's id, such as {@code 520102-007}
     * @param key the count's key, such as {@code survey.safe}
     */
    public MissingPeerCount {
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * No list of the units sampled (抽查) for a criterion with a {@link io.github.jindu.bar.Sample} bar
   * ({@code samples.<criterion id>} in {@code evidence/1}).
   *
   * <p>Example: {@code new MissingSample("schools.sampled")}.
   *
   * @param criterionId the criterion's id, such as {@code schools.sampled}
   */
  record MissingSample(String criterionId) implements MissingEvidence {
    /**
     * Checks the id is given.
     *
     * @param criterionId the criterion's id, such as {@code schools.sampled}
     */
    public MissingSample {
      Objects.requireNonNull(criterionId, "criterionId");
    }
  }

  /** The figures of a {@link Peer}. */
  enum PeerField {
    /** Its actual population ({@code population}, 实有人口). */
    POPULATION,
    /** Its count of drug-related criminal cases ({@code cases}, 涉毒八类刑事案件). */
    CASES;
  }

  /** The lists of {@code evidence/1} whose absence leaves a criterion unassessed. */
  enum EvidenceList {
    /** The dated events ({@code events}). */
    EVENTS,
    /** The sub-units ({@code subunits}). */
    SUBUNITS,
    /** The district's other units ({@code peers}). */
    PEERS,
    /** The veto findings ({@code vetoes}), for a set with veto rules. */
    VETOES;
  }
}
