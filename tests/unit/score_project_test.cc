// Whole-project scoring. Expected numbers are computed by hand in comments.
#include <gtest/gtest.h>

#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"
#include "evalscore/score.h"

#include "test_util.h"

namespace evalscore {
namespace {

Project Load(const std::string& yaml) {
  auto p = LoadProject(yaml);
  EXPECT_TRUE(p.has_value()) << (p ? "" : En(p.error().front().message));
  return p ? p.value() : Project{};
}

const char* kMinimal = R"(format: evalscore/1
project: {name: 测试项目}
funds:
  total: {initial: 100, budget: 100, executed: 86.2}
indicators:
  产出指标:
    数量指标:
      - {name: 数量, target: ">=100个", actual: 90个, points: 50}
  效益指标:
    社会效益指标:
      - {name: 效益, target: 明显, actual: 明显, points: 30}
  满意度指标:
    服务对象满意度指标:
      - {name: 满意度, target: ">=90%", actual: 95%, points: 10}
)";

TEST(ScoreProject, SeedScores92_40) {
  const Project p = Load(testing::ReadSource("examples/01-seed-chengde-2021.yaml"));
  const ProjectScore s = ScoreProject(p, RuleProfile{});
  // Budget: 5.38 / 22.41 = 0.240071 × 10 = 2.40071 → 2.40.
  EXPECT_EQ(s.budget.status, BudgetStatus::kScored);
  EXPECT_NEAR(s.budget.rate, 0.240071, 1e-6);
  EXPECT_DOUBLE_EQ(s.budget.score, 2.40);
  // Indicators: every named row met: 10+8+8+8+8+8 + 10+10+10 + 10 = 90; the
  // blank 8-point row is not scored.
  EXPECT_DOUBLE_EQ(s.totals.indicator_score, 90);
  EXPECT_DOUBLE_EQ(s.totals.total, 92.40);  // 90 + 2.40
  EXPECT_EQ(s.totals.grade, "优");
  EXPECT_DOUBLE_EQ(s.totals.max_total, 100);  // 90 points of scored rows + 10 funds
  ASSERT_EQ(s.categories.size(), 3u);
  EXPECT_DOUBLE_EQ(s.categories[0].score, 50);  // 10+8+8+8+8+8, blank row left out
}

TEST(ScoreProject, MinimalProjectTotals) {
  const ProjectScore s = ScoreProject(Load(kMinimal), RuleProfile{});
  // Budget 86.2/100 × 10 = 8.62; 数量 90/100 × 50 = 45; 效益 identical text 30;
  // 满意度 95 ≥ 90: 10. Total 45 + 30 + 10 + 8.62 = 93.62 → 优.
  EXPECT_DOUBLE_EQ(s.budget.score, 8.62);
  EXPECT_DOUBLE_EQ(s.totals.indicator_score, 85);
  EXPECT_DOUBLE_EQ(s.totals.total, 93.62);
  EXPECT_EQ(s.totals.grade, "优");
}

TEST(ScoreProject, BudgetCapAndDenominators) {
  Project p = Load(R"(format: evalscore/1
project: {name: x}
funds:
  total: {initial: 80, budget: 100, adjusted: 120, executed: 110}
indicators: {}
)");
  RuleProfile profile;
  // 全年预算数: 110/100 = 1.1 × 10 = 11 → capped at 10.
  BudgetScore b = ScoreBudget(p, profile);
  EXPECT_TRUE(b.capped);
  EXPECT_DOUBLE_EQ(b.score, 10);
  profile.budget.cap = false;
  EXPECT_DOUBLE_EQ(ScoreBudget(p, profile).score, 11);  // uncapped: 11
  profile.budget.denominator = BudgetDenominator::kAdjusted;
  EXPECT_DOUBLE_EQ(ScoreBudget(p, profile).score, 9.17);  // 110/120 × 10 = 9.1667
  profile.budget.denominator = BudgetDenominator::kInitial;
  EXPECT_DOUBLE_EQ(ScoreBudget(p, profile).score, 13.75);  // 110/80 × 10, uncapped
}

TEST(ScoreProject, AdjustedFallsBackToBudget) {
  Project p = Load(R"(format: evalscore/1
project: {name: x}
funds: {total: {budget: 50, executed: 40}}
indicators: {}
)");
  RuleProfile profile;
  profile.budget.denominator = BudgetDenominator::kAdjusted;
  const BudgetScore b = ScoreBudget(p, profile);
  EXPECT_TRUE(b.denominator_fell_back);
  EXPECT_DOUBLE_EQ(b.score, 8);  // 40/50 × 10
}

TEST(ScoreProject, RateRounding) {
  // 215457.6 / 250000 = 0.8618304.
  Project p = Load(R"(format: evalscore/1
project: {name: x}
funds: {currency: 元, total: {budget: 250000, executed: "215,457.6"}}
indicators: {}
)");
  RuleProfile profile;
  EXPECT_DOUBLE_EQ(ScoreBudget(p, profile).score, 8.62);  // 8.618304 → 8.62
  profile.rounding.rate = RateRounding::kPercentInt;
  EXPECT_DOUBLE_EQ(ScoreBudget(p, profile).score, 8.6);  // 86% × 10 = 8.60
  profile.rounding.rate = RateRounding::kPercent2dp;
  EXPECT_DOUBLE_EQ(ScoreBudget(p, profile).score, 8.62);  // 86.18% × 10 = 8.618 → 8.62
}

TEST(ScoreProject, ZeroBudgetPolicies) {
  Project p = Load(R"(format: evalscore/1
project: {name: x}
funds: {total: {budget: 0, executed: 0}}
indicators:
  产出指标:
    数量指标:
      - {name: a, target: "1", actual: "1", points: 90}
)");
  RuleProfile profile;
  ProjectScore s = ScoreProject(p, profile);
  EXPECT_EQ(s.budget.status, BudgetStatus::kZeroBudget);
  EXPECT_DOUBLE_EQ(s.totals.total, 90);       // 90 + 0
  EXPECT_DOUBLE_EQ(s.totals.max_total, 100);  // the 10 funds points still count
  profile.budget.zero_budget = ZeroBudgetPolicy::kNotApplicable;
  s = ScoreProject(p, profile);
  EXPECT_EQ(s.budget.status, BudgetStatus::kNotApplicable);
  EXPECT_DOUBLE_EQ(s.totals.max_total, 90);  // funds row dropped
}

TEST(ScoreProject, BudgetOutOfTotal) {
  RuleProfile profile;
  profile.budget.in_total = false;
  const ProjectScore s = ScoreProject(Load(kMinimal), profile);
  EXPECT_DOUBLE_EQ(s.totals.total, 85);  // indicators only: 45 + 30 + 10
  EXPECT_DOUBLE_EQ(s.totals.max_total, 90);
}

TEST(ScoreProject, BudgetPointsTwenty) {
  const ProjectScore s = ScoreProject(Load(kMinimal), BuiltinProfile("hubei-20"));
  EXPECT_DOUBLE_EQ(s.budget.score, 17.24);   // 0.862 × 20
  EXPECT_DOUBLE_EQ(s.totals.total, 102.24);  // 85 + 17.24
}

TEST(ScoreProject, NotApplicableRescaledOrZero) {
  const char* yaml = R"(format: evalscore/1
project: {name: x}
indicators:
  产出指标:
    数量指标:
      - {name: a, target: ">=10", actual: "5", points: 40}
      - {name: b, target: "/", actual: "/", points: 20}
      - {name: c, target: ">=10", actual: "10", points: 40}
)";
  RuleProfile profile;
  ProjectScore s = ScoreProject(Load(yaml), profile);
  // a = 5/10 × 40 = 20, c = 40: sum 60 over 80 applicable points;
  // rescaled to 100: 60 × 100/80 = 75.
  EXPECT_DOUBLE_EQ(s.totals.indicator_sum, 60);
  EXPECT_DOUBLE_EQ(s.totals.rescale, 1.25);
  EXPECT_DOUBLE_EQ(s.totals.total, 75);
  profile.indicators.not_applicable = NotApplicablePolicy::kZero;
  s = ScoreProject(Load(yaml), profile);
  EXPECT_DOUBLE_EQ(s.totals.total, 60);  // b counts as 0 of 20
  EXPECT_DOUBLE_EQ(s.totals.max_total, 100);
}

