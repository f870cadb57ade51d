// One test per audit check: a minimal project that triggers it and one that
// does not. The numbers in the comments are the arithmetic the check does.
#include "evalscore/check.h"

#include <set>

#include <gtest/gtest.h>

#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"

#include "test_util.h"

namespace evalscore {
namespace {

// A well-formed project: 50/30/10 rows fully met, funds 10/10 spent.
struct Form {
  std::string funds =
      "funds: {points: 10, total: {initial: 10, budget: 10, executed: 10, "
      "reported_rate: 100%, reported_score: 10}}\n";
  std::string output_weight = "    weight: 50\n";
  std::string rows =
      "      - {name: 数量, target: '>=100个', actual: 100个, points: 50, score: 50}\n";
  std::string benefit = "      - {name: 效益, target: 明显, actual: 明显, points: 30, score: 30}\n";
  std::string satisfaction =
      "  满意度指标:\n    服务对象满意度指标:\n"
      "      - {name: 满意度, target: '>=90%', actual: 85%, points: 10, score: 9.44, deviation: "
      "未达到}\n";
  std::string reported = "reported: {points: 100, total: 99.44, grade: 优}\n";

  std::string Yaml() const {
    return "format: evalscore/1\nproject: {name: x}\n" + funds + "indicators:\n  产出指标:\n" +
           output_weight + "    数量指标:\n" + rows + "  效益指标:\n    社会效益指标:\n" + benefit +
           satisfaction + reported;
  }
};

std::vector<Diagnostic> Findings(const std::string& yaml, const RuleProfile& profile = {}) {
  auto p = LoadProject(yaml);
  EXPECT_TRUE(p.has_value()) << (p ? "" : En(p.error().front().message)) << "\n" << yaml;
  if (!p) return {};
  return CheckProject(p.value(), ScoreProject(p.value(), profile), profile);
}

std::set<std::string> Codes(const std::string& yaml, const RuleProfile& profile = {}) {
  std::set<std::string> codes;
  for (const Diagnostic& d : Findings(yaml, profile)) codes.insert(d.code);
  return codes;
}

bool Has(const Form& f, const char* code) { return Codes(f.Yaml()).count(code) > 0; }

TEST(Checks, BaseFormIsClean) {
  // 满意度 85/90 × 10 = 9.44; total 50 + 30 + 9.44 + 10 = 99.44.
  EXPECT_EQ(Codes(Form().Yaml()), std::set<std::string>{});
}

TEST(Checks, ES101_BreakdownSum) {
  Form f;
  f.funds =
      "funds: {total: {budget: 10, executed: 10}, appropriation: {budget: 6, executed: 10}, "
      "carryover: {budget: 3}}\n";
  const auto d = Findings(f.Yaml());
  // budget: 6 + 3 = 9 ≠ 10; executed: 10 = 10.
  ASSERT_EQ(std::count_if(d.begin(), d.end(), [](auto& x) { return x.code == "ES101"; }), 1);
  const Diagnostic& found =
      *std::find_if(d.begin(), d.end(), [](auto& x) { return x.code == "ES101"; });
  EXPECT_EQ(En(found.message),
            "全年预算数 (budget): the breakdown rows add up to 6 + 3 = 9, not the total 10");
  EXPECT_EQ(found.reported, 10);
  EXPECT_EQ(found.recomputed, 9);
  f.funds =
      "funds: {total: {budget: 10, executed: 10}, appropriation: {budget: 7, executed: 10}, "
      "carryover: {budget: 3}}\n";
  EXPECT_FALSE(Has(f, "ES101"));
}

TEST(Checks, ES102_RateMismatchBeyondPrintedRounding) {
  Form f;
  f.funds = "funds: {total: {budget: 22.41, executed: 5.38, reported_rate: 25%}}\n";
  EXPECT_TRUE(Has(f, "ES102"));  // 24.007% vs 25%: off by more than 0.5
  f.funds = "funds: {total: {budget: 22.41, executed: 5.38, reported_rate: 24%}}\n";
  EXPECT_FALSE(Has(f, "ES102"));  // 24% is 24.007% printed as a whole percent
  f.funds =
      "funds: {currency: 元, total: {budget: 250000, executed: 215457.6, reported_rate: 86.19%}}\n";
  EXPECT_TRUE(Has(f, "ES102"));  // 86.183% printed with 2 decimals is 86.18%
}

TEST(Checks, ES103_BudgetScoreMismatch) {
  Form f;
  f.funds = "funds: {total: {budget: 43.2, executed: 37.24, reported_score: 9}}\n";
  EXPECT_TRUE(Has(f, "ES103"));  // 37.24/43.2 × 10 = 8.62 ≠ 9
  f.funds = "funds: {total: {budget: 43.2, executed: 37.24, reported_score: 8.62}}\n";
  EXPECT_FALSE(Has(f, "ES103"));
}

TEST(Checks, ES104_ExecOverBudget) {
  Form f;
  f.funds = "funds: {total: {budget: 329.77, executed: 338.31}}\n";
  EXPECT_TRUE(Has(f, "ES104"));
  f.funds = "funds: {total: {budget: 338.31, executed: 338.31}}\n";
  EXPECT_FALSE(Has(f, "ES104"));
}

TEST(Checks, ES105_ZeroBudget) {
  Form f;
  f.funds = "funds: {total: {budget: 0, executed: 0}}\n";
  EXPECT_TRUE(Has(f, "ES105"));
  EXPECT_FALSE(Has(Form(), "ES105"));
}

TEST(Checks, ES106_LowExecutionAndProfileThreshold) {
  Form f;
  f.funds = "funds: {total: {budget: 100, executed: 85}}\n";
  EXPECT_FALSE(Has(f, "ES106"));                                                // 85% ≥ 80%
  EXPECT_TRUE(Codes(f.Yaml(), BuiltinProfile("sichuan-2023")).count("ES106"));  // 85% < 90%
  f.funds = "funds: {total: {budget: 100, executed: 79}}\n";
  EXPECT_TRUE(Has(f, "ES106"));
}

TEST(Checks, ES107_FullIndicatorsLowExecution) {
  Form f;
  f.funds = "funds: {total: {budget: 22.41, executed: 5.38}}\n";
  // (89.44/90 − 2.40/10) / (89.44/90) = 0.759 > 0.05, and 24% < 80%.
  EXPECT_TRUE(Has(f, "ES107"));
  f.funds = "funds: {total: {budget: 100, executed: 95}}\n";
  EXPECT_FALSE(Has(f, "ES107"));
}

TEST(Checks, ES108_BudgetIncomplete) {
  Form f;
  f.funds = "funds: {total: {budget: 10}}\n";
  EXPECT_TRUE(Has(f, "ES108"));
  EXPECT_FALSE(Has(Form(), "ES108"));
}

TEST(Checks, ES109_AnnualZeroAdjusted) {
  Form f;
  f.funds = "funds: {total: {initial: 0, budget: 3.36, executed: 3.36}}\n";
  EXPECT_TRUE(Has(f, "ES109"));
  EXPECT_FALSE(Has(Form(), "ES109"));
}

TEST(Checks, ES110_NoFundsScore) {
  Form f;
  f.funds = "";
  EXPECT_TRUE(Has(f, "ES110"));
  EXPECT_FALSE(Has(Form(), "ES110"));
}

TEST(Checks, ES111_FundsPointsMismatch) {
  Form f;
  f.funds = "funds: {points: 20, total: {budget: 10, executed: 10}}\n";
  EXPECT_TRUE(Has(f, "ES111"));
  EXPECT_FALSE(Codes(f.Yaml(), BuiltinProfile("hubei-20")).count("ES111"));
}

TEST(Checks, ES201_WeightSum) {
  Form f;
  f.rows += "      - {blank: true, points: 8, score: 8}\n";
  const auto d = Findings(f.Yaml());
  const auto it = std::find_if(d.begin(), d.end(), [](auto& x) { return x.code == "ES201"; });
  ASSERT_NE(it, d.end());
  // 50 + 8 (blank) = 58 against the declared 50.
  EXPECT_EQ(En(it->message),
            "the rows of '产出指标' carry 58 points (including 1 blank row with points but no "
            "name), not the declared 50");
  EXPECT_FALSE(Has(Form(), "ES201"));
}

TEST(Checks, ES202_TotalPoints) {
  Form f;
  f.benefit = "      - {name: 效益, target: 明显, actual: 明显, points: 40, score: 40}\n";
  EXPECT_TRUE(Has(f, "ES202"));  // 50 + 40 + 10 + 10 = 110
  EXPECT_FALSE(Has(Form(), "ES202"));
}

TEST(Checks, ES203_WeightDeviation) {
  Form f;
  f.output_weight = "    weight: 60\n";
  f.rows = "      - {name: 数量, target: '>=100个', actual: 100个, points: 60, score: 60}\n";
  f.benefit = "      - {name: 效益, target: 明显, actual: 明显, points: 20, score: 20}\n";
  EXPECT_TRUE(Has(f, "ES203"));  // 60/20/10/10
  RuleProfile free_split;
  free_split.checks.expected_split.clear();
  EXPECT_FALSE(Codes(f.Yaml(), free_split).count("ES203"));
}

TEST(Checks, ES204_NonPositivePoints) {
  Form f;
  f.rows += "      - {name: 零分, target: '1', actual: '1', points: 0, score: 0}\n";
  EXPECT_TRUE(Has(f, "ES204"));
  EXPECT_FALSE(Has(Form(), "ES204"));
}

TEST(Checks, ES205_MissingSatisfaction) {
  Form f;
  f.satisfaction = "";
  EXPECT_TRUE(Has(f, "ES205"));
  EXPECT_FALSE(Has(Form(), "ES205"));
}

TEST(Checks, ES301_ScoreAbovePoints) {
  Form f;
  f.rows = "      - {name: 数量, target: '>=100个', actual: 100个, points: 50, score: 55}\n";
  EXPECT_TRUE(Has(f, "ES301"));
  EXPECT_FALSE(Has(Form(), "ES301"));
}

TEST(Checks, ES302_ScoreMismatch) {
  Form f;
  f.rows =
      "      - {name: 数量, target: '>=4754人', actual: 4604人, points: 50, score: 50, "
      "deviation: 动态管理}\n";
  const auto d = Findings(f.Yaml());
  const auto it = std::find_if(d.begin(), d.end(), [](auto& x) { return x.code == "ES302"; });
  ASSERT_NE(it, d.end());
  EXPECT_EQ(it->recomputed, 48.42);  // 4604/4754 × 50 = 48.4224
  EXPECT_EQ(it->reported, 50);
  EXPECT_FALSE(Has(Form(), "ES302"));
}

TEST(Checks, ES303_MissingDeviationReason) {
  Form f;
  f.satisfaction =
      "  满意度指标:\n    服务对象满意度指标:\n"
      "      - {name: 满意度, target: '>=90%', actual: 85%, points: 10, score: 9.44}\n";
  EXPECT_TRUE(Has(f, "ES303"));
  EXPECT_FALSE(Has(Form(), "ES303"));  // the base form gives a reason
  f.satisfaction =
      "  满意度指标:\n    服务对象满意度指标:\n"
      "      - {name: 满意度, target: '>=90%', actual: 85%, points: 10, score: 9.44, deviation: "
      "'0'}\n";
  EXPECT_TRUE(Has(f, "ES303"));  // a literal 0 is not a reason
}

TEST(Checks, ES304_QualitativeBand) {
  Form f;
  // 达成 band is [24, 30]: 20 is below it.
  f.benefit =
      "      - {name: 效益, target: 明显, actual: 明显, points: 30, score: 20, deviation: 判断}\n";
  EXPECT_TRUE(Has(f, "ES304"));
  f.benefit =
      "      - {name: 效益, target: 明显, actual: 明显, points: 30, score: 25, deviation: 判断}\n";
  EXPECT_FALSE(Has(f, "ES304"));
}

TEST(Checks, ES305_OverAchievement) {
  Form f;
  f.rows = "      - {name: 数量, target: '>=60个', actual: 105个, points: 50, score: 50}\n";
  EXPECT_TRUE(Has(f, "ES305"));  // 105/60 = 1.75 ≥ 1.2
  f.rows =
      "      - {name: 数量, target: '>=60个', actual: 105个, points: 50, score: 50, deviation: "
      "需求增加}\n";
  EXPECT_FALSE(Has(f, "ES305"));
  f.rows = "      - {name: 数量, target: '>=60个', actual: 71个, points: 50, score: 50}\n";
  EXPECT_FALSE(Has(f, "ES305"));  // 71/60 = 1.18 < 1.2
}

TEST(Checks, ES306_TextActualForNumeric) {
  Form f;
  f.rows = "      - {name: 成本控制数, target: '≤30万元', actual: 完成, points: 50, score: 50}\n";
  EXPECT_TRUE(Has(f, "ES306"));
  EXPECT_FALSE(Has(Form(), "ES306"));
}

TEST(Checks, ES307_UnitMismatch) {
  Form f;
  f.rows = "      - {name: 数量, target: '>=100人', actual: 100人次, points: 50, score: 50}\n";
  const auto codes = Codes(f.Yaml());
  EXPECT_TRUE(codes.count("ES307"));
  EXPECT_FALSE(Has(Form(), "ES307"));
}

TEST(Checks, ES308_TargetInName) {
  Form f;
  f.rows = "      - {name: '指标1:年度资金支付完成率100%', points: 50, score: 50}\n";
  EXPECT_TRUE(Has(f, "ES308"));
  f.rows = "      - {name: '指标1:工程质量合格', points: 50, score: 50}\n";
  EXPECT_FALSE(Has(f, "ES308"));  // the digit of 指标1 is not a value
}

TEST(Checks, ES309_NegativeActual) {
  Form f;
  f.rows =
      "      - {name: 数量, target: '>=100个', actual: '-5个', points: 50, score: 0, deviation: "
      "退回}\n";
  EXPECT_TRUE(Has(f, "ES309"));
  EXPECT_FALSE(Has(Form(), "ES309"));
}

TEST(Checks, ES310_DuplicateIndicator) {
  Form f;
  f.benefit = "      - {name: 数量, target: 明显, actual: 明显, points: 30, score: 30}\n";
  EXPECT_TRUE(Has(f, "ES310"));
  EXPECT_FALSE(Has(Form(), "ES310"));
}

TEST(Checks, ES311_ConstantFull) {
  Form f;
  f.satisfaction =
      "  满意度指标:\n    服务对象满意度指标:\n"
      "      - {name: 满意度, target: '>=90%', actual: 95%, points: 10, score: 10}\n";
  f.reported = "";
  EXPECT_TRUE(Has(f, "ES311"));
  EXPECT_FALSE(Has(Form(), "ES311"));  // one row below full marks
}

TEST(Checks, ES312_RowNotScorable) {
  Form f;
  f.rows = "      - {name: 数量, target: '>=100个', points: 50, score: 50}\n";  // no actual
  EXPECT_TRUE(Has(f, "ES312"));
  EXPECT_FALSE(Has(Form(), "ES312"));
}

TEST(Checks, ES313_ScoredByFallback) {
  Form f;
  f.benefit = "      - {name: 效益, target: 明显, actual: 还行, points: 30, score: 30}\n";
  EXPECT_TRUE(Has(f, "ES313"));
  EXPECT_FALSE(Has(Form(), "ES313"));
}

TEST(Checks, ES314_ApproximateActual) {
  Form f;
  f.rows = "      - {name: 数量, target: '100人', actual: 100余人, points: 50, score: 50}\n";
  EXPECT_TRUE(Has(f, "ES314"));
  EXPECT_FALSE(Has(Form(), "ES314"));
}

TEST(Checks, ES315_SignInActual) {
  Form f;
  f.rows = "      - {name: 数量, target: '≥80%', actual: '≥80%', points: 50, score: 50}\n";
  EXPECT_TRUE(Has(f, "ES315"));
  EXPECT_FALSE(Has(Form(), "ES315"));
}

TEST(Checks, ES316_ImpliedSign) {
  Form f;
  f.rows = "      - {name: 系统故障率, target: 5%, actual: 3%, points: 50, score: 50}\n";
  EXPECT_TRUE(Has(f, "ES316"));
  f.rows = "      - {name: 系统故障率, target: '≤5%', actual: 3%, points: 50, score: 50}\n";
  EXPECT_FALSE(Has(f, "ES316"));
}

TEST(Checks, ES317_RowWithoutPoints) {
  Form f;
  f.rows += "      - {name: 其他, target: '1', actual: '1'}\n";
  EXPECT_TRUE(Has(f, "ES317"));
  EXPECT_FALSE(Has(Form(), "ES317"));
}

TEST(Checks, ES318_MissingScore) {
  Form f;
  f.rows = "      - {name: 数量, target: '>=100个', actual: 100个, points: 50}\n";
  EXPECT_TRUE(Has(f, "ES318"));
  EXPECT_FALSE(Has(Form(), "ES318"));
}

TEST(Checks, ES401_TotalMismatch) {
  Form f;
  f.reported = "reported: {total: 100}\n";
  const auto d = Findings(f.Yaml());
  const auto it = std::find_if(d.begin(), d.end(), [](auto& x) { return x.code == "ES401"; });
  ASSERT_NE(it, d.end());
  EXPECT_EQ(it->reported, 100);
  EXPECT_EQ(it->recomputed, 99.44);
  EXPECT_FALSE(Has(Form(), "ES401"));
}

TEST(Checks, ES402_GradeMismatch) {
  Form f;
  f.reported = "reported: {total: 99.44, grade: 良}\n";
  EXPECT_TRUE(Has(f, "ES402"));
  EXPECT_FALSE(Has(Form(), "ES402"));
}

TEST(Checks, SeverityOverridesAndOff) {
  Form f;
  f.satisfaction = "";
  RuleProfile p;
  p.checks.severity["ES205"] = Severity::kError;
  auto d = Findings(f.Yaml(), p);
  // ES205, plus ES202 and ES203 (no 10 satisfaction points) and ES401 (the
  // reported 99.44 against 50 + 30 + 10 = 90).
  ASSERT_EQ(d.size(), 4u);
  for (const Diagnostic& x : d) {
    if (x.code == "ES205") {
      EXPECT_EQ(x.severity, Severity::kError);
    }
  }
  p.checks.severity["ES205"] = std::nullopt;
  EXPECT_FALSE(Codes(f.Yaml(), p).count("ES205"));
}

TEST(Checks, SeedRaisesTheExpectedFindings) {
  auto p = LoadProject(testing::ReadSource("examples/01-seed-chengde-2021.yaml"));
  ASSERT_TRUE(p.has_value());
  const RuleProfile profile;
  std::set<std::string> codes;
  for (const Diagnostic& d : CheckProject(p.value(), ScoreProject(p.value(), profile), profile)) {
    codes.insert(d.code);
  }
  // 3.68 + 1.7 ≠ 22.41; 90/90 vs 24%; the blank 8-point row: 58 ≠ 50.
  for (const char* code : {"ES101", "ES107", "ES201", "ES202"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
  EXPECT_FALSE(codes.count("ES401"));  // 92.4 agrees with 92.40
}

TEST(Checks, CatalogueCodesAreUniqueAndFindable) {
  std::set<std::string> codes, names;
  for (const CheckInfo& c : CheckCatalogue()) {
    EXPECT_TRUE(codes.insert(c.code).second) << c.code;
    EXPECT_TRUE(names.insert(c.name).second) << c.name;
    EXPECT_EQ(FindCheck(c.name), &c);
    EXPECT_FALSE(c.fix.empty());
  }
  EXPECT_EQ(FindCheck("es101")->name, "BREAKDOWN_SUM");
  EXPECT_EQ(FindCheck("ES999"), nullptr);
}

}  // namespace
}  // namespace evalscore
