#include "evalscore/load_project.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace evalscore {
namespace {

// The first error of loading `yaml` (fails the test when it loads).
Error FirstError(const std::string& yaml) {
  auto r = LoadProject(yaml);
  EXPECT_FALSE(r.has_value()) << yaml;
  return r ? Error{} : r.error().front();
}

const std::string kHead = "format: evalscore/1\nproject: {name: x}\n";

TEST(LoadProject, SeedExample) {
  auto r = LoadProject(testing::ReadSource("examples/01-seed-chengde-2021.yaml"));
  ASSERT_TRUE(r.has_value()) << En(r.error().front().message);
  const Project& p = r.value();
  EXPECT_EQ(p.name->value, "生存认证人脸识别技术系统费用");
  EXPECT_EQ(p.year->value, 2021);
  EXPECT_EQ(p.funds->currency, "万元");
  EXPECT_DOUBLE_EQ(p.funds->total->budget->value, 22.41);
  EXPECT_DOUBLE_EQ(p.funds->total->reported_rate->value, 24);
  ASSERT_EQ(p.funds->breakdown.size(), 3u);  // appropriation, carryover, other (empty)
  ASSERT_EQ(p.categories.size(), 3u);
  EXPECT_EQ(p.categories[0].name.value, "产出指标");
  EXPECT_DOUBLE_EQ(p.categories[0].weight->value, 50);
  EXPECT_EQ(p.categories[0].groups[1].indicators.size(), 3u);
  EXPECT_TRUE(p.categories[0].groups[1].indicators[2].blank);
  EXPECT_DOUBLE_EQ(p.reported_total->value, 92.4);
}

TEST(LoadProject, LocationsAreOneBased) {
  auto r = LoadProject(kHead +
                       "indicators:\n  产出指标:\n    数量指标:\n      - {name: a, points: 5}\n");
  ASSERT_TRUE(r.has_value());
  const Indicator& i = r.value().categories[0].groups[0].indicators[0];
  EXPECT_EQ(i.where.line, 6);
  EXPECT_EQ(i.where.column, 9);
  EXPECT_EQ(i.points->where.line, 6);
}

TEST(LoadProject, SyntaxErrorIsLocated) {
  const Error e = FirstError("format: evalscore/1\nproject: {name: x\n");
  EXPECT_NE(En(e.message).find("YAML syntax"), std::string::npos);
  EXPECT_GT(e.where.line, 0);
}

TEST(LoadProject, UnknownKeySuggestsClosest) {
  const Error e =
      FirstError(kHead + "indicators:\n  产出指标:\n    数量指标:\n      - {name: a, ponits: 5}\n");
  EXPECT_EQ(En(e.message), "unknown key 'ponits' in indicator; did you mean 'points'?");
  EXPECT_EQ(e.where.line, 6);
  EXPECT_EQ(e.where.column, 19);
}

TEST(LoadProject, DuplicateKeyIsAnError) {
  const Error e = FirstError(kHead + "indicators: {}\nreported: {total: 90, total: 95}\n");
  EXPECT_NE(En(e.message).find("duplicate key 'total'"), std::string::npos);
  EXPECT_EQ(e.where.line, 4);
}

TEST(LoadProject, KeyAndItsAliasIsAnError) {
  const Error e = FirstError(
      kHead + "indicators:\n  产出指标:\n    数量指标:\n      - {name: a, points: 5, 分值: 5}\n");
  EXPECT_NE(En(e.message).find("are the same field"), std::string::npos);
}

TEST(LoadProject, ChineseKeysAccepted) {
  auto r = LoadProject(
      "format: evalscore/1\n项目: {项目名称: 测试, 主管部门: 局}\n绩效指标:\n  产出指标:\n"
      "    数量指标:\n      - {指标名称: a, 年度指标值: '>=5', 实际完成值: '6', 分值: 10, 得分: "
      "10}\n");
  ASSERT_TRUE(r.has_value()) << En(r.error().front().message);
  EXPECT_EQ(r.value().department->value, "局");
  EXPECT_EQ(r.value().categories[0].groups[0].indicators[0].target->value, ">=5");
}

TEST(LoadProject, WrongTypesAndBadNumbers) {
  EXPECT_EQ(
      En(FirstError(kHead +
                    "indicators:\n  产出指标:\n    数量指标:\n      - {name: a, points: ten}\n")
             .message),
      "points must be a number, not 'ten'");
  EXPECT_EQ(En(FirstError(kHead + "funds: {total: {budget: .nan}}\nindicators: {}\n").message),
            "funds.total.budget must be a finite number, not '.nan'");
  EXPECT_EQ(En(FirstError(kHead + "funds: {total: {budget: -5}}\nindicators: {}\n").message),
            "funds.total.budget must not be negative ('-5')");
  EXPECT_EQ(En(FirstError(kHead + "funds: {total: {budget: 1e99}}\nindicators: {}\n").message),
            "funds.total.budget is absurdly large ('1e99')");  // 1e99 is a number
  EXPECT_EQ(
      En(FirstError(kHead + "funds: {total: {budget: 9999999999999}}\nindicators: {}\n").message),
      "funds.total.budget is absurdly large ('9999999999999')");
  EXPECT_EQ(En(FirstError(kHead + "funds: {currency: 美元}\nindicators: {}\n").message),
            "funds.currency must be 万元 or 元, not '美元'");
}

TEST(LoadProject, MissingRequiredFields) {
  EXPECT_EQ(En(FirstError("project: {name: x}\nindicators: {}\n").message),
            "missing 'format: evalscore/1' on the first line");
  EXPECT_EQ(En(FirstError("format: evalscore/1\nindicators: {}\n").message),
            "missing 'project' (项目名称, 主管部门, 实施单位)");
  EXPECT_EQ(En(FirstError("format: evalscore/2\nproject: {name: x}\nindicators: {}\n").message),
            "unsupported format 'evalscore/2'; this evalscore reads 'evalscore/1'");
}

TEST(LoadProject, EmptyNameNeedsBlankMarker) {
  EXPECT_NE(
      En(FirstError(kHead +
                    "indicators:\n  产出指标:\n    数量指标:\n      - {name: '', points: 8}\n")
             .message)
          .find("indicator row without a name"),
      std::string::npos);
  auto r = LoadProject(
      kHead + "indicators:\n  产出指标:\n    数量指标:\n      - {blank: true, points: 8}\n");
  EXPECT_TRUE(r.has_value());
}

TEST(LoadProject, EmptyAndMultiDocument) {
  EXPECT_EQ(En(FirstError("").message), "the file is empty: nothing to score");
  EXPECT_EQ(En(FirstError("# only a comment\n").message), "the file is empty: nothing to score");
  EXPECT_NE(
      En(FirstError(kHead + "indicators: {}\n---\n" + kHead).message).find("2 YAML documents"),
      std::string::npos);
}

TEST(LoadProject, DeepNestingRefusedBeforeParsing) {
  const Error e = FirstError(std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_NE(En(e.message).find("nested too deeply"), std::string::npos);
  EXPECT_EQ(e.where.line, 1);
}

TEST(LoadProject, AliasExpansionBounded) {
  // 80 groups each aliasing a list of 80 rows = 6400 rows > kMaxIndicators.
  std::string yaml = kHead + "rows: &r\n";
  yaml = "format: evalscore/1\nproject: {name: x}\nindicators:\n  产出指标:\n    g0: &r\n";
  for (int i = 0; i < 80; ++i) yaml += "      - {name: n" + std::to_string(i) + ", points: 1}\n";
  for (int g = 1; g < 80; ++g) yaml += "    g" + std::to_string(g) + ": *r\n";
  EXPECT_NE(En(FirstError(yaml).message).find("more than 5000 indicator rows"), std::string::npos);
}

TEST(LoadProject, TargetColumnsJoined) {
  auto r = LoadProject(
      kHead +
      "indicators:\n  产出指标:\n    数量指标:\n"
      "      - {name: a, target: {sign: ﹦, value: 72890, unit: 元}, actual: '72890', points: 10}\n"
      "      - {name: b, target: {sign: 定性, value: 合格}, actual: 合格, points: 10}\n");
  ASSERT_TRUE(r.has_value()) << En(r.error().front().message);
  const auto& rows = r.value().categories[0].groups[0].indicators;
  EXPECT_EQ(rows[0].target->value, "﹦72890元");
  EXPECT_TRUE(rows[1].qualitative_declared);
}

}  // namespace
}  // namespace evalscore

