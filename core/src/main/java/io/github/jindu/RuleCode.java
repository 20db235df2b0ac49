package io.github.jindu;

/**
 * The rules a {@link Violation} can break, each with a stable, documented {@link #code()} (lower-case words joined
 * by {@code .} and {@code -}, such as {@code count.part-above-whole}): the key of its message in every language and
 * the name an integrator can branch on. The rules are those of docs/spec/criteria.md ("Invalid evidence"), of
 * docs/evidence-format.md, criteria-format.md and of the documents themselves (syntax, types, limits); docs/errors.md
 * lists each with its messages and its fix.
 *
 * <p>Each constant's Javadoc says the rule and the {@link Violation#values()} it carries, in order. Codes are never
 * renamed or reused; a new rule gets a new constant.
 */
public enum RuleCode {
  /** The document is empty or only white space. No values. Code {@code document.empty}. */
  DOCUMENT_EMPTY("document.empty"),

  /** The document is larger than the limit. Values: the limit in bytes. Code {@code document.too-large}. */
  DOCUMENT_TOO_LARGE("document.too-large"),

  /** The document is not valid UTF-8. Values: the byte offset of the first malformed sequence. Code {@code document.not-utf8}. */
  DOCUMENT_NOT_UTF8("document.not-utf8"),

  /** The document is UTF-16 or UTF-32 (a byte-order mark FE FF or FF FE, or a zero byte), not UTF-8. No values. Code {@code document.utf16}. */
  DOCUMENT_UTF16("document.utf16"),

  /** The document nests arrays and objects beyond the limit. Values: the depth reached, the limit. Code {@code document.limit.nesting}. */
  LIMIT_NESTING("document.limit.nesting"),

  /** A string is longer than the limit. Values: the length where reading stopped, the limit. Code {@code document.limit.string}. */
  LIMIT_STRING("document.limit.string"),

  /** A member name is longer than the limit. Values: the length, the limit. Code {@code document.limit.name}. */
  LIMIT_NAME("document.limit.name"),

  /** A number has more characters than the limit. Values: the length, the limit. Code {@code document.limit.number}. */
  LIMIT_NUMBER("document.limit.number"),

  /** The document has more JSON tokens than the limit. Values: the count, the limit. Code {@code document.limit.tokens}. */
  LIMIT_TOKENS("document.limit.tokens"),

  /** The document is beyond another limit of the parser. Values: the parser's own description, in English. Code {@code document.limit.other}. */
  LIMIT_OTHER("document.limit.other"),

  /** The document is not well-formed JSON. Values: line, column, the parser's own description (in English). Code {@code json.syntax}. */
  JSON_SYNTAX("json.syntax"),

  /** Content follows the one JSON value of the document. Values: line, column. Code {@code json.trailing-content}. */
  JSON_TRAILING("json.trailing-content"),

  /** A key appears twice in one object. Values: line, column, the key. Code {@code json.duplicate-key}. */
  JSON_DUPLICATE_KEY("json.duplicate-key"),

  /** A line of JSON Lines is longer than the limit. Values: the limit in bytes. Code {@code line.too-long}. */
  LINE_TOO_LONG("line.too-long"),

  /** Closes a capped list: more violations were found than are listed. Values: how many more. Code {@code violations.more}. */
  VIOLATIONS_MORE("violations.more"),

  /** The value must be a JSON object. Values: the value as written (abbreviated: {@code […]} for an array). Code {@code type.not-object}. */
  TYPE_NOT_OBJECT("type.not-object"),

  /** The value must be a JSON array. Values: the value as written, abbreviated. Code {@code type.not-array}. */
  TYPE_NOT_ARRAY("type.not-array"),

  /** The value must be a string. Values: the value as written, abbreviated. Code {@code type.not-string}. */
  TYPE_NOT_STRING("type.not-string"),

  /** The value must be a whole number. Values: the value as written, abbreviated. Code {@code type.not-whole-number}. */
  TYPE_NOT_WHOLE_NUMBER("type.not-whole-number"),

  /** The value must be true or false. Values: the value as written, abbreviated. Code {@code type.not-boolean}. */
  TYPE_NOT_BOOLEAN("type.not-boolean"),

  /** A count is written with a fraction or an exponent ({@code 1.5}, {@code 4.0}, {@code 1e3}). Values: the number as written. Code {@code number.not-whole}. */
  NUMBER_NOT_WHOLE("number.not-whole"),

  /** A whole number does not fit a 64-bit signed integer. Values: the number, the largest count. Code {@code number.out-of-range}. */
  NUMBER_OUT_OF_RANGE("number.out-of-range"),

  /** A number's exponent is beyond any number (such as {@code 1e2147483648}). Values: the number as written, abbreviated; the largest count. Code {@code number.exponent-out-of-range}. */
  NUMBER_EXPONENT_OUT_OF_RANGE("number.exponent-out-of-range"),

  /**
   * A number written in a string (a bound such as {@code 90%}, points, a band's range) holds a digit other than the
   * ASCII 0-9: a Bengali ৯ or a full-width ９ (docs/spec/criteria.md, Invalid evidence). Values: the text as written,
   * abbreviated; the digit as {@code U+09EF}. Code {@code number.non-ascii-digit}.
   */
  NUMBER_NON_ASCII_DIGIT("number.non-ascii-digit"),

  /** An object has a member its format does not define. Values: the name, the allowed names joined by {@code ", "}. Code {@code member.unknown}. */
  MEMBER_UNKNOWN("member.unknown"),

  /** A required member is absent. No values. Code {@code member.required}. */
  MEMBER_REQUIRED("member.required"),

  /** The format tag is not the one the reader takes. Values: the tag given, the tag expected. Code {@code format.unsupported}. */
  FORMAT_UNSUPPORTED("format.unsupported"),

