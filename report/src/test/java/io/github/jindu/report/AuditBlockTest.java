package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Selection;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.testing.SampleDistrict;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit block (审核信息) that ends every report, unit and district, in every language: the criteria set's name,
 * id, version and fingerprint, the evidence digest (each candidate's in a district), the date and the assessor.
 */
class AuditBlockTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final Attribution SIGNED = Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组");
  private static final String DIGEST =
      "sha256:bc1f01f6b8b2380ffb7a8a64d8694e1d795f002fbb1ba83d909c509425974eb4";

  private static AssessmentResult sample(Attribution attribution) {
    Evidence evidence =
        EvidenceJson.read(AuditBlockTest.class.getResourceAsStream("/cases/sample-town-2025.json"));
    return SET.assess(evidence, attribution);
  }

  private static List<String> tail(String report, int lines) {
    List<String> all = Arrays.asList(report.split("\n"));
    return all.subList(all.size() - lines, all.size());
  }

  @Test
  void unitReport_inSimplifiedChinese_endsWithTheAuditBlock_namingDateAndAssessor() {
    assertThat(tail(Unwrapped.report(sample(SIGNED), SET, ReportLanguage.ZH_HANS), 8))
        .containsExactly(
            "",
            "审核信息",
            "考评标准：市禁毒工作示范社区（municipal-model-community），版本 2009",
            "标准指纹：" + SET.fingerprint(),
            "材料摘要：" + DIGEST,
            "考评日期：2026-01-15",
            "考评人：区禁毒办 考评组",
            "说明：标准指纹和材料摘要是 SHA-256 校验值；考评标准或考评材料有任何改动，校验值即随之改变。");
  }

  @Test
  void unitReport_inTraditionalChinese_andEnglish_haveTheSameBlock() {
    assertThat(tail(Unwrapped.report(sample(SIGNED), SET, ReportLanguage.ZH_HANT), 7))
        .containsExactly(
            "審核資訊",
            "考評標準：市禁毒工作示範社區（municipal-model-community），版本 2009",
            "標準指紋：" + SET.fingerprint(),
            "材料摘要：" + DIGEST,
            "考評日期：2026-01-15",
            "考評人：区禁毒办 考评组",
            "說明：標準指紋和材料摘要是 SHA-256 校驗值；考評標準或考評材料有任何改動，校驗值即隨之改變。");
    assertThat(tail(Unwrapped.report(sample(SIGNED), SET, ReportLanguage.EN), 7))
        .containsExactly(
            "Audit",
            "Criteria set: municipal drug-control model community (municipal-model-community), version 2009",
            "Criteria set fingerprint: " + SET.fingerprint(),
            "Evidence digest: " + DIGEST,
            "Assessed on: 2026-01-15",
            "Assessor: 区禁毒办 考评组",
            "Note: the fingerprint and the digest are SHA-256 checksums; any change to the criteria set or to the"
                + " evidence changes them.");
  }

  @Test
  void unitReport_withoutAnAttribution_saysNotGiven_andOneGivenPartIsPrintedAlone() {
    assertThat(Unwrapped.report(sample(Attribution.none()), SET, ReportLanguage.ZH_HANS))
        .contains("\n考评日期：未填写\n考评人：未填写\n");
    assertThat(Unwrapped.report(sample(Attribution.none()), SET, ReportLanguage.ZH_HANT))
        .contains("\n考評日期：未填寫\n考評人：未填寫\n");
    assertThat(
            Unwrapped.report(
                sample(Attribution.of(Optional.empty(), Optional.of("张三"))),
                SET,
                ReportLanguage.EN))
        .contains("\nAssessed on: not given\nAssessor: 张三\n");
  }

  @Test
  void unitReport_theAttributionChangesOnlyTheTwoLinesOfIt() {
    List<String> plain =
        Arrays.asList(
            Unwrapped.report(sample(Attribution.none()), SET, ReportLanguage.ZH_HANS).split("\n"));
    List<String> signed =
        Arrays.asList(Unwrapped.report(sample(SIGNED), SET, ReportLanguage.ZH_HANS).split("\n"));
    assertThat(signed).hasSameSizeAs(plain);
    int differing = 0;
    for (int i = 0; i < plain.size(); i++) {
      if (!plain.get(i).equals(signed.get(i))) {
        differing++;
      }
    }
    assertThat(differing).isEqualTo(2);
  }

  @Test
  void districtReport_endsWithTheAuditBlock_andEveryCandidatesDigestByUnitId() {
    Selection selection = Selection.of(SampleDistrict.candidates(), SET, SIGNED);
    List<String> block = tail(Unwrapped.district(selection, SET, ReportLanguage.ZH_HANS), 13);

    assertThat(block.subList(0, 6))
        .containsExactly(
            "审核信息",
            "考评标准：市禁毒工作示范社区（municipal-model-community），版本 2009",
            "标准指纹：" + SET.fingerprint(),
            "考评日期：2026-01-15",
            "考评人：区禁毒办 考评组",
            "各候选单位材料摘要：");
    List<String> rows = block.subList(6, 12);
    for (int i = 0; i < 6; i++) {
      String id = "D-" + (i + 1);
      assertThat(rows.get(i))
          .isEqualTo(
              id
                  + "  "
                  + selection.candidate(id).orElseThrow().result().evidenceDigest()
                  + "  镇"
                  + id);
    }
    assertThat(block.get(12)).startsWith("说明：");
  }

  @Test
  void districtReport_inEveryLanguage_hasTheBlock_withoutAnAttributionSayingNotGiven() {
    Selection selection = SampleDistrict.selection();
    assertThat(Unwrapped.district(selection, SET, ReportLanguage.ZH_HANS))
        .contains("\n\n审核信息\n", "\n考评日期：未填写\n考评人：未填写\n各候选单位材料摘要：\n");
    assertThat(Unwrapped.district(selection, SET, ReportLanguage.ZH_HANT))
        .contains("\n\n審核資訊\n", "\n考評日期：未填寫\n考評人：未填寫\n各候選單位材料摘要：\n");
    assertThat(Unwrapped.district(selection, SET, ReportLanguage.EN))
        .contains(
            "\n\nAudit\n",
            "\nCriteria set fingerprint: " + SET.fingerprint() + "\n",
            "\nAssessed on: not given\nAssessor: not given\nEvidence digest of each candidate:\n");
  }
}
