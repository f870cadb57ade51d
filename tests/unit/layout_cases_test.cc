// Every case of ../shared/cases/layouts (copied to tests/cases/layouts/) under the
// default profile or the one the file names, with its numbers computed by hand
// and the findings a reviewer expects (cases/README.md, "layouts/").
#include <algorithm>

#include <gtest/gtest.h>

#include "evalscore/check.h"
#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"
#include "evalscore/score.h"

#include "test_util.h"

namespace evalscore {
namespace {

struct Case {
  Project project;
  ProjectScore score;
  std::vector<Diagnostic> found;

  int Count(const std::string& code) const {
    return static_cast<int>(std::count_if(found.begin(), found.end(),
                                          [&](const Diagnostic& d) { return d.code == code; }));
  }
  bool Has(const std::string& code) const { return Count(code) > 0; }
  const IndicatorScore& Row(size_t i) const { return score.indicators.at(i); }
};

Case RunText(const std::string& text, const std::string& what) {
  Case c;
  auto p = LoadProject(text);
  EXPECT_TRUE(p.has_value()) << what << ": "
                             << (p.has_value() ? "" : En(p.error().front().message));
  if (!p) return c;
  c.project = p.value();
  const RuleProfile profile =
      c.project.rules ? BuiltinProfile(c.project.rules->value) : BuiltinProfile("central-2020");
  c.score = ScoreProject(c.project, profile);
  c.found = CheckProject(c.project, c.score, profile);
  return c;
}

Case RunCase(const std::string& name) {
  return RunText(testing::ReadSource("tests/cases/layouts/" + name + ".yaml"), name);
}

// G1/G1b (hubei-20): 产出指标 80分 over two rows without 分值 → 40 each (equal split).
// 培训人数 300人 vs "≥300人": 300 ≥ 300 → 40 (ES315: the actual is a bound).
// 资料合格率 95% of 95% → 40; reported 38 → ES302. Funds 12/12 × 20 = 20.
// Total 20 + 80 = 100 against the printed 98: ES401, difference −2. Both 优: no ES402.
TEST(LayoutCases, G1RowsWithoutPointsShareTheLevelWeight) {
  for (const char* name : {"G1", "G1b"}) {
    const Case c = RunCase(name);
    EXPECT_DOUBLE_EQ(c.Row(0).points, 40) << name;
    EXPECT_DOUBLE_EQ(c.Row(1).score, 40) << name;
    EXPECT_DOUBLE_EQ(c.score.budget.score, 20) << name;
    EXPECT_DOUBLE_EQ(c.score.totals.total, 100) << name;
    EXPECT_TRUE(c.Has("ES302")) << name;
    EXPECT_TRUE(c.Has("ES315")) << name;
    EXPECT_TRUE(c.Has("ES401")) << name;
    EXPECT_FALSE(c.Has("ES402")) << name;
    EXPECT_FALSE(c.Has("ES317")) << name;
    EXPECT_FALSE(c.Has("ES201")) << name;
    EXPECT_EQ(c.Has("ES601"), std::string(name) == "G1") << name;
  }
  EXPECT_TRUE(RunCase("G1").Row(0).points_implied);
  // The weight printed in the level's name ("产出指标（80分）") stands for `weight: 80`.
  const Case named = RunText(
      "format: evalscore/1\nproject: {name: x}\nindicators: {产出指标（80分）: {数量指标: "
      "[{name: a, target: 1个, actual: 1个, score: 40}, {name: b, target: 1个, actual: 1个, "
      "score: 40}]}}\n",
      "named");
  EXPECT_DOUBLE_EQ(named.project.categories[0].weight->value, 80);
  EXPECT_DOUBLE_EQ(named.Row(1).points, 40);
}

// G1c/G1d: funds 3/12 = 25% × 20 = 5; rows 40 + 40 = 80 (all met) → total 85.
// (I/Imax − B/Bmax)/(I/Imax) = (1 − 0.25)/1 = 0.75 > 0.05 and 25% < 80% → ES107 on both.
TEST(LayoutCases, G1cFullMarksAtLowExecutionOnRowsWithoutPoints) {
  for (const char* name : {"G1c", "G1d"}) {
    const Case c = RunCase(name);
    EXPECT_DOUBLE_EQ(c.score.budget.score, 5) << name;
    EXPECT_DOUBLE_EQ(c.score.totals.total, 85) << name;
    EXPECT_TRUE(c.Has("ES106")) << name;
    EXPECT_TRUE(c.Has("ES107")) << name;
  }
}

// G1e: no 分值, no level weight: not scored (total 0), but the text checks run:
// 节前完成走访 (按期完成 → 100%, a number against a text target) and 信访稳定
// (少于3次 → 无投诉) are both ES312, exactly as on G1f.
TEST(LayoutCases, G1eTextChecksRunOnUnscoredRows) {
  const Case e = RunCase("G1e");
  const Case f = RunCase("G1f");
  EXPECT_DOUBLE_EQ(e.score.totals.total, 0);
  EXPECT_EQ(e.Row(0).status, IndicatorStatus::kUnscored);
  EXPECT_TRUE(e.Row(0).unweighted);
  for (const Case* c : {&e, &f}) {
    EXPECT_EQ(c->Count("ES313"), 0);
    EXPECT_EQ(c->Count("ES312"), 2);
  }
  EXPECT_EQ(e.Count("ES317"), 2);
  // G1f: both rows are errors (ES312 scores 0): 0 + 0 = 0.
  EXPECT_DOUBLE_EQ(f.score.totals.total, 0);
}

// G2: 8/8 = 100%; "1" is the fraction 1.00 → ES604 (info), no ES102; 10 + 90 = 100.
TEST(LayoutCases, G2RateWrittenAsFraction) {
  const Case c = RunCase("G2");
  EXPECT_TRUE(c.Has("ES604"));
  EXPECT_FALSE(c.Has("ES102"));
  EXPECT_DOUBLE_EQ(c.score.totals.total, 100);
  // "1" for 6/10 = 60% is neither 1% nor the fraction 1.00 (±0.5 points): ES102.
  const Case off = RunText(
      "format: evalscore/1\nproject: {name: x}\nfunds: {total: {budget: 10, executed: 6, "
      "reported_rate: 1}}\nindicators: {}\n",
      "off");
  EXPECT_TRUE(off.Has("ES102"));
  EXPECT_FALSE(off.Has("ES604"));
}

// G3: 权重 "35%" = 35 points; 26 ≥ 24 → 35.
TEST(LayoutCases, G3PercentWeights) {
  const Case c = RunCase("G3");
  EXPECT_DOUBLE_EQ(c.Row(0).points, 35);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 35);
  EXPECT_TRUE(c.Has("ES608"));
}

// G4: two blocks of 45; rows 15 and 30 → ES201 on each block (15 ≠ 45, 30 ≠ 45).
// 一级 产出指标 twice, total 15 + 30 = 45.
TEST(LayoutCases, G4BlocksAboveFirstLevel) {
  const Case c = RunCase("G4");
  ASSERT_EQ(c.project.blocks.size(), 2u);
  ASSERT_EQ(c.project.categories.size(), 2u);
  EXPECT_EQ(c.project.categories[1].block, 1);
  EXPECT_EQ(c.Count("ES201"), 2);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 45);
}