  /** A date is not written yyyy-mm-dd. Values: the text, abbreviated. Code {@code date.form}. */
  DATE_FORM("date.form"),

  /** A date in the form yyyy-mm-dd is not a day of the calendar (2025-02-30). Values: the text. Code {@code date.invalid}. */
  DATE_INVALID("date.invalid"),

  /**
   * A date's year is outside 1..9999 ({@code 0000-05-01}, {@code +10000-01-01}): yyyy-mm-dd cannot write it
   * (docs/spec/criteria.md, Invalid evidence). Values: the date as written (for a date built in code, as
   * {@link java.time.LocalDate#toString()} writes it). Code {@code date.year-out-of-range}.
   */
  DATE_YEAR_OUT_OF_RANGE("date.year-out-of-range"),

  /** An unknown unit kind. Values: the text, the known wire names joined by {@code ", "}. Code {@code unit-kind.unknown}. */
  UNIT_KIND_UNKNOWN("unit-kind.unknown"),

  /** An unknown event type. Values: the text, the known wire names. Code {@code event-type.unknown}. */
  EVENT_TYPE_UNKNOWN("event-type.unknown"),

  /**
   * The id of an event type a set declares is not lower-case ASCII words of letters and digits joined by single
   * hyphens, at most 64 characters. Values: the id, escaped. Code {@code event-type.id-malformed}.
   */
  EVENT_TYPE_ID_MALFORMED("event-type.id-malformed"),

  /** A set declares an event type with the id of a built-in one. Values: the id. Code {@code event-type.built-in}. */
  EVENT_TYPE_BUILT_IN("event-type.built-in"),

  /** A set declares an event type twice. Values: the id. Code {@code event-type.id-twice}. */
  EVENT_TYPE_ID_TWICE("event-type.id-twice"),

  /**
   * A bar reads an event type that is neither built in nor declared by its set. Values: the type's id, the
   * criterion id. Code {@code event-type.undeclared}.
   */
  EVENT_TYPE_UNDECLARED("event-type.undeclared"),

  /**
   * An event of a declared type that carries no settings lists settings. Values: the event type. Code
   * {@code event.settings-not-carried}.
   */
  EVENT_SETTINGS_NOT_CARRIED("event.settings-not-carried"),

  /**
   * An event of a declared type that must name a sub-unit names none. Values: the event type. Code
   * {@code event.without-subunit}.
   */
  EVENT_WITHOUT_SUBUNIT("event.without-subunit"),

  /** An unknown setting of a prevention activity. Values: the text, the known wire names. Code {@code setting.unknown}. */
  SETTING_UNKNOWN("setting.unknown"),

  /** An unknown kind of bar. Values: the text, the known wire names. Code {@code bar-kind.unknown}. */
  BAR_KIND_UNKNOWN("bar-kind.unknown"),

  /** An unknown cadence. Values: the text, the known wire names. Code {@code cadence.unknown}. */
  CADENCE_UNKNOWN("cadence.unknown"),

  /** An unknown count unit. Values: the text, the known wire names. Code {@code count-unit.unknown}. */
  COUNT_UNIT_UNKNOWN("count-unit.unknown"),

  /** An unknown comparison. Values: the text, the known names. Code {@code comparison.unknown}. */
  COMPARISON_UNKNOWN("comparison.unknown"),

  /** An unknown outcome in a result. Values: the text, the known names. Code {@code outcome.unknown}. */
  OUTCOME_UNKNOWN("outcome.unknown"),

  /** An unknown overall outcome in a result. Values: the text, the known names. Code {@code overall-outcome.unknown}. */
  OVERALL_OUTCOME_UNKNOWN("overall-outcome.unknown"),

  /** A name, id or reference is blank: nothing in it shows. No values. Code {@code text.blank}. */
  TEXT_BLANK("text.blank"),

  /** A name, id or reference holds a control character or a line or paragraph separator. Values: the code point as {@code U+000A}, its index in the text. Code {@code text.control-character}. */
  TEXT_CONTROL_CHARACTER("text.control-character"),

  /** A name or reference (an assessor's name, {@link Attribution#assessor()}, among them) holds a format character (general category Cf): a bidi override (U+202E), a zero-width space (U+200B) or joiner. Values: the code point as {@code U+202E}, its index in the text. Code {@code text.format-character}. */
  TEXT_FORMAT_CHARACTER("text.format-character"),

  /** A key is not a metric key (lower-case words joined by . or -, at most 64 characters). Values: the key, abbreviated. Code {@code metric-key.malformed}. */
  METRIC_KEY_MALFORMED("metric-key.malformed"),

  /** A name or reference holds a private-use character (general category Co, such as U+E000). Values: the code point as {@code U+E000}, its index in the text. Code {@code text.private-use}. */
  TEXT_PRIVATE_USE("text.private-use"),

  /** A name or reference holds a code point that is not assigned in Unicode (general category Cn, such as U+0378). Values: the code point as {@code U+0378}, its index in the text. Code {@code text.unassigned}. */
  TEXT_UNASSIGNED("text.unassigned"),

  /** A name or reference holds half of a UTF-16 surrogate pair without the other half (such as U+D800): no character at all. Values: the code unit as {@code U+D800}, its position in the text. Code {@code text.lone-surrogate}. */
  TEXT_LONE_SURROGATE("text.lone-surrogate"),

  /** A name or reference given to the core is not in Unicode normalization form C (the JSON readers normalize what they read; the core refuses instead of changing a text). No values. Code {@code text.not-nfc}. */
  TEXT_NOT_NFC("text.not-nfc"),

