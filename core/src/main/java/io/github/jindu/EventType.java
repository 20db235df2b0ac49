package io.github.jindu;

/**
 * The kind of a dated event in the evidence (a dated record of something done in the period). Wire names as
 * in docs/evidence-format.md.
 */
public enum EventType {
  /** The adoption of the year's prevention-education plan (年初有计划, 二(五)). */
  PREVENTION_PLAN,
  /** A prevention-education activity, tagged with the settings it reached (月月有活动, 七进, 二(五)). */
  PREVENTION_ACTIVITY,
  /** A concentrated prevention campaign (集中宣传教育, 二(五)). */
  PREVENTION_CAMPAIGN,
  /** An inspection of drug-control work (禁毒工作检查, 二(八)). */
  INSPECTION,
  /** An analysis of the drug situation (毒情分析, 二(八)). */
  SITUATION_ANALYSIS,
  /** A training of drug-control cadres (干部培训, 二(八)); recorded, not scheduled by the default set. */
  TRAINING,
  /** A responsibility letter (禁毒工作责任书) signed with one sub-unit (二(三)); may predate the period. */
  RESPONSIBILITY_LETTER;
}