// G5: scored: false → total = indicators 100 = printed (no ES401, no ES202);
// 42/60 = 70% → ES106, and 100% indicators vs 70% → ES107.
// G5b: in_total: false → funds 42/60 × 10 = 7 = printed 7, not added: total 100.
TEST(LayoutCases, G5FundsNotScoredOrNotInTotal) {
  const Case c = RunCase("G5");
  EXPECT_TRUE(c.score.budget.form_unscored);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 100);
  EXPECT_FALSE(c.Has("ES401"));
  EXPECT_FALSE(c.Has("ES202"));
  EXPECT_TRUE(c.Has("ES106"));
  EXPECT_TRUE(c.Has("ES107"));
  EXPECT_TRUE(c.Has("ES607"));
  const Case b = RunCase("G5b");
  EXPECT_DOUBLE_EQ(b.score.budget.score, 7);
  EXPECT_DOUBLE_EQ(b.score.totals.total, 100);
  EXPECT_FALSE(b.Has("ES103"));
  EXPECT_FALSE(b.Has("ES401"));
  EXPECT_TRUE(b.Has("ES607"));
}

// G6: name lost, 25次 ≥ 20次 → full 2; ES603.
TEST(LayoutCases, G6RowWithLostName) {
  const Case c = RunCase("G6");
  EXPECT_TRUE(c.Row(0).name_lost);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 2);
  EXPECT_TRUE(c.Has("ES603"));
}