  /**
   * An id (of a unit, sub-unit, peer, district, criterion, indicator or veto) is not ASCII letters, digits and
   * {@code . _ - :}, at most 64 characters, starting with a letter or digit (docs/spec/criteria.md, Invalid
   * evidence): {@code 310199-002} followed by a zero-width space is not an id. Values: the id as written, every character outside printable
   * ASCII escaped as {@code \\u} and four hex digits ({@code 310199-002\\u200b}), abbreviated. Code {@code id.malformed}.
   */
  ID_MALFORMED("id.malformed"),

  /** A setting is listed twice on one event. Values: the setting. Code {@code setting.twice}. */
  SETTING_TWICE("setting.twice"),

  /** The period ends before it starts. Values: the end, the start. Code {@code period.end-before-start}. */
  PERIOD_END_BEFORE_START("period.end-before-start"),

  /** The period starts before the year 1. Values: the start. Code {@code period.before-year-one}. */
  PERIOD_BEFORE_YEAR_ONE("period.before-year-one"),

  /** The period ends after the year 9999. Values: the end. Code {@code period.after-year-9999}. */
  PERIOD_AFTER_YEAR_9999("period.after-year-9999"),

  /** A count is negative (docs/spec/criteria.md, Invalid evidence). Values: the metric key, the count. Code {@code count.negative}. */
  COUNT_NEGATIVE("count.negative"),

  /** A sub-unit is a town or a street. Values: the sub-unit id, its kind's wire name. Code {@code subunit.kind}. */
  SUBUNIT_KIND("subunit.kind"),

  /** A sub-unit is the assessed unit itself. Values: the id. Code {@code subunit.is-unit}. */
  SUBUNIT_IS_UNIT("subunit.is-unit"),

  /** A sub-unit is listed twice. Values: the id. Code {@code subunit.twice}. */
  SUBUNIT_TWICE("subunit.twice"),

  /** Two sub-units of one unit have the same name (in NFC, compared by the characters that show: padding or a space does not make another name). Values: the name, the first id, the second id. Code {@code subunit.name-twice}. */
  SUBUNIT_NAME_TWICE("subunit.name-twice"),

  /** A dated event comes after the period's last day. Values: the event type's wire name, the date, the period's end. Code {@code event.after-period}. */
  EVENT_AFTER_PERIOD("event.after-period"),

  /** A dated event other than a responsibility letter comes before the period. Values: the event type, the date, the period's start. Code {@code event.before-period}. */
  EVENT_BEFORE_PERIOD("event.before-period"),

  /** An event other than a prevention activity has settings. Values: the event type. Code {@code event.settings-not-activity}. */
  EVENT_SETTINGS_NOT_ACTIVITY("event.settings-not-activity"),

  /**
   * A prevention plan is dated before the window of 年初有计划 opens (docs/spec/criteria.md, {@code BY_DATE}). Values:
   * the event type, its date, the window's first day, the criteria set id. Code {@code event.before-window}.
   */
  EVENT_BEFORE_WINDOW("event.before-window"),

  /** A responsibility letter names no sub-unit. No values. Code {@code letter.without-subunit}. */
  LETTER_WITHOUT_SUBUNIT("letter.without-subunit"),

  /** An event names a sub-unit but the evidence lists none. Values: the event type, the sub-unit id. Code {@code event.no-subunits}. */
  EVENT_NO_SUBUNITS("event.no-subunits"),

  /** An event names a sub-unit that is not listed. Values: the event type, the sub-unit id. Code {@code event.unlisted-subunit}. */
  EVENT_UNLISTED_SUBUNIT("event.unlisted-subunit"),

  /**
   * A responsibility letter names a family, which signs none (二(三): villages, residents' committees and resident
   * units do). Values: the sub-unit id, its name. Code {@code letter.family}.
   */
  LETTER_FAMILY("letter.family"),

  /** The same veto finding is listed twice. Values: the veto id, the reference. Code {@code veto-finding.twice}. */
  VETO_FINDING_TWICE("veto-finding.twice"),

  /** A peer is the assessed unit itself. Values: the id. Code {@code peer.is-unit}. */
  PEER_IS_UNIT("peer.is-unit"),

  /** A peer is one of the assessed unit's own sub-units, which is part of it, not another unit of the district. Values: the peer id, the unit id. Code {@code peer.is-subunit}. */
  PEER_IS_SUBUNIT("peer.is-subunit"),

  /** A peer is listed twice. Values: the id. Code {@code peer.twice}. */
  PEER_TWICE("peer.twice"),

  /** A peer's population is below 1. Values: the peer id, the population. Code {@code peer.population}. */
  PEER_POPULATION("peer.population"),

  /** A peer's number of cases is negative. Values: the peer id, the cases. Code {@code peer.cases-negative}. */
  PEER_CASES_NEGATIVE("peer.cases-negative"),

  /** The set does not assess units of this kind. Values: the kind, the set id, the kinds it assesses joined by {@code ", "}. Code {@code unit-kind.not-assessed}. */
  UNIT_KIND_NOT_ASSESSED("unit-kind.not-assessed"),

  /** An annual set is given a period of a year and a day or more. Values: the period (start..end), the set id. Code {@code period.longer-than-year}. */
  PERIOD_LONGER_THAN_YEAR("period.longer-than-year"),

  /** A set that assesses calendar years only (the default set: 年度, 年初, 每两年) is given another period. Values: the period (start..end), the set id. Code {@code period.not-calendar-year}. */
  PERIOD_NOT_CALENDAR_YEAR("period.not-calendar-year"),

  /** The set's version is not in force throughout the period. Values: set id, version, first day in force (or …), last day (or …), the period. Code {@code period.not-in-force}. */
  PERIOD_NOT_IN_FORCE("period.not-in-force"),

  /** A count no criterion of the set reads. Values: the metric key, the set id. Code {@code metric.unknown}. */
  METRIC_UNKNOWN("metric.unknown"),

  /** A previous count no rising criterion of the set compares. Values: the metric key, the set id. Code {@code previous-metric.unknown}. */
  PREVIOUS_METRIC_UNKNOWN("previous-metric.unknown"),

