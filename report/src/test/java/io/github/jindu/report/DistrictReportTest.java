package io.github.jindu.report;

import io.github.jindu.CriteriaSet;
import io.github.jindu.testing.SampleDistrict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Selection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictReportTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  private static List<String> lines(Selection selection, ReportLanguage language) {
    String text = DistrictReport.render(selection, SET, language);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    assertThat(text.lines()).allMatch(l -> l.equals(l.stripTrailing()));
    return Arrays.asList(text.split("\n"));
  }

  @Test
  void chinese_headerThenTheIndicatorTableByUnitIdThenTheSelectionByRank() {
    List<String> lines = lines(SampleDistrict.selection(), ReportLanguage.ZH_HANS);

    assertThat(lines).startsWith("禁毒工作示范社区评选报告",
        "考评标准：市禁毒工作示范社区（municipal-model-community）",
        "考评期：2025-01-01 至 2025-12-31",
        "区：310199",
        "候选单位：6 个；达标 2 个，材料不全 1 个，未达标 3 个，一票否决 0 个",
        "排序：按整体结论（达标、材料不全、未达标、一票否决）；名次相同者并列，按单位代码排列");
    assertThat(lines).contains(
        "  5 二(五) 预防教育深入 [prevention]",
        "单位代码     1     2     3     4       5     6     7     8     9    10  整体结论  单位名称",
        "D-4       5/5   2/2   5/5   3/3   10/10   4/4   7/7   6/6   2/2   6/7?  材料不全  镇D-4",
        "D-5       5/5   2/2   4/5✗  3/3   10/10   4/4   7/7   6/6   2/2   6/7✗  未达标    镇D-5",
        "D-6       5/5   2/2   5/5   3/3    9/10✗  4/4   7/7   6/6   2/2   6/7✗  未达标    镇D-6");
    int table = lines.indexOf("二、评选结果（达标单位在前）");
    int audit = lines.indexOf("审核信息");
    assertThat(lines.get(audit - 1)).isEmpty();
    assertThat(lines.subList(table + 1, audit - 1)).containsExactly(
        "名次       单位代码  单位名称  整体结论  说明",
        "1（并列）  D-2       镇D-2     达标",
        "1（并列）  D-3       镇D-3     达标",
        "3          D-4       镇D-4     材料不全  材料缺失：「涉毒八类刑事案件万人发案率在全区最低」",
        "4（并列）  D-1       镇D-1     未达标    未达到：「涉毒八类刑事案件万人发案率在全区最低」",
        "4（并列）  D-5       镇D-5     未达标    未达到：「对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决」"
            + "「涉毒八类刑事案件万人发案率在全区最低」",
        "4（并列）  D-6       镇D-6     未达标    未达到：「辖区实有人口宣传覆盖率达到90%以上」「涉毒八类刑事案件万人发案率在全区最低」");
  }

  @Test
  void english_sameTables_ids_andOutcomeNames() {
    List<String> lines = lines(SampleDistrict.selection(), ReportLanguage.EN);

    assertThat(lines).contains(
        "Candidates: 6; QUALIFIED 2, INCOMPLETE 1, NOT_QUALIFIED 3, VETOED 0",
        "  5 二(五) prevention education goes deep [prevention]",
        "D-6   5/5   2/2   5/5   3/3    9/10✗  4/4   7/7   6/6   2/2   6/7✗  NOT_QUALIFIED  镇D-6",
        "1=    D-2   镇D-2  QUALIFIED",
        "4=    D-5   镇D-5  NOT_QUALIFIED  not met: responsibility.veto-applied, results.case-rate-lowest",
        "4=    D-6   镇D-6  NOT_QUALIFIED  not met: prevention.population-coverage, results.case-rate-lowest");
  }

  @Test
  void countsRolledUpFromSubunits_areNamedInTheReason() {
    Selection selection = Selection.ofDocuments(SampleDistrict.documents(), SET);

    assertThat(lines(selection, ReportLanguage.ZH_HANS)).contains("1（并列）  D-2       镇D-2     达标      1 项统计数由下级单位汇总");
    assertThat(lines(selection, ReportLanguage.EN)).contains("1=    D-2   镇D-2  QUALIFIED      1 counts rolled up from sub-units");
  }

  @Test
  void theSameSelection_alwaysRendersTheSameText_andAnotherSetIsRefused() {
    assertThat(DistrictReport.render(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANS))
        .isEqualTo(DistrictReport.render(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANS));
    CriteriaSet other = MunicipalModelCommunity.criteriaSet(java.time.MonthDay.of(4, 30));
    assertThat(DistrictReport.render(SampleDistrict.selection(), other, ReportLanguage.EN)).isNotEmpty();
    CriteriaSet renamed = CriteriaSet.builder().id("other").chineseName("别的").englishName("other")
        .addAllUnitKinds(SET.unitKinds()).addAllIndicators(SET.indicators()).build();
    assertThatThrownBy(() -> DistrictReport.render(SampleDistrict.selection(), renamed, ReportLanguage.ZH_HANS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the selection is of criteria set municipal-model-community, not of other");
  }
}