// G7: 中央资金 60 + 市级资金 30 = 90, 50 + 20 = 70: ES101 quiet.
// 70/90 = 77.78% × 10 = 7.78; 90 + 7.78 = 97.78.
TEST(LayoutCases, G7FreeLabelledBreakdownRows) {
  const Case c = RunCase("G7");
  ASSERT_EQ(c.project.funds->breakdown.size(), 2u);
  EXPECT_EQ(c.project.funds->breakdown[0].second.label, "中央资金");
  EXPECT_EQ(c.project.funds->breakdown[0].first, FundsRowKind::kNamed);
  EXPECT_FALSE(c.Has("ES101"));
  EXPECT_DOUBLE_EQ(c.score.totals.total, 97.78);
}

// G8: 36/40 = 90% × 10 = 9 on the total and on the 其中 row (its own 分值 10): no ES103.
TEST(LayoutCases, G8BreakdownRowRepeatsPoints) {
  const Case c = RunCase("G8");
  EXPECT_FALSE(c.Has("ES103"));
  EXPECT_DOUBLE_EQ(c.score.totals.total, 99);
}

// G9: "56.2万元" = 56.2 (currency 万元); 56.2/80 = 70.25% × 10 = 7.025 → 7.03; 97.03.
TEST(LayoutCases, G9AmountWithUnit) {
  const Case c = RunCase("G9");
  EXPECT_DOUBLE_EQ(c.project.funds->total->executed->value, 56.2);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 97.03);
  // In 元: "562000元" against currency 万元 is 56.2 too.
  const Case yuan = RunText(
      "format: evalscore/1\nproject: {name: x}\nfunds: {total: {budget: 80, executed: "
      "562000元}}\nindicators: {}\n",
      "yuan");
  EXPECT_DOUBLE_EQ(yuan.project.funds->total->executed->value, 56.2);
}

// G10: no 项目名称, a department: a department-wide form named by it (ES610); 90.
TEST(LayoutCases, G10DepartmentWideForm) {
  const Case c = RunCase("G10");
  EXPECT_EQ(c.project.kind, FormKind::kDepartment);
  EXPECT_EQ(c.project.name->value, "某区乡村建设服务中心");
  EXPECT_TRUE(c.Has("ES610"));
  EXPECT_DOUBLE_EQ(c.score.totals.total, 90);
  const Case k = RunText(
      "format: evalscore/1\nproject: {kind: 部门整体支出, unit: 某局}\nindicators: {}\n", "kind");
  EXPECT_EQ(k.project.kind, FormKind::kDepartment);
  EXPECT_FALSE(k.Has("ES610"));
}

// G11: value "3万元" with 度量单位 "台/台": the unit cell is not glued on; 3万元 = 3万元 → 10.
TEST(LayoutCases, G11SeparateUnitCell) {
  const Case c = RunCase("G11");
  EXPECT_EQ(c.project.categories[0].groups[0].indicators[0].target->value, "3万元");
  EXPECT_DOUBLE_EQ(c.score.totals.total, 10);
  EXPECT_FALSE(c.Has("ES307"));
}

// D1/D1b: "—" (or blank) target on a row with an actual and a 得分: a judgement row, the
// unit's 16 stands; 培训场次 9/12 × 80 = 60; 16 + 60 = 76 = printed.
TEST(LayoutCases, D1DashTargetIsAJudgementRow) {
  for (const char* name : {"D1", "D1b"}) {
    const Case c = RunCase(name);
    EXPECT_EQ(c.Row(0).status, IndicatorStatus::kFallback) << name;
    EXPECT_DOUBLE_EQ(c.score.totals.total, 76) << name;
    EXPECT_FALSE(c.Has("ES401")) << name;
    EXPECT_FALSE(c.Has("ES602")) << name;
  }
  EXPECT_TRUE(RunCase("D1").Row(0).judgement);
  // A row that is really 不适用 (— and —): dropped, the rest rescaled ×100/80 → ES602.
  // 9/12 × 80 = 60 → 60 × 1.25 = 75.
  const Case na = RunText(
      "format: evalscore/1\nproject: {name: x}\nindicators:\n  项目管理: {资金管理: [{name: a, "
      "target: \"—\", actual: \"—\", points: 20}]}\n  产出指标: {数量指标: [{name: b, target: "
      "12场, actual: 9场, points: 80, score: 60}]}\n",
      "na");
  EXPECT_TRUE(na.Has("ES602"));
  EXPECT_DOUBLE_EQ(na.score.totals.total, 75);
}