  /** A count exceeds a count it is a part of (docs/spec/criteria.md, the table of parts). Values: the part's key, its count, the whole's key, its count. Code {@code count.part-above-whole}. */
  COUNT_PART_ABOVE_WHOLE("count.part-above-whole"),

  /** A count exceeds a count it is a part of through a chain of parts. Values: the part's key, its count, the whole's key, its count, then the keys of the links in between, innermost first. Code {@code count.part-above-whole-via}. */
  COUNT_PART_ABOVE_WHOLE_VIA("count.part-above-whole-via"),

  /** A population, the base of a rate, is 0. Values: the base's key, then the keys of the counts it is the base of. Code {@code count.rate-base-zero}. */
  COUNT_RATE_BASE_ZERO("count.rate-base-zero"),

  /** An attestation for a criterion id the set does not have. Values: the id, the set id. Code {@code attestation.unknown-criterion}. */
  ATTESTATION_UNKNOWN_CRITERION("attestation.unknown-criterion"),

  /** An attestation for a criterion decided by its evidence. Values: the id, the kind of its bar. Code {@code attestation.not-attested}. */
  ATTESTATION_NOT_ATTESTED("attestation.not-attested"),

  /**
   * A list of samples is given for a criterion the set does not have. Values: the criterion id, the set id. Code
   * {@code sample.unknown-criterion}.
   */
  SAMPLE_UNKNOWN_CRITERION("sample.unknown-criterion"),

  /**
   * A list of samples is given for a criterion whose bar is not a sample bar. Values: the criterion id, its kind of
   * bar. Code {@code sample.not-sample}.
   */
  SAMPLE_NOT_SAMPLE("sample.not-sample"),

  /**
   * A unit is sampled twice in one criterion's list. Values: the unit id, the criterion id. Code
   * {@code sample.unit-twice}.
   */
  SAMPLE_UNIT_TWICE("sample.unit-twice"),

  /**
   * A criterion's list samples more units than its population counts. Values: the criterion id, how many are
   * sampled, the population's key, its count. Code {@code sample.above-population}.
   */
  SAMPLE_ABOVE_POPULATION("sample.above-population"),

  /** A veto finding names a veto id the set does not have. Values: the id, the set id, the set's veto ids joined by {@code ", "}. Code {@code veto.unknown}. */
  VETO_UNKNOWN("veto.unknown"),

  /**
   * The evidence lists veto findings but the criteria set has no veto rule (the default set has none: 二(三)'s
   * 一票否决 is a criterion of the town, docs/spec/criteria.md). Values: the set id, the number of findings. Code
   * {@code veto.no-rules}.
   */
  VETO_NO_RULES("veto.no-rules"),

  /** A unit has two documents among those given. Values: the unit id, the positions (from 1) of the first and the second. Code {@code unit.two-documents}. */
  UNIT_TWO_DOCUMENTS("unit.two-documents"),

  /** A document given with a unit's tree is not a sub-unit of the root, directly or through others. Values: the unit id, the root's id. Code {@code unit.not-in-tree}. */
  UNIT_NOT_IN_TREE("unit.not-in-tree"),

  /** Two units list the same sub-unit. Values: the unit listing it, the sub-unit id, the other unit listing it. Code {@code subunit.two-parents}. */
  SUBUNIT_TWO_PARENTS("subunit.two-parents"),

  /** A unit lists a sub-unit as one kind, the sub-unit's own evidence says another. Values: the unit id, the sub-unit id, the kind listed, the kind of its evidence. Code {@code subunit.kind-differs}. */
  SUBUNIT_KIND_DIFFERS("subunit.kind-differs"),

  /** A unit lists a sub-unit under one name, the sub-unit's own evidence gives another. Values: the unit id, the sub-unit id, the name listed, the name in its evidence. Code {@code subunit.name-differs}. */
  SUBUNIT_NAME_DIFFERS("subunit.name-differs"),

  /** A sub-unit's own evidence gives another district than the unit listing it. Values: the sub-unit id, its district, the unit id, the unit's district. Code {@code subunit.district-differs}. */
  SUBUNIT_DISTRICT_DIFFERS("subunit.district-differs"),

  /** Two units at the root of the documents given together (a district's candidates) have the same name (compared by the characters that show). Values: the name, the first id, the second id. Code {@code unit.name-twice}. */
  UNIT_NAME_TWICE("unit.name-twice"),

  /** A sub-unit's period differs from its unit's. Values: the sub-unit's period, the sub-unit id, the unit's period, the unit id. Code {@code subunit.period-differs}. */
  SUBUNIT_PERIOD_DIFFERS("subunit.period-differs"),

  /** Sub-units form a cycle. Values: the unit ids of the cycle, from the smallest, then the first again. Code {@code subunit.cycle}. */
  SUBUNIT_CYCLE("subunit.cycle"),

  /** The sum of a count over sub-units exceeds the largest count. Values: the metric key, the unit id, the largest count, then the sub-units' ids and counts as {@code "id count"} (at most 10). Code {@code rollup.overflow}. */
  ROLLUP_OVERFLOW("rollup.overflow"),

  /** A count a unit gives differs from the sum over its contributing sub-units. Values: the metric key, the count given, the unit id, the number of sub-units, the sum, then the sub-units' {@code "id count"} (at most 10). Code {@code rollup.differs}. */
  ROLLUP_DIFFERS("rollup.differs"),

  /** A candidate of a selection is given twice. Values: the unit id, the positions (from 1). Code {@code candidate.twice}. */
  CANDIDATE_TWICE("candidate.twice"),

