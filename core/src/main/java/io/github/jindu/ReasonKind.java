package io.github.jindu;

/**
 * Why an assessment has its overall outcome ({@link OverallReason#kind()}), decided with the outcome itself. In
 * {@code result/1} it is written as its wire name ({@code veto-item-not-assessed}…).
 */
public enum ReasonKind {
  /** A veto finding (一票否决) of one of the set's veto rules is in the evidence: {@link OverallOutcome#VETOED}. */
  VETO_FINDING,
  /**
   * The set has veto rules and the evidence has no {@code vetoes} list, so the veto check is undocumented and the
   * unit cannot be cleared of a veto: {@link OverallOutcome#INCOMPLETE} (an empty list means "checked, none
   * found"; docs/spec/criteria.md, "Outcomes"). With or without a points scheme; a gating criterion not met (or,
   * under a points scheme, a veto item not met) comes first.
   */
  VETOES_ABSENT,
  /** Under a points scheme, a veto item (一票否决项) is not met: {@link OverallOutcome#VETOED}. */
  VETO_ITEM_NOT_MET,
  /**
   * Under a points scheme, a veto item lacks evidence, so the unit cannot be cleared of it:
   * {@link OverallOutcome#INCOMPLETE}, whatever the score.
   */
  VETO_ITEM_NOT_ASSESSED,
  /** Under a points scheme, the total is below the pass mark: {@link OverallOutcome#NOT_QUALIFIED}. */
  BELOW_PASS_MARK,
  /** Under a points scheme, the total reaches the pass mark: {@link OverallOutcome#QUALIFIED}. */
  PASS_MARK_REACHED,
  /** Without a points scheme, a gating criterion is not met: {@link OverallOutcome#NOT_QUALIFIED}. */
  GATING_NOT_MET,
  /**
   * Without a points scheme, no gating criterion is unmet but one lacks evidence:
   * {@link OverallOutcome#INCOMPLETE}.
   */
  GATING_NOT_ASSESSED,
  /**
   * Without a points scheme, every gating criterion is met or not applicable and no veto is found:
   * {@link OverallOutcome#QUALIFIED}.
   */
  ALL_MET;

  /**
   * Returns the overall outcome this reason decides.
   *
   * @return for example {@link OverallOutcome#INCOMPLETE} for {@link #VETO_ITEM_NOT_ASSESSED}
   */
  public OverallOutcome overall() {
    return switch (this) {
      case VETO_FINDING, VETO_ITEM_NOT_MET -> OverallOutcome.VETOED;
      case VETOES_ABSENT, VETO_ITEM_NOT_ASSESSED, GATING_NOT_ASSESSED -> OverallOutcome.INCOMPLETE;
      case BELOW_PASS_MARK, GATING_NOT_MET -> OverallOutcome.NOT_QUALIFIED;
      case PASS_MARK_REACHED, ALL_MET -> OverallOutcome.QUALIFIED;
    };
  }

  /**
   * Returns whether this reason belongs to a points scheme: true for the veto items and the pass mark, false for
   * the gating criteria; {@link #VETO_FINDING} and {@link #VETOES_ABSENT} hold with or without one.
   *
   * @return true for {@link #VETO_ITEM_NOT_MET}, {@link #VETO_ITEM_NOT_ASSESSED}, {@link #BELOW_PASS_MARK} and
   *     {@link #PASS_MARK_REACHED}
   */
  public boolean isScored() {
    return switch (this) {
      case VETO_ITEM_NOT_MET, VETO_ITEM_NOT_ASSESSED, BELOW_PASS_MARK, PASS_MARK_REACHED -> true;
      case VETO_FINDING, VETOES_ABSENT, GATING_NOT_MET, GATING_NOT_ASSESSED, ALL_MET -> false;
    };
  }

  /**
   * Returns whether this reason names the criteria behind it: the veto items or gating criteria not met or not
   * assessed (at least one); {@link #BELOW_PASS_MARK} names the gating criteria not met or not assessed, possibly
   * none.
   *
   * @return true for the kinds whose criteria list is never empty
   */
  public boolean namesCriteria() {
    return switch (this) {
      case VETO_ITEM_NOT_MET, VETO_ITEM_NOT_ASSESSED, GATING_NOT_MET, GATING_NOT_ASSESSED -> true;
      case VETO_FINDING, VETOES_ABSENT, BELOW_PASS_MARK, PASS_MARK_REACHED, ALL_MET -> false;
    };
  }
}