// D2/D2b: 66.6/80 = 83.25%; "83.00%" is printed to 2 decimals (tolerance 0.005) → ES102,
// like 83.01%. Score 8.325 → 8.33 = printed.
TEST(LayoutCases, D2PrintedPrecisionCountsTrailingZeros) {
  for (const char* name : {"D2", "D2b"}) {
    const Case c = RunCase(name);
    EXPECT_TRUE(c.Has("ES102")) << name;
    EXPECT_FALSE(c.Has("ES103")) << name;
    EXPECT_DOUBLE_EQ(c.score.totals.total, 98.33) << name;
  }
  EXPECT_EQ(RunCase("D2").project.funds->total->reported_rate_decimals, 2);
}

// D3: "70" against "≤50万元" is 70万元: reverse, linear (2 − 70/50) × 10 = 6; printed 10 →
// ES302. "30" against "50万元" is 30万元: 30/50 × 10 = 6 = printed. Total 12.
TEST(LayoutCases, D3BareActualTakesTheTargetsUnit) {
  const Case c = RunCase("D3");
  EXPECT_DOUBLE_EQ(c.Row(0).score, 6);
  EXPECT_DOUBLE_EQ(c.Row(1).score, 6);
  EXPECT_EQ(c.Count("ES302"), 1);
  EXPECT_EQ(c.Count("ES609"), 2);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 12);
  // A bare actual already in base units is left alone: 480000 of 50万人 → 48/50 × 10 = 9.6.
  const Case base = RunText(
      "format: evalscore/1\nproject: {name: x}\nindicators: {产出指标: {数量指标: [{name: a, "
      "target: 50万人, actual: \"480000\", points: 10, score: 9.6}]}}\n",
      "base");
  EXPECT_DOUBLE_EQ(base.Row(0).score, 9.6);
  EXPECT_FALSE(base.Has("ES609"));
}

// D4: years as durations. 8 of ≥12 → 8/12 × 10 = 6.67 = printed; 20 of 12 → 10.
TEST(LayoutCases, D4YearsAreDurations) {
  const Case c = RunCase("D4");
  EXPECT_DOUBLE_EQ(c.Row(0).score, 6.67);
  EXPECT_DOUBLE_EQ(c.Row(1).score, 10);
  EXPECT_FALSE(c.Has("ES302"));
  EXPECT_FALSE(c.Has("ES312"));
  EXPECT_DOUBLE_EQ(c.score.totals.total, 16.67);
}

// D5: 5万元 → 6万元 under 成本指标: at most; linear (2 − 6/5) × 10 = 8; printed 10 → ES302.
TEST(LayoutCases, D5CostGroupIsAtMost) {
  const Case c = RunCase("D5");
  EXPECT_EQ(c.Row(0).kind, IndicatorKind::kReverse);
  EXPECT_TRUE(c.Row(0).comparison_from_group);
  EXPECT_DOUBLE_EQ(c.Row(0).score, 8);
  EXPECT_TRUE(c.Has("ES302"));
}

// D6: "10月底完成" is a deadline met by "10月" → 10.
TEST(LayoutCases, D6MonthEndDeadline) {
  const Case c = RunCase("D6");
  EXPECT_EQ(c.Row(0).kind, IndicatorKind::kDeadline);
  EXPECT_DOUBLE_EQ(c.score.totals.total, 10);
}