  /** A candidate's own peer list gives a figure of a non-candidate unit that differs from the district's figures. Values: the candidate id, the peer id, the field ({@code population} or {@code cases}), the candidate's value, the district's value. Code {@code candidate.peer-differs-from-district}. */
  CANDIDATE_PEER_DIFFERS_FROM_DISTRICT("candidate.peer-differs-from-district"),

  /** A candidate's own peer list gives a figure of another candidate that differs from that candidate's evidence. Values: the candidate id, the peer (other candidate) id, the field ({@code population} or {@code cases}), the candidate's value, the metric key read in the other candidate's evidence, the value there. Code {@code candidate.peer-differs-from-candidate}. */
  CANDIDATE_PEER_DIFFERS_FROM_CANDIDATE("candidate.peer-differs-from-candidate"),

  /** A candidate's own peer list names a unit that is neither a candidate nor among the district's figures. Values: the candidate id, the peer id. Code {@code candidate.peer-not-in-district}. */
  CANDIDATE_PEER_NOT_IN_DISTRICT("candidate.peer-not-in-district"),

  /** A unit of the district's figures for non-candidate units is also a candidate. Values: the unit id. Code {@code district-peer.is-candidate}. */
  DISTRICT_PEER_IS_CANDIDATE("district-peer.is-candidate"),

  /** A unit is listed twice in the district's figures for non-candidate units. Values: the unit id, the positions (from 1). Code {@code district-peer.twice}. */
  DISTRICT_PEER_TWICE("district-peer.twice"),

  /** Candidates of a selection are for different periods. Values: the candidate id, its period, the first candidate's id, its period. Code {@code candidate.period}. */
  CANDIDATE_PERIOD("candidate.period"),

  /** Candidates of a selection are of different districts. Values: the candidate id, its district, the other district. Code {@code candidate.district}. */
  CANDIDATE_DISTRICT("candidate.district"),

  /** A criteria set's id or names are blank. Values: the set id. Code {@code set.names-blank}. */
  SET_NAMES_BLANK("set.names-blank"),

  /** A criteria set applies to no kind of unit. Values: the set id. Code {@code set.no-unit-kinds}. */
  SET_NO_UNIT_KINDS("set.no-unit-kinds"),

  /** A criteria set has no indicators. Values: the set id. Code {@code set.no-indicators}. */
  SET_NO_INDICATORS("set.no-indicators"),

  /**
   * Every criterion of a criteria set is advisory: nothing gates the overall outcome, so a unit with no evidence at
   * all would qualify (docs/spec/criteria.md, "Points schemes": a unit with no evidence never qualifies). Values:
   * the set id. Code {@code set.no-gating-criterion}.
   */
  SET_NO_GATING_CRITERION("set.no-gating-criterion"),

  /** A criteria set's version is blank. Values: the set id. Code {@code set.version-blank}. */
  SET_VERSION_BLANK("set.version-blank"),

  /** A version is in force until a day before it comes into force. Values: set id, version, last day, first day. Code {@code set.in-force-reversed}. */
  SET_IN_FORCE_REVERSED("set.in-force-reversed"),

  /** Two sets of one id have the same version. Values: the set id, the version. Code {@code set.version-twice}. */
  SET_VERSION_TWICE("set.version-twice"),

  /** Two versions of one set are in force on common days. Values: version, other version, set id, the days in common. Code {@code set.versions-overlap}. */
  SET_VERSIONS_OVERLAP("set.versions-overlap"),

  /** A selection among peers (全区) is asked of a set whose lowest-among-peers bars compare different counts: one list of peers cannot serve them all. Values: the set id, the criteria, joined. Code {@code set.peers-on-different-counts}. */
  SET_PEERS_ON_DIFFERENT_COUNTS("set.peers-on-different-counts"),

  /** An indicator id appears twice in a set. Values: the id, the set id. Code {@code indicator.id-twice}. */
  INDICATOR_ID_TWICE("indicator.id-twice"),

  /** A criterion id appears twice in a set (or is also an indicator's id). Values: the id, the set id. Code {@code criterion.id-twice}. */
  CRITERION_ID_TWICE("criterion.id-twice"),

  /** A veto rule id appears twice in a set (or is also an indicator's or a criterion's). Values: the id, the set id. Code {@code veto-rule.id-twice}. */
  VETO_RULE_ID_TWICE("veto-rule.id-twice"),

  /** An indicator, criterion or veto rule has a blank id, name or clause. Values: the id. Code {@code entry.names-blank}. */
  ENTRY_NAMES_BLANK("entry.names-blank"),

  /** An indicator has no criteria. Values: the id. Code {@code indicator.no-criteria}. */
  INDICATOR_NO_CRITERIA("indicator.no-criteria"),

  /** A criteria/1 document whose bars read counts defines no metrics. No values. Code {@code metrics.required}. */
  METRICS_REQUIRED("metrics.required"),

  /** A metric definition lacks a Chinese or an English name. Values: the key. Code {@code metric.names-blank}. */
  METRIC_NAMES_BLANK("metric.names-blank"),

  /** A metric is defined twice. Values: the key, the set id. Code {@code metric.defined-twice}. */
  METRIC_DEFINED_TWICE("metric.defined-twice"),

  /** A criterion reads a metric the set does not define. Values: the criterion id, the key, the set id. Code {@code metric.undefined}. */
  METRIC_UNDEFINED("metric.undefined"),

  /** A metric is defined but no criterion reads it. Values: the key, the set id. Code {@code metric.unread}. */
  METRIC_UNREAD("metric.unread"),

  /** A share divides counts of two units (people by cases). Values: the criterion id, the part's key, its unit, the whole's key, its unit. Code {@code metric.share-units-differ}. */
  METRIC_SHARE_UNITS_DIFFER("metric.share-units-differ"),

  /** A rate's base is not a count of people. Values: the key, its unit, the criterion id. Code {@code metric.rate-base-not-people}. */
  METRIC_RATE_BASE_NOT_PEOPLE("metric.rate-base-not-people"),

