package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Peer;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.district.Candidate;
import io.github.jindu.district.Selection;
import io.github.jindu.testing.SampleDistrict;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DistrictReportTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  private static List<String> lines(Selection selection, ReportLanguage language) {
    String text = Unwrapped.district(selection, SET, language);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    assertThat(text.lines()).allMatch(l -> l.equals(l.stripTrailing()));
    return Arrays.asList(text.split("\n"));
  }

  @Test
  void chinese_headerThenTheIndicatorTableByUnitIdThenTheSelectionByRank() {
    List<String> lines = lines(SampleDistrict.selection(), ReportLanguage.ZH_HANS);

    assertThat(lines)
        .startsWith(
            "禁毒工作示范社区评选报告",
            "考评标准：市禁毒工作示范社区（municipal-model-community）",
            "考评期：2025-01-01 至 2025-12-31",
            "区：310199",
            "候选单位：6 个；达标 2 个，材料不全 1 个，未达标 3 个，一票否决 0 个",
            "排序：按整体结论（达标、材料不全、未达标、一票否决）；名次相同者并列，按单位代码排列");
    assertThat(lines)
        .contains(
            "  5 二(五) 预防教育深入 [prevention]",
            "单位代码     1     2     3     4       5     6     7     8     9    10  整体结论  单位名称",
            "D-4       5/5   2/2   5/5   3/3   10/10   4/4   7/7   6/6   2/2   6/7?  材料不全  镇D-4",
            "D-5       5/5   2/2   4/5✗  3/3   10/10   4/4   7/7   6/6   2/2   6/7✗  未达标    镇D-5",
            "D-6       5/5   2/2   5/5   3/3    9/10✗  4/4   7/7   6/6   2/2   6/7✗  未达标    镇D-6");
    int table = lines.indexOf("二、评选结果（达标单位在前）");
    assertThat(lines.subList(table + 1, lines.indexOf("审核信息") - 1))
        .containsExactly(
            "名次       单位代码  单位名称  整体结论  说明",
            "1（并列）  D-2       镇D-2     达标",
            "1（并列）  D-3       镇D-3     达标",
            "3          D-4       镇D-4     材料不全  材料缺失：「年度新滋生吸毒人员与实有人口总数的比例不超过万分之零点五」[results.new-user-rate]",
            "4（并列）  D-1       镇D-1     未达标    未达到：「涉毒八类刑事案件万人发案率在全区最低」[results.case-rate-lowest]",
            "4（并列）  D-5       镇D-5     未达标    未达到：「对因领导不力、措施不落实导致毒品问题发展蔓延的单位，"
                + "实行社会治安综合治理一票否决」[responsibility.veto-applied]「涉毒八类刑事案件万人发案率在全区最低」"
                + "[results.case-rate-lowest]",
            "4（并列）  D-6       镇D-6     未达标    未达到：「辖区实有人口宣传覆盖率达到90%以上」[prevention.population-coverage]"
                + "「涉毒八类刑事案件万人发案率在全区最低」[results.case-rate-lowest]");
  }

  @Test
  void english_sameTables_ids_andOutcomeNames() {
    List<String> lines = lines(SampleDistrict.selection(), ReportLanguage.EN);

    assertThat(lines)
        .contains(
            "Candidates: 6; QUALIFIED 2, INCOMPLETE 1, NOT_QUALIFIED 3, VETOED 0",
            "  5 二(五) prevention education goes deep [prevention]",
            "D-6   5/5   2/2   5/5   3/3    9/10✗  4/4   7/7   6/6   2/2   6/7✗  NOT_QUALIFIED  镇D-6",
            "1=    D-2   镇D-2  QUALIFIED",
            "4=    D-6   镇D-6  NOT_QUALIFIED  not met: coverage of the actual (resident) population >= 90 % "
                + "[prevention.population-coverage], drug-related criminal cases (eight categories) per 10,000 "
                + "population: lowest in the district [results.case-rate-lowest]");
  }

  @Test
  void countsRolledUpFromSubunits_areNamedInTheReason() {
    Selection selection = Selection.ofDocuments(SampleDistrict.documents(), SET);

    assertThat(lines(selection, ReportLanguage.ZH_HANS))
        .contains("1（并列）  D-2       镇D-2     达标      1 项统计数由下级单位汇总");
    assertThat(lines(selection, ReportLanguage.EN))
        .contains("1=    D-2   镇D-2  QUALIFIED      1 counts rolled up from sub-units");
  }

  @Test
  void aNonCandidateOfUnknownCases_isListed_andTheReportSaysWhoseFigureIsMissing_inEachLanguage() {
    Selection selection =
        Selection.of(
            SampleDistrict.candidates(),
            List.of(
                Peer.of("D-9", OptionalLong.of(40_100), OptionalLong.empty()),
                Peer.of("D-8", 1_000_000, 90)),
            SET);

    List<String> zh = lines(selection, ReportLanguage.ZH_HANS);
    assertThat(zh)
        .contains(
            "比较范围：“涉毒八类刑事案件万人发案率在全区最低”[results.case-rate-lowest]与全区其他所有镇（街道）比较："
                + "其他候选单位按各自材料中的实有人口（population.actual）和涉毒八类刑事案件数（cases.drug-related）计算；"
                + "非候选单位 2 个按区提供的数据计算（见下）",
            "  非候选单位 D-8：实有人口 1000000，涉毒八类刑事案件 90 件",
            "  非候选单位 D-9：实有人口 40100，涉毒八类刑事案件数未知",
            "注意：D-9 的涉毒八类刑事案件数（cases.drug-related）未知，无法确定全区最低的万人发案率，"
                + "所有候选单位的“涉毒八类刑事案件万人发案率在全区最低”[results.case-rate-lowest]均为材料缺失；补齐该数据后方可评定",
            "1（并列）  D-2       镇D-2     材料不全  材料缺失：「涉毒八类刑事案件万人发案率在全区最低」[results.case-rate-lowest]");
    assertThat(lines(selection, ReportLanguage.ZH_HANT))
        .contains("  非候選單位 D-9：實有人口 40100，涉毒八類刑事案件數未知");
    assertThat(lines(selection, ReportLanguage.EN))
        .contains(
            "  not a candidate: D-9, population 40100, cases unknown",
            "Note: a figure of D-9 is not known (cases.drug-related), so the district's lowest case rate cannot be "
                + "known: drug-related criminal cases (eight categories) per 10,000 population: lowest in the district "
                + "[results.case-rate-lowest] is not assessed for any candidate until the figure is supplied");
  }

  @Test
  void
      aNonCandidateOfUnknownPopulation_orOfNoFigureAtAll_isSaidSo_andEachMissingFigureIsNamedInTheDetail() {
    Selection selection =
        Selection.of(
            SampleDistrict.candidates(),
            List.of(
                Peer.of("D-8", OptionalLong.empty(), OptionalLong.of(2)),
                Peer.of("D-9", OptionalLong.empty(), OptionalLong.empty())),
            SET);

    List<String> zh = lines(selection, ReportLanguage.ZH_HANS);
    assertThat(zh).contains("  非候选单位 D-8：实有人口未知，涉毒八类刑事案件 2 件", "  非候选单位 D-9：实有人口和涉毒八类刑事案件数均未知");
    assertThat(zh.stream().filter(l -> l.startsWith("注意：")))
        .extracting(l -> l.substring(0, l.indexOf("未知") + 2))
        .containsExactly(
            "注意：D-8 的实有人口（population.actual）未知",
            "注意：D-9 的实有人口（population.actual）未知",
            "注意：D-9 的涉毒八类刑事案件数（cases.drug-related）未知");
    String detail = Unwrapped.districtWithDetail(selection, SET, ReportLanguage.ZH_HANS);
    assertThat(detail)
        .contains(
            "      缺少材料：区内单位 D-8 的实有人口（peers 中 D-8 的 population）、"
                + "区内单位 D-9 的实有人口（peers 中 D-9 的 population）、区内单位 D-9 的涉毒八类刑事案件数（peers 中 D-9 的 cases）\n");
    assertThat(Unwrapped.districtWithDetail(selection, SET, ReportLanguage.EN))
        .contains("$.peers[?(@.unit == \"D-8\")].population (the population of peer D-8)");
  }

  @Test
  void withDetail_theRankingThenEachCandidatesFullReport_inSelectionOrder_asAssessPrintsIt() {
    Selection selection = SampleDistrict.selection();

    String detailed = Unwrapped.districtWithDetail(selection, SET, ReportLanguage.ZH_HANS);

    StringBuilder expected =
        new StringBuilder(Unwrapped.district(selection, SET, ReportLanguage.ZH_HANS))
            .append("\n三、各候选单位考评报告（按评选结果顺序）\n");
    for (Candidate c : selection.candidates()) {
      expected
          .append("\n======== 第 ")
          .append(c.rank())
          .append(" 名：")
          .append(c.unit().name())
          .append("（")
          .append(c.unit().id())
          .append("） ========\n")
          .append(Unwrapped.report(c.result(), SET, ReportLanguage.ZH_HANS));
    }
    assertThat(detailed).isEqualTo(expected.toString());
    assertThat(detailed).contains("======== 第 4 名：镇D-5（D-5） ========\n禁毒工作示范社区考评报告\n整体结论：未达标\n");
    assertThat(Unwrapped.districtWithDetail(selection, SET, ReportLanguage.EN))
        .contains(
            "\n3. The report of each candidate (in selection order)\n",
            "\n======= Rank 1: 镇D-2 (D-2) =======\n");
  }

  @Test
  void theSameSelection_alwaysRendersTheSameText_andAnotherSetIsRefused() {
    assertThat(Unwrapped.district(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANS))
        .isEqualTo(Unwrapped.district(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANS));
    CriteriaSet other = MunicipalModelCommunity.criteriaSet(java.time.MonthDay.of(4, 30));
    assertThat(Unwrapped.district(SampleDistrict.selection(), other, ReportLanguage.EN))
        .isNotEmpty();
    CriteriaSet renamed =
        CriteriaSet.builder()
            .id("other")
            .chineseName("别的")
            .englishName("other")
            .addAllUnitKinds(SET.unitKinds())
            .addAllIndicators(SET.indicators())
            .build();
    assertThatThrownBy(
            () -> Unwrapped.district(SampleDistrict.selection(), renamed, ReportLanguage.ZH_HANS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the selection is of criteria set municipal-model-community, not of other");
  }
}