TEST(ScoreProject, PartsNeverAddedToTotals) {
  const ProjectScore s = ScoreProject(Load(R"(format: evalscore/1
project: {name: x}
indicators:
  产出指标:
    数量指标:
      - name: 补助种植面积
        target: 29.5亩
        actual: 29.5亩
        points: 20
        parts:
          - {name: 其中桃树, target: 1.5亩, actual: 1.5亩}
          - {name: 其中苹果树, target: 5亩, actual: 5亩, points: 5}
)"),
                                      RuleProfile{});
  EXPECT_DOUBLE_EQ(s.totals.total, 20);  // the parent only
  EXPECT_EQ(s.indicators.size(), 1u);
}

TEST(ScoreProject, GradeBandsOfPmkpi80) {
  // 85 under pmkpi-80 (优 ≥ 80) is 优; under central-2020 it is 良.
  RuleProfile central;
  central.budget.in_total = false;
  RuleProfile pmkpi = BuiltinProfile("pmkpi-80");
  pmkpi.budget.in_total = false;
  EXPECT_EQ(ScoreProject(Load(kMinimal), central).totals.grade, "良");
  EXPECT_EQ(ScoreProject(Load(kMinimal), pmkpi).totals.grade, "优");
}

}  // namespace
}  // namespace evalscore