  /** The population of a peer comparison is not a count of people. Values: the key, its unit, the criterion id. Code {@code metric.peer-population-not-people}. */
  METRIC_PEER_POPULATION_NOT_PEOPLE("metric.peer-population-not-people"),

  /** A metric is declared a part of a count the set does not define. Values: the part's key, the whole's key, the set id. Code {@code metric.part-of-undefined}. */
  METRIC_PART_OF_UNDEFINED("metric.part-of-undefined"),

  /** A metric is declared a part of itself, directly or through other parts. Values: the key, the chain of keys from it back to it joined by {@code " ⊂ "}. Code {@code metric.part-of-cycle}. */
  METRIC_PART_OF_CYCLE("metric.part-of-cycle"),

  /** A share bound exceeds 1. Values: the bound (n/d). Code {@code bar.share-bound-above-one}. */
  SHARE_BOUND_ABOVE_ONE("bar.share-bound-above-one"),

  /** A share is its own denominator. Values: the key. Code {@code bar.share-own-denominator}. */
  SHARE_OWN_DENOMINATOR("bar.share-own-denominator"),

  /** A minimum share is compared with an upper bound. Values: the comparison. Code {@code bar.share-comparison}. */
  SHARE_COMPARISON("bar.share-comparison"),

  /** A share bound is not an exact share (9/10, 90% or 0.9). Values: the text, abbreviated. Code {@code bar.share-not-exact}. */
  SHARE_NOT_EXACT("bar.share-not-exact"),

  /** A rate is its own base. Values: the key. Code {@code bar.rate-own-base}. */
  RATE_OWN_BASE("bar.rate-own-base"),

  /** A maximum rate is compared with a lower bound. Values: the comparison. Code {@code bar.rate-comparison}. */
  RATE_COMPARISON("bar.rate-comparison"),

  /** A rate's base (per N) is below 1. Values: the base, or the bound as written. Code {@code bar.rate-base-below-one}. */
  RATE_BASE_BELOW_ONE("bar.rate-base-below-one"),

  /** A rate bound overflows a long. Values: the rate, the base. Code {@code bar.rate-bound-overflow}. */
  RATE_BOUND_OVERFLOW("bar.rate-bound-overflow"),

  /** A rate bound is not an exact rate such as 0.5 per 10000. Values: the text, abbreviated. Code {@code bar.rate-not-exact}. */
  RATE_NOT_EXACT("bar.rate-not-exact"),

  /** An all-of bar requires no setting. No values. Code {@code bar.all-of-empty}. */
  ALL_OF_EMPTY("bar.all-of-empty"),

  /** A within bar's term is outside 1 to 100 years. Values: the term in years. Code {@code bar.within-term}. */
  WITHIN_TERM("bar.within-term"),

  /**
   * A by-date bar's {@code deadline} or window start {@code from} is not a day of the year mm-dd. Values: the text,
   * abbreviated. Code {@code bar.deadline-malformed}.
   */
  DEADLINE_MALFORMED("bar.deadline-malformed"),

  /**
   * An every-period bar lists its own event type among the types it also counts. Values: the event type. Code
   * {@code bar.also-counting-own-type}.
   */
  EVENT_ALSO_COUNTED_TWICE("bar.also-counting-own-type"),

  /** An at-least-events bar asks for fewer than 1 event. Values: the number. Code {@code bar.events-at-least}. */
  EVENTS_AT_LEAST_BELOW_ONE("bar.events-at-least"),

  /** A window's month is not a month 1 to 12. Values: the number. Code {@code bar.window-month}. */
  WINDOW_MONTH("bar.window-month"),

  /**
   * A window of months ends before it starts (it may not wrap round the year's end). Values: the first month, the
   * last month. Code {@code bar.window-reversed}.
   */
  WINDOW_REVERSED("bar.window-reversed"),

  /**
   * A sample bar's share is 0 or above 1 (it must be in (0, 1]). Values: the share. Code {@code bar.sample-share}.
   */
  SAMPLE_SHARE("bar.sample-share"),

  /** A sample bar asks for fewer than 1 unit sampled. Values: the number. Code {@code bar.sample-at-least}. */
  SAMPLE_AT_LEAST_BELOW_ONE("bar.sample-at-least"),

  /** A sample bar allows a negative number of failures. Values: the number. Code {@code bar.sample-failures}. */
  SAMPLE_FAILURES_NEGATIVE("bar.sample-failures"),

  /** Points, a cap or a deduction are negative. Values: the points. Code {@code points.negative}. */
  POINTS_NEGATIVE("points.negative"),

  /** Points are not a decimal number of at most 18 digits on each side of the point. Values: the value as written, abbreviated. Code {@code points.not-decimal}. */
  POINTS_NOT_DECIMAL("points.not-decimal"),

  /** A points scheme names a criterion the set does not have. Values: the id, the set id (empty when the set has no id yet). Code {@code points.unknown-criterion}. */
  POINTS_UNKNOWN_CRITERION("points.unknown-criterion"),

  /** A points scheme names an indicator the set does not have. Values: the id, the set id (possibly empty). Code {@code points.unknown-indicator}. */
  POINTS_UNKNOWN_INDICATOR("points.unknown-indicator"),

  /** A veto item is an advisory criterion. Values: the criterion id. Code {@code points.veto-item-advisory}. */
  POINTS_VETO_ITEM_ADVISORY("points.veto-item-advisory"),

  /** A criterion with tiered credit has no min-share bar. Values: the criterion id. Code {@code points.tiers-not-share}. */
  POINTS_TIERS_NOT_SHARE("points.tiers-not-share"),

  /** A criterion has both points and tiers. Values: the criterion id. Code {@code points.points-and-tiers}. */
  POINTS_AND_TIERS("points.points-and-tiers"),

