// The pieces of the form readers: label matching, numbers and dates as
// cells hold them, weights in level headings, locations of cells.
#include <gtest/gtest.h>

#include "evalscore/location.h"

#include "readers/cell_text.h"
#include "readers/form_reader.h"
#include "readers/form_vocabulary.h"
#include "readers/recognize_form.h"
#include "readers/text_norm.h"
#include "readers/xstring.h"
#include "test_util.h"

namespace evalscore::readers {
namespace {

TEST(CanonLabel, IgnoresBreaksSpacesFullWidthAndNotes) {
  EXPECT_EQ(CanonLabel("年初\n预算数"), "年初预算数");
  EXPECT_EQ(CanonLabel("项目资金（万元）"), "项目资金");
  EXPECT_EQ(CanonLabel("执行率（B/A）"), "执行率");
  EXPECT_EQ(CanonLabel("全年预算数(A)"), "全年预算数");
  EXPECT_EQ(CanonLabel("偏差原因分析\n及改进措施"), "偏差原因分析及改进措施");
  EXPECT_EQ(CanonLabel("项目名称："), "项目名称");
  EXPECT_EQ(RoleOf(CanonLabel("年度\n指标值")), Role::kTarget);
  EXPECT_EQ(RoleOf(CanonLabel("填报得分")), Role::kReportedScore);
  EXPECT_EQ(RoleOf(CanonLabel("人脸识别系统认证人")), Role::kNone);
}

TEST(FundsRowOf, ReadsTheBreakdownLabels) {
  bool total = false;
  EXPECT_EQ(FundsRowOf(CanonLabel("其中：当年财政拨款"), &total), FundsRowKind::kAppropriation);
  EXPECT_FALSE(FundsRowOf(CanonLabel("年度资金总额"), &total).has_value());
  EXPECT_TRUE(total);
  EXPECT_FALSE(FundsRowOf(CanonLabel("基本支出"), &total).has_value());
  EXPECT_FALSE(total);
}

TEST(SplitWeight, FindsPointsInLevelHeadings) {
  std::string name;
  std::optional<double> w;
  SplitWeight("产出指标\n50分", &name, &w);
  EXPECT_EQ(name, "产出指标");
  EXPECT_EQ(w, 50);
  SplitWeight("满意度\n指标 10 分", &name, &w);
  EXPECT_EQ(name, "满意度指标");
  EXPECT_EQ(w, 10);
  SplitWeight("效益指标（30分）", &name, &w);
  EXPECT_EQ(name, "效益指标");
  EXPECT_EQ(w, 30);
  SplitWeight("数量指标", &name, &w);
  EXPECT_EQ(name, "数量指标");
  EXPECT_FALSE(w.has_value());
}

TEST(Placeholders, AreTemplateLeftoversOnly) {
  EXPECT_TRUE(IsPlaceholderName("指标 1:"));
  EXPECT_TRUE(IsPlaceholderName("指标2："));
  EXPECT_TRUE(IsPlaceholderName("……"));
  EXPECT_TRUE(IsPlaceholderName("....."));
  EXPECT_FALSE(IsPlaceholderName("指标1:完成中型灌区节水改造项目数量"));
  EXPECT_FALSE(IsPlaceholderName("指标完成率"));
}

TEST(NumberInText, ReadsWhatCellsHold) {
  bool percent = false;
  EXPECT_EQ(NumberInText("10分", &percent), 10);
  EXPECT_EQ(NumberInText("24%", &percent), 24);
  EXPECT_TRUE(percent);
  EXPECT_EQ(NumberInText("１，２３４.５", &percent), 1234.5);  // full-width digits and comma
  EXPECT_FALSE(NumberInText("十", &percent).has_value());
  EXPECT_TRUE(IsBlankMark("—"));
  EXPECT_TRUE(IsBlankMark(" / "));
}

TEST(Xstring, DecodesExcelEscapes) {
  EXPECT_EQ(DecodeXstring("a_x000D_\nb"), "a\r\nb");
  EXPECT_EQ(DecodeXstring("_x540D__x540d_"), "名名");        // either case of hex digit
  EXPECT_EQ(DecodeXstring("_x005F_x000D_"), "_x000D_");      // an escaped underscore: a literal
  EXPECT_EQ(DecodeXstring("_xD83D__xDE00_"), "\U0001F600");  // a surrogate pair
  // Left as written: unpaired surrogates, bad hex, short forms, NUL, a bare "_x".
  EXPECT_EQ(DecodeXstring("_xD83D_x"), "_xD83D_x");
  EXPECT_EQ(DecodeXstring("_xDE00_"), "_xDE00_");
  EXPECT_EQ(DecodeXstring("_xD83D__x0041_"), "_xD83D_A");
  EXPECT_EQ(DecodeXstring("_xZZ12_ _x41_ _x0000_ _x"), "_xZZ12_ _x41_ _x0000_ _x");
  EXPECT_EQ(DecodeXstring("指标_1"), "指标_1");
}

TEST(CellText, DatesPercentagesAndPlainNumbers) {
  // Serial 44926 is 2022-12-31 in the 1900 system (Excel counts a 1900-02-29).
  EXPECT_EQ(DateText(44926, false), "2022年12月31日");
  EXPECT_EQ(DateText(1, false), "1900年1月1日");
  EXPECT_EQ(DateText(61, false), "1900年3月1日");
  EXPECT_EQ(DateText(0, true), "1904年1月1日");
  EXPECT_EQ(PercentText(0.2401), "24.01%");
  EXPECT_EQ(PlainNumber(22.41), "22.41");
  EXPECT_EQ(PlainNumber(150000), "150000");
  EXPECT_EQ(LookOfFormat(0, "yyyy\"年\"m\"月\"d\"日\""), NumberLook::kDate);
  EXPECT_EQ(LookOfFormat(0, "0.00%"), NumberLook::kPercent);
  EXPECT_EQ(LookOfFormat(0, "\"%\"0"), NumberLook::kPlain);  // a quoted % is text
}

TEST(CleanText, JoinsWrappedChineseAndKeepsLatinApart) {
  EXPECT_EQ(CleanText("服务对象\n满意度指\n标"), "服务对象满意度指标");
  EXPECT_EQ(CleanText("  ISO\n9001 "), "ISO 9001");
}

TEST(Location, CellsAndLines) {
  const std::vector<SourcePart> parts = {{"自评表", false}, {"01 项目", false}, {"表1", true}};
  EXPECT_EQ(FormatLocation({25, 28, 0}, parts), "25:28");
  EXPECT_EQ(FormatLocation({14, 6, 1}, parts), "自评表!F14");
  EXPECT_EQ(FormatLocation({3, 27, 2}, parts), "'01 项目'!AA3");
  EXPECT_EQ(FormatLocation({5, 3, 3}, parts), "表1!C5");
  EXPECT_EQ(FormatLocation({}, parts), "");
  EXPECT_EQ(ColumnLetters(16384), "XFD");
}

// A grid built by hand: the recognizer fills merged 一级 down and reads the
// 总分 row from the 分值 and 得分 columns.
TEST(Recognizer, SmallGridWithMergedLevel) {
  Grid g;
  g.name = "Sheet1";
  const auto put = [&](int r, int c, const char* text) {
    g.cells.push_back({r, c, text, std::nullopt, false, false});
  };
  put(1, 1, "项目名称");
  put(1, 2, "测试项目");
  put(1, 3, "主管部门：某县财政局");  // label and value in one cell
  const char* head[] = {"一级指标",   "二级指标", "三级指标", "年度指标值",
                        "实际完成值", "分值",     "得分"};
  for (int c = 0; c < 7; ++c) put(2, c + 1, head[c]);
  put(3, 1, "产出指标");
  put(3, 2, "数量指标");
  put(3, 3, "培训人数");
  put(3, 4, "≥100人");
  put(3, 5, "90人");
  put(3, 6, "10");
  put(3, 7, "9");
  put(4, 3, "培训次数");
  put(4, 4, "2次");
  put(4, 5, "2次");
  put(4, 6, "10");
  put(4, 7, "10");
  put(5, 1, "总分");
  put(5, 6, "20");
  put(5, 7, "19");
  g.merges.push_back({3, 1, 4, 1});
  GridSet set;
  set.grids.push_back(g);
  const Recognition r = RecognizeForms(set);
  ASSERT_EQ(r.forms.size(), 1u);
  ASSERT_TRUE(r.forms[0]) << En(r.forms[0].error().front().message);
  const Project& p = r.forms[0].value();
  ASSERT_EQ(p.categories.size(), 1u);
  ASSERT_EQ(p.categories[0].groups.size(), 1u);
  EXPECT_EQ(p.categories[0].groups[0].indicators.size(), 2u);
  EXPECT_EQ(p.categories[0].groups[0].indicators[1].name.where, (Location{4, 3, 1}));
  EXPECT_EQ(p.department->value, "某县财政局");
  EXPECT_EQ(p.department->where, (Location{1, 3, 1}));
  EXPECT_EQ(p.reported_total->value, 19);
  EXPECT_EQ(p.reported_points->value, 20);
}

}  // namespace
}  // namespace evalscore::readers
