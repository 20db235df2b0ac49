package io.github.jindu;

import static io.github.jindu.Rejections.assertNames;
import static io.github.jindu.Rejections.rejection;
import static io.github.jindu.testing.SampleEvidence.empty;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.jindu.internal.DefaultIgnorable;
import io.github.jindu.internal.Texts;
import io.github.jindu.testing.SampleEvidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids as ids, blank and forbidden characters in names and references, years 1..9999 (docs/spec/criteria.md, revision 2,
 * "Invalid evidence"), for evidence built in Java.
 */
class TextRulesTest {

  /**
   * The hand-written id check is the regular expression it replaced, {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}: on
   * every text of up to three characters from an alphabet around its edges, and at lengths 64 and 65.
   */
  @Test
  void isId_isTheIdPattern() {
    java.util.regex.Pattern id =
        java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    String alphabet = "aZ09._:-/@ 二\u0660\u0000`{[";
    List<String> texts = new java.util.ArrayList<>(List.of(""));
    for (int length = 1; length <= 3; length++) {
      List<String> longer = new java.util.ArrayList<>();
      for (String t : texts) {
        if (t.length() == length - 1) {
          for (char c : alphabet.toCharArray()) {
            longer.add(t + c);
          }
        }
      }
      texts.addAll(longer);
    }
    texts.add("a".repeat(64));
    texts.add("a".repeat(65));
    texts.add("1" + "-".repeat(63));
    int ids = 0;
    for (String t : texts) {
      assertThat(Texts.isId(t)).as(t).isEqualTo(id.matcher(t).matches());
      ids += Texts.isId(t) ? 1 : 0;
    }
    assertThat(texts).hasSize(1 + 17 + 17 * 17 + 17 * 17 * 17 + 3);
    assertThat(ids).isEqualTo(4 + 4 * 8 + 4 * 8 * 8 + 2);
  }

  /** Why: an id with a zero-width space was a second unit ("310199-002" twice, a peer that is the unit itself). */
  @Test
  void aPeerIdWithAZeroWidthSpace_isNotAnId() {
    InvalidEvidenceException e =
        rejection(() -> empty().peers(List.of(Peer.of("310199-002\u200B", 70176, 5))).build());
    assertNames(e, "$.peers[0].unit", RuleCode.ID_MALFORMED, "310199-002\\u200b");
  }

  @Test
  void aUnitIdWithAZeroWidthSpace_isNotAnId_soNoSecondSameUnitCanBeMade() {
    InvalidEvidenceException e =
        rejection(
            () ->
                empty().unit(Unit.of("310199-001\u200B", "东沙镇", UnitKind.TOWN, "310199")).build());
    assertNames(e, "$.unit.id", RuleCode.ID_MALFORMED, "310199-001\\u200b");
  }

  @Test
  void ids_areAsciiLettersDigitsAndFourMarks_atMost64_startingWithALetterOrDigit() {
    assertThat(Texts.isId("310199-002")).isTrue();
    assertThat(Texts.isId("veto.leadership-failure")).isTrue();
    assertThat(Texts.isId("a:b_c.d-e")).isTrue();
    assertThat(Texts.isId("x".repeat(64))).isTrue();
    assertThat(Texts.isId("x".repeat(65))).isFalse();
    assertThat(Texts.isId("-310199")).isFalse();
    assertThat(Texts.isId("310199 002")).isFalse();
    assertThat(Texts.isId("３１０１９９")).isFalse(); // full-width digits look alike
    assertThat(Texts.isId("310199-00\u0417")).isFalse(); // Cyrillic Ze, not the digit 3
  }

  /** Why: a reference made only of U+3164, U+2800, U+034F or U+FE0F counted as written. */
  @Test
  void aReferenceOfInvisibleCharactersOnly_isBlank() {
    for (String invisible :
        List.of(
            "\u3164",
            "\u2800",
            "\u034F",
            "\uFE0F",
            "\u115F\u1160",
            "\uFFA0",
            "\u17B4",
            " \u200B\u3000")) {
      SampleEvidence town = empty().attest("leadership.regular-study", true, invisible);
      InvalidEvidenceException e = rejection(town::build);
      assertNames(e, "$.attestations[\"leadership.regular-study\"].reference", RuleCode.TEXT_BLANK);
    }
  }