  /** A criterion has points per occurrence and also points or tiers. Values: the criterion id. Code {@code points.per-occurrence-and-points}. */
  POINTS_PER_OCCURRENCE_AND_POINTS("points.per-occurrence-and-points"),

  /** Points per occurrence that are not above 0, or a cap below them. Values: the points per occurrence. Code {@code points.per-occurrence-invalid}. */
  POINTS_PER_OCCURRENCE_INVALID("points.per-occurrence-invalid"),

  /** A criterion with points per occurrence has no at-least-events bar. Values: the criterion id. Code {@code points.per-occurrence-not-events}. */
  POINTS_PER_OCCURRENCE_NOT_EVENTS("points.per-occurrence-not-events"),

  /** Points with a deduction per shortfall whose values are not above 0, or a cap above the points. Values: the points. Code {@code points.per-shortfall-invalid}. */
  POINTS_PER_SHORTFALL_INVALID("points.per-shortfall-invalid"),

  /** A criterion with a deduction per shortfall has a bar without a counted shortfall. Values: the criterion id, its bar kind. Code {@code points.per-shortfall-bar}. */
  POINTS_PER_SHORTFALL_BAR("points.per-shortfall-bar"),

  /** A section's stated weight is not the sum of its criteria's points. Values: the indicator id, the weight, the sum. Code {@code points.section-weight}. */
  POINTS_SECTION_WEIGHT("points.section-weight"),

  /** A criterion's tiers are empty. Values: the criterion id. Code {@code points.no-tiers}. */
  POINTS_NO_TIERS("points.no-tiers"),

  /** Tiers do not rise in bound and in points. Values: the criterion id, a tier, the next tier. Code {@code points.tiers-not-rising}. */
  POINTS_TIERS_NOT_RISING("points.tiers-not-rising"),

  /** A tier's bound is outside [0, 1] or its points negative. Values: the tier. Code {@code points.tier-invalid}. */
  POINTS_TIER_INVALID("points.tier-invalid"),

  /** The pass mark is outside 0 to the maximum total. Values: the pass mark, the maximum total. Code {@code points.pass-mark}. */
  POINTS_PASS_MARK("points.pass-mark"),

  /**
   * The pass mark is 0 or less, so a unit with no evidence at all would qualify (docs/spec/criteria.md, "Points
   * schemes"). Values: the pass mark. Code {@code points.pass-mark-not-above-zero}.
   */
  POINTS_PASS_MARK_NOT_ABOVE_ZERO("points.pass-mark-not-above-zero"),

  /**
   * A points scheme gives points (or tiered credit) to an advisory criterion: advisory criteria carry bonus points
   * only, so that they alone never qualify a unit (docs/spec/criteria.md, "Points schemes"). Values: the criterion
   * id. Code {@code points.advisory-criterion-points}.
   */
  POINTS_ADVISORY_CRITERION("points.advisory-criterion-points"),

  /**
   * A points scheme gives points to an indicator none of whose criteria is gating: an indicator's points are earned
   * when every gating criterion of it passes, which an indicator without one would do with no evidence at all.
   * Values: the indicator id. Code {@code points.indicator-without-gating}.
   */
  POINTS_INDICATOR_WITHOUT_GATING("points.indicator-without-gating"),

  /**
   * The pass mark is not above the most bonus points a unit can earn, so bonus points (加分) alone could qualify a
   * unit (docs/spec/criteria.md, "Points schemes"). Values: the pass mark, the bonus reachable (after the cap).
   * Code {@code points.pass-mark-within-bonus}.
   */
  POINTS_PASS_MARK_WITHIN_BONUS("points.pass-mark-within-bonus"),

  /** A points scheme has no band. No values. Code {@code points.no-bands}. */
  POINTS_NO_BANDS("points.no-bands"),

  /** The bands are not in ascending order. No values. Code {@code points.bands-order}. */
  POINTS_BANDS_ORDER("points.bands-order"),

  /** The lowest band does not start at 0 inclusive. Values: the band. Code {@code points.band-lowest}. */
  POINTS_BAND_LOWEST("points.band-lowest"),

  /** The highest band does not end at the maximum total inclusive. Values: the band, the maximum total. Code {@code points.band-highest}. */
  POINTS_BAND_HIGHEST("points.band-highest"),

  /** Two bands overlap. Values: a band, the next band, a total in both. Code {@code points.bands-overlap}. */
  POINTS_BANDS_OVERLAP("points.bands-overlap"),

  /** Two bands leave a gap. Values: a band, the next band, where the gap is. Code {@code points.bands-gap}. */
  POINTS_BANDS_GAP("points.bands-gap"),

  /** A band holds totals both below the pass mark and at or above it. Values: the band, the pass mark. Code {@code points.band-straddles-pass-mark}. */
  POINTS_BAND_STRADDLES_PASS_MARK("points.band-straddles-pass-mark"),

  /** Two bands have the same name, in Chinese or in English. Values: the name. Code {@code points.band-name-twice}. */
  POINTS_BAND_NAME_TWICE("points.band-name-twice"),

  /** A veto item is listed twice. Values: the criterion id. Code {@code points.veto-item-twice}. */
  POINTS_VETO_ITEM_TWICE("points.veto-item-twice"),

  /** A band holds no total. Values: its Chinese name, its range. Code {@code points.band-empty}. */
  POINTS_BAND_EMPTY("points.band-empty"),

  /** A band's range is not written like [80, 90). Values: the text, abbreviated. Code {@code points.range-malformed}. */
  POINTS_RANGE_MALFORMED("points.range-malformed"),

  /** An element of a definition could not be built (a builder's own precondition). Values: the builder's message, in English. Code {@code element.refused}. */
  ELEMENT_REFUSED("element.refused"),