namespace evalscore {
namespace {

// G7: a Chinese funds key is a breakdown row with that label, but a near-miss of a known
// key is still a typo with a suggestion.
TEST(LoadProject, FreeLabelledBreakdownRowsButTyposStayErrors) {
  auto ok = LoadProject(
      "format: evalscore/1\nproject: {name: x}\nfunds: {total: {budget: 1}, 省级资金: {budget: "
      "1}}\nindicators: {}\n");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok.value().funds->breakdown.at(0).second.label, "省级资金");
  auto typo = LoadProject(
      "format: evalscore/1\nproject: {name: x}\nfunds: {total: {budget: 1}, 当年财政拨: {budget: "
      "1}}\nindicators: {}\n");
  ASSERT_FALSE(typo.has_value());
  EXPECT_NE(En(typo.error().front().message).find("did you mean '当年财政拨款'"),
            std::string::npos);
}

TEST(LoadProject, FormModelV2Fields) {
  auto r = LoadProject(
      "format: evalscore/1\nproject: {name: x}\nfunds: {in_total: false, total: {budget: 1, "
      "reported_rate: \"83.00%\"}}\nindicators: {产出指标: {数量指标: [{name: a, target: "
      "{value: 3万元, unit: 万元}, actual: 3万元, points: \"35%\"}]}}\n");
  ASSERT_TRUE(r.has_value());
  const Project& p = r.value();
  EXPECT_FALSE(p.funds->in_total->value);
  EXPECT_EQ(p.funds->total->reported_rate_decimals, 2);
  const Indicator& ind = p.categories[0].groups[0].indicators[0];
  EXPECT_EQ(ind.target->value, "3万元");
  EXPECT_TRUE(ind.points_percent);
  EXPECT_DOUBLE_EQ(ind.points->value, 35);
  EXPECT_EQ(En(FirstError("format: evalscore/1\nproject: {name: x, kind: 其他}\nindicators: {}\n")
                   .message)
                .rfind("project.kind must be", 0),
            0u);
  EXPECT_EQ(En(FirstError("format: evalscore/1\nproject: {name: x}\nindicators: {a: {b: [{name: n, "
                          "blank: true}]}}\n")
                   .message),
            "a row marked blank must not have a name");
}

}  // namespace
}  // namespace evalscore