  @Test
  void aLoneCombiningMark_showsNothing_soIsBlank_butAMarkOnALetterShows() {
    assertThat(Texts.isBlank("\u0301")).isTrue();
    assertThat(Texts.isBlank("e\u0301")).isFalse();
    assertThat(Texts.isBlank("镇党委会议纪要")).isFalse();
  }

  @Test
  void aBidiOverride_inAName_isAFormatCharacter() {
    InvalidEvidenceException e =
        rejection(
            () ->
                empty().unit(Unit.of("310199-001", "东沙\u202E镇", UnitKind.TOWN, "310199")).build());
    assertNames(e, "$.unit.name", RuleCode.TEXT_FORMAT_CHARACTER, "U+202E", 3);
  }

  @Test
  void aPrivateUseCharacter_inAReference_isRefused() {
    InvalidEvidenceException e =
        rejection(() -> empty().attest("leadership.regular-study", true, "纪要\uE000").build());
    assertNames(
        e,
        "$.attestations[\"leadership.regular-study\"].reference",
        RuleCode.TEXT_PRIVATE_USE,
        "U+E000",
        3);
  }

  @Test
  void anUnassignedCodePoint_inAReference_isRefused() {
    InvalidEvidenceException e =
        rejection(() -> empty().attest("leadership.regular-study", true, "纪要\u0378").build());
    assertNames(
        e,
        "$.attestations[\"leadership.regular-study\"].reference",
        RuleCode.TEXT_UNASSIGNED,
        "U+0378",
        3);
  }

  @Test
  void aLoneSurrogate_inAReference_isRefusedAsHalfAPair_notAsUnassigned() {
    InvalidEvidenceException e =
        rejection(() -> empty().attest("leadership.regular-study", true, "纪要\uD800").build());
    assertNames(
        e,
        "$.attestations[\"leadership.regular-study\"].reference",
        RuleCode.TEXT_LONE_SURROGATE,
        "U+D800",
        3);
  }

  /** Found by a break test: a name of half a surrogate pair alone was called blank. */
  @Test
  void aNameOfHalfASurrogatePairAlone_isCalledThat_notBlank() {
    InvalidEvidenceException e =
        rejection(
            () -> empty().unit(Unit.of("310199-001", "\uDC00", UnitKind.TOWN, "310199")).build());
    assertNames(e, "$.unit.name", RuleCode.TEXT_LONE_SURROGATE, "U+DC00", 1);
  }

  @Test
  void aNameNotInNfc_isRefusedByTheCore() {
    InvalidEvidenceException e =
        rejection(
            () ->
                empty().unit(Unit.of("310199-001", "Cafe\u0301", UnitKind.TOWN, "310199")).build());
    assertNames(e, "$.unit.name", RuleCode.TEXT_NOT_NFC);
  }

  /** Why: a letter dated year 0000 counted. */
  @Test
  void anEventDatedInYearZero_isRefused() {
    Unit village = Unit.of(SampleEvidence.subunitId(1), "东沙村", UnitKind.VILLAGE);
    InvalidEvidenceException e =
        rejection(
            () ->
                empty()
                    .subunits(List.of(village))
                    .addEvents(Event.letter(LocalDate.of(0, 5, 1), village.id()))
                    .build());
    assertThat(e.violations())
        .extracting(Violation::code)
        .contains(RuleCode.DATE_YEAR_OUT_OF_RANGE);
  }

  @Test
  void theDefaultIgnorableTable_isUnicodesProperty_codePointByCodePoint() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean icu = UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
      assertThat(DefaultIgnorable.contains(c)).as("U+%04X", c).isEqualTo(icu);
    }
  }
}