  /** A result's score lacks a part or its band's range is malformed. No values. Code {@code result.score-incomplete}. */
  RESULT_SCORE_INCOMPLETE("result.score-incomplete"),

  /** A result's {@code missing} entry is not a count key, {@code previous.<key>}, {@code attestations.<criterion id>} or a list name. Values: the text, abbreviated. Code {@code result.missing-malformed}. */
  RESULT_MISSING_MALFORMED("result.missing-malformed"),

  /** A result's observation is not an object with a kind. No values. Code {@code result.observation-not-object}. */
  RESULT_OBSERVATION_NOT_OBJECT("result.observation-not-object"),

  /** A result's observation breaks an invariant of its kind. Values: the check's own message, in English. Code {@code result.observation-invalid}. */
  RESULT_OBSERVATION_INVALID("result.observation-invalid"),

  /** A result's calendar period label (2025-03, 2025-Q3, 2025-H1) does not parse. Values: the parser's message, in English. Code {@code result.period-label-invalid}. */
  RESULT_PERIOD_LABEL_INVALID("result.period-label-invalid"),

  /** A result names another criteria set than the one it is read with. Values: the id given, the set's id. Code {@code result.criteria-set-differs}. */
  RESULT_CRITERIA_SET_DIFFERS("result.criteria-set-differs"),

  /** A result's fingerprint is not the fingerprint of the set it is read with. Values: the fingerprint given, the set's. Code {@code result.fingerprint-differs}. */
  RESULT_FINGERPRINT_DIFFERS("result.fingerprint-differs"),

  /** A result names a criterion the set does not have. Values: the id, the set id. Code {@code result.criterion-unknown}. */
  RESULT_CRITERION_UNKNOWN("result.criterion-unknown"),

  /** A result gives a criterion another indicator than the set's. Values: the indicator given, the criterion id, the set's indicator. Code {@code result.indicator-differs}. */
  RESULT_INDICATOR_DIFFERS("result.indicator-differs"),

  /** A result's text fields disagree with the data they are written from (at the location, the first difference). No values. Code {@code result.text-disagrees}. */
  RESULT_TEXT_DISAGREES("result.text-disagrees"),

  /** A result's band is not a valid band. Values: the range. Code {@code result.band-invalid}. */
  RESULT_BAND_INVALID("result.band-invalid"),

  /** A figure of a result is not a decimal. Values: the text, abbreviated. Code {@code result.not-decimal}. */
  RESULT_NOT_DECIMAL("result.not-decimal"),

  /** A result lists, at a position, another criterion than the set's criterion at that position in catalogue order. Values: the id given, abbreviated; the set's id at that position; the set id. Code {@code result.criterion-out-of-place}. */
  RESULT_CRITERION_OUT_OF_PLACE("result.criterion-out-of-place"),

  /** A result lists fewer or more criteria than its set has. Values: how many it lists, how many the set has, the set id. Code {@code result.criteria-count-differs}. */
  RESULT_CRITERIA_COUNT_DIFFERS("result.criteria-count-differs"),

  /** A result marks a criterion advisory (参考项) when the set does not, or the reverse. Values: the criterion id. Code {@code result.advisory-differs}. */
  RESULT_ADVISORY_DIFFERS("result.advisory-differs"),

  /** A criterion's outcome in a result is not the one its observation decides against its bar. Values: the outcome given, the outcome the observation decides (wire names), the criterion id. Code {@code result.outcome-inconsistent}. */
  RESULT_OUTCOME_INCONSISTENT("result.outcome-inconsistent"),

  /** A criterion's {@code gap} in a result is not the one its observation and bar give. Values: the criterion id, the gap they give as JSON ({@code -} for none). Code {@code result.gap-inconsistent}. */
  RESULT_GAP_INCONSISTENT("result.gap-inconsistent"),

  /** A result has no score, but its set has a points scheme. Values: the set id. Code {@code result.score-absent}. */
  RESULT_SCORE_ABSENT("result.score-absent"),

  /** A result has a score, but its set has no points scheme. Values: the set id. Code {@code result.score-unexpected}. */
  RESULT_SCORE_UNEXPECTED("result.score-unexpected"),

  /** A result's score is not the set's points scheme applied to its criteria's outcomes. Values: the total given, the total the outcomes score. Code {@code result.score-inconsistent}. */
  RESULT_SCORE_INCONSISTENT("result.score-inconsistent"),

  /** A result's overall outcome or reason is not the one its criteria's outcomes, score and veto findings decide. Values: the overall outcome given, the reason kind given, the overall outcome decided, the reason kind decided (wire names), the criteria the decided reason names ({@code -} if none). Code {@code result.overall-inconsistent}. */
  RESULT_OVERALL_INCONSISTENT("result.overall-inconsistent"),

  /** A result's observation names an unknown kind. Values: the kind given, the known kinds. Code {@code observation-kind.unknown}. */
  OBSERVATION_KIND_UNKNOWN("observation-kind.unknown"),

  /** A result's reason names an unknown kind. Values: the kind given, the known kinds. Code {@code reason-kind.unknown}. */
  REASON_KIND_UNKNOWN("reason-kind.unknown"),

  /** A result breaks an invariant of a result (a reason that does not decide the overall outcome, an observation that does not fit its bar). Values: the check's own message, in English. Code {@code result.invariant}. */
  RESULT_INVARIANT("result.invariant");

  private final String code;

  RuleCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the rule.
   *
   * @return for example {@code count.negative}
   */
  public String code() {
    return code;
  }

  /**
   * Finds the rule of a code.
   *
   * @param code a code such as {@code count.negative}
   * @return the rule, or empty if no rule has that code
   */
  public static java.util.Optional<RuleCode> fromCode(String code) {
    for (RuleCode r : values()) {
      if (r.code.equals(code)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }
}