// D7: total 38/40 = 95% × 10 = 9.5 = printed; the 其中 row prints 60% and 3 for the same
// 38/40 → ES102 and ES103 on that row (line 6). Total 9.5 + 90 = 99.5.
TEST(LayoutCases, D7BreakdownRowRateChecked) {
  const Case c = RunCase("D7");
  EXPECT_EQ(c.Count("ES102"), 1);
  EXPECT_EQ(c.Count("ES103"), 1);
  for (const Diagnostic& d : c.found) {
    if (d.code == "ES102" || d.code == "ES103") {
      EXPECT_EQ(d.where.line, 6);
    }
  }
  EXPECT_DOUBLE_EQ(c.score.totals.total, 99.5);
}

// D8: 52/50 = 104% → capped 10 (ES104); 得分 blank while 分值 10 printed → ES605.
TEST(LayoutCases, D8BlankFundsScore) {
  const Case c = RunCase("D8");
  EXPECT_TRUE(c.Has("ES605"));
  EXPECT_TRUE(c.Has("ES104"));
  EXPECT_DOUBLE_EQ(c.score.totals.total, 100);
}

// D9: total 执行数 blank; breakdown 45 → 45/45 = 100% × 10 = 10 (ES606); the blank cell is
// not compared as 0 (no ES101). 100 + 10 = 110 vs printed 100 → ES401, ES202.
// M8: total row zero-filled; breakdown 50/50 → 10 (ES606), printed 0% and 0 → ES102, ES103;
// no ES105.
TEST(LayoutCases, D9AndM8TotalRowFromBreakdown) {
  const Case d9 = RunCase("D9");
  EXPECT_TRUE(d9.score.budget.from_breakdown);
  EXPECT_FALSE(d9.project.funds->total->executed.has_value());
  EXPECT_DOUBLE_EQ(d9.score.budget.score, 10);
  EXPECT_TRUE(d9.Has("ES606"));
  EXPECT_FALSE(d9.Has("ES101"));
  EXPECT_TRUE(d9.Has("ES401"));
  EXPECT_DOUBLE_EQ(d9.score.totals.total, 110);
  const Case m8 = RunCase("M8");
  EXPECT_DOUBLE_EQ(m8.score.budget.score, 10);
  EXPECT_TRUE(m8.Has("ES606"));
  EXPECT_TRUE(m8.Has("ES102"));
  EXPECT_TRUE(m8.Has("ES103"));
  EXPECT_FALSE(m8.Has("ES105"));
  EXPECT_DOUBLE_EQ(m8.score.totals.total, 100);
}

// L1 (hubei-20): 产出 70 / 效益 5 / 满意度 5 / 预算 20 against hubei-20's 60/10/10/20 → ES203.
// L1b (central-2020): declared 50/30/10 over rows without 分值 + funds 10 = 50/30/10/10:
// no ES203, no ES201; each row takes its level's weight (ES601 × 3). Both total 100.
TEST(LayoutCases, L1SplitCheckOnTwentyPointFormsAndDeclaredWeights) {
  const Case l1 = RunCase("L1");
  EXPECT_TRUE(l1.Has("ES203"));
  EXPECT_DOUBLE_EQ(l1.score.totals.total, 100);
  const Case l1b = RunCase("L1b");
  EXPECT_FALSE(l1b.Has("ES203"));
  EXPECT_FALSE(l1b.Has("ES201"));
  EXPECT_EQ(l1b.Count("ES601"), 3);
  EXPECT_DOUBLE_EQ(l1b.score.totals.total, 100);
}

// level_split: proportional shares 80 by the printed 得分 40 : 38 → 41.03 / 38.97;
// none leaves the rows unscored (0.1 behaviour).
TEST(LayoutCases, LevelSplitRuleIsProfileSelectable) {
  auto p = LoadProject(testing::ReadSource("tests/cases/layouts/G1.yaml"));
  ASSERT_TRUE(p.has_value());
  RuleProfile profile = BuiltinProfile("hubei-20");
  profile.indicators.level_split = LevelSplit::kProportional;
  const ProjectScore s = ScoreProject(p.value(), profile);
  EXPECT_NEAR(s.indicators[0].points, 80.0 * 40 / 78, 1e-9);
  profile.indicators.level_split = LevelSplit::kNone;
  const ProjectScore none = ScoreProject(p.value(), profile);
  EXPECT_EQ(none.indicators[0].status, IndicatorStatus::kUnscored);
  EXPECT_DOUBLE_EQ(none.totals.total, 20);
}

}  // namespace
}  // namespace evalscore
