// Expected scores are computed by hand from ../shared/domain/scoring-rules.md
// §2; the arithmetic is in the comment beside each expectation.
#include <gtest/gtest.h>

#include "evalscore/load_profile.h"
#include "evalscore/score.h"

namespace evalscore {
namespace {

Indicator Row(const std::string& name, const std::string& target, const std::string& actual,
              double points, std::optional<double> reported = std::nullopt) {
  Indicator i;
  i.name.value = name;
  if (!target.empty()) i.target = Located<std::string>{target, {}};
  if (!actual.empty()) i.actual = Located<std::string>{actual, {}};
  i.points = Located<double>{points, {}};
  if (reported) i.score = Located<double>{*reported, {}};
  return i;
}

double Score(const Indicator& i, const RuleProfile& p = RuleProfile{}) {
  return ScoreIndicator(i, p).score;
}

TEST(PositiveIndicator, FullWhenMet) {
  EXPECT_DOUBLE_EQ(Score(Row("认证人", "15万人", "15.3万人", 10)), 10);  // 153000 ≥ 150000
  EXPECT_DOUBLE_EQ(Score(Row("认证率", ">=95%", "100%", 8)), 8);         // 100 ≥ 95
}

TEST(PositiveIndicator, ProportionalBelowTarget) {
  EXPECT_DOUBLE_EQ(Score(Row("x", ">=95%", "90%", 8)), 7.58);        // 90/95 × 8 = 7.578 → 7.58
  EXPECT_DOUBLE_EQ(Score(Row("x", ">=4754人", "4604人", 5)), 4.84);  // 4604/4754 × 5 = 4.842
  EXPECT_DOUBLE_EQ(Score(Row("x", "43.2", "37.24", 10)), 8.62);      // 37.24/43.2 × 10 = 8.620
}

TEST(PositiveIndicator, ZeroTargetIsAlwaysMet) {
  EXPECT_DOUBLE_EQ(Score(Row("x", ">=0", "0", 5)), 5);  // T = 0: A ≥ 0 always
}

TEST(PositiveIndicator, NegativeActualClampedToZero) {
  const IndicatorScore s = ScoreIndicator(Row("x", ">=10", "-3", 5), RuleProfile{});
  EXPECT_TRUE(s.actual_clamped);
  EXPECT_DOUBLE_EQ(s.score, 0);  // A clamped to 0: 0/10 × 5 = 0
}

TEST(ReverseIndicator, LinearToZeroAtTwiceTarget) {
  EXPECT_DOUBLE_EQ(Score(Row("故障率", "<=10%", "0%", 8)), 8);  // 0 ≤ 10: full
  EXPECT_DOUBLE_EQ(Score(Row("x", "≤10%", "12%", 5)), 4);       // (2 − 12/10) × 5 = 4.00
  EXPECT_DOUBLE_EQ(Score(Row("x", "<=5300元/户", "5830元/户", 10)), 9);  // (2 − 1.1) × 10 = 9.00
  EXPECT_DOUBLE_EQ(Score(Row("x", "≤10%", "20%", 5)), 0);                // A ≥ 2T: 0
  EXPECT_DOUBLE_EQ(Score(Row("x", "≤0", "1", 5)), 0);                    // T = 0, A > 0: 0
}

TEST(ReverseIndicator, RatioProfile) {
  const RuleProfile ratio = BuiltinProfile("ratio-reverse");
  EXPECT_DOUBLE_EQ(Score(Row("x", "≤10%", "12%", 5), ratio), 4.17);  // 10/12 × 5 = 4.1667
  EXPECT_DOUBLE_EQ(Score(Row("x", "<=5300元/户", "5830元/户", 10), ratio),
                   9.09);  // 5300/5830 × 10 = 9.0909
}

TEST(ReverseIndicator, ImpliedByName) {
  // No sign and "总成本" in the name: scored as ≤ (lower is better).
  const IndicatorScore s = ScoreIndicator(Row("项目总成本", "90万元", "99万元", 10), {});
  EXPECT_EQ(s.comparison, Comparison::kLe);
  EXPECT_TRUE(s.comparison_implied);
  EXPECT_DOUBLE_EQ(s.score, 9);  // (2 − 99/90) × 10 = 9.00
}

TEST(EqualIndicator, AsPositiveByDefault) {
  EXPECT_DOUBLE_EQ(Score(Row("x", "=100%", "105%", 10)), 10);  // 105 ≥ 100: full
  EXPECT_DOUBLE_EQ(Score(Row("x", "=100%", "80%", 10)), 8);    // 80/100 × 10 = 8
  EXPECT_DOUBLE_EQ(Score(Row("x", "=0", "0", 10)), 10);        // T = 0, A ≤ 0: full
  EXPECT_DOUBLE_EQ(Score(Row("x", "=0", "2", 10)), 0);         // T = 0, A > 0: 0
}

TEST(EqualIndicator, ExactOrManual) {
  RuleProfile p;
  p.indicators.equal = EqualMode::kExactOrManual;
  EXPECT_DOUBLE_EQ(Score(Row("x", "=100%", "100%", 10), p), 10);
  const IndicatorScore s = ScoreIndicator(Row("x", "=100%", "105%", 10, 9.5), p);
  EXPECT_EQ(s.status, IndicatorStatus::kFallback);
  EXPECT_DOUBLE_EQ(s.score, 9.5);  // the unit's own score, by hand
}

TEST(RangeIndicator, InsideBelowAbove) {
  EXPECT_DOUBLE_EQ(Score(Row("x", "90%-95%", "92%", 10)), 10);  // inside: full
  EXPECT_DOUBLE_EQ(Score(Row("x", "90%-95%", "81%", 10)), 9);   // 81/90 × 10 = 9.00
  EXPECT_DOUBLE_EQ(Score(Row("x", "90%-95%", "99.75%", 10)),
                   9.5);  // (2 − 99.75/95) × 10 = 9.50
}

TEST(QualitativeIndicator, IdenticalTextIsAchieved) {
  const IndicatorScore s = ScoreIndicator(Row("x", "及时处理", "及时处理", 8), {});
  EXPECT_EQ(s.grade, QualitativeGradeKind::kAchieved);
  EXPECT_TRUE(s.grade_by_identity);
  EXPECT_DOUBLE_EQ(s.score, 8);  // 1.0 × 8
}

TEST(QualitativeIndicator, GradeWordsAndFractions) {
  EXPECT_DOUBLE_EQ(Score(Row("x", "效果明显", "达成预期指标", 10)), 10);  // 1.0 × 10
  EXPECT_DOUBLE_EQ(Score(Row("x", "是", "基本达到", 8)), 5.6);            // 0.7 × 8 = 5.6
  EXPECT_DOUBLE_EQ(Score(Row("x", "效果明显", "未达成", 10)), 3);         // 0.3 × 10
}

TEST(QualitativeIndicator, ReportedScoreInsideBandAccepted) {
  RuleProfile p;
  p.indicators.qualitative.accept_reported_in_band = true;
  // 部分达成 band is [0.6 × 8, 0.8 × 8) = [4.8, 6.4): 6 is inside.
  EXPECT_DOUBLE_EQ(Score(Row("x", "是", "基本达到", 8, 6), p), 6);
  // 7 is outside the band: the profile fraction applies, 0.7 × 8 = 5.6.
  EXPECT_DOUBLE_EQ(Score(Row("x", "是", "基本达到", 8, 7), p), 5.6);
}

TEST(QualitativeIndicator, UnknownWordFallsBackToReported) {
  const IndicatorScore s = ScoreIndicator(Row("x", "效果明显", "还行吧", 10, 9), {});
  EXPECT_EQ(s.status, IndicatorStatus::kFallback);
  EXPECT_DOUBLE_EQ(s.score, 9);
  RuleProfile zero;
  zero.indicators.unscorable = FallbackPolicy::kZero;
  EXPECT_DOUBLE_EQ(Score(Row("x", "效果明显", "还行吧", 10, 9), zero), 0);
}

TEST(TextActual, GradedWhenAWordOfTheProfile) {
  // 大英: ≤ 30 万元 → 完成: graded 达成.
  const IndicatorScore s = ScoreIndicator(Row("成本控制数", "≤30万元", "完成", 90), {});
  EXPECT_EQ(s.status, IndicatorStatus::kScored);
  EXPECT_EQ(s.grade, QualitativeGradeKind::kAchieved);
  EXPECT_DOUBLE_EQ(s.score, 90);
}

TEST(UnitMismatch, IsAnErrorForThatIndicator) {
  const IndicatorScore s = ScoreIndicator(Row("x", "100人", "100%", 10, 10), {});
  EXPECT_EQ(s.status, IndicatorStatus::kError);
  EXPECT_DOUBLE_EQ(s.score, 0);
  // The reason is data (an enum and a message id with the two units), not prose.
  EXPECT_EQ(s.problem, ScoreProblem::kUnitsDiffer);
  EXPECT_EQ(s.note.id, "note.units_differ");
  ASSERT_EQ(s.note.args.size(), 2u);
  EXPECT_EQ(s.note.args[0].text, "人");
  EXPECT_EQ(s.note.args[1].text, "%");
}

TEST(ScoreProblem, EachFailureCarriesItsReason) {
  // No actual: an error; a text actual that is no grade word: an error with both values.
  const IndicatorScore none = ScoreIndicator(Row("x", "100人", "", 10, 10), {});
  EXPECT_EQ(none.status, IndicatorStatus::kError);
  EXPECT_EQ(none.problem, ScoreProblem::kNoActual);
  const IndicatorScore text = ScoreIndicator(Row("x", "100人", "很多", 10, 10), {});
  EXPECT_EQ(text.status, IndicatorStatus::kError);
  EXPECT_EQ(text.problem, ScoreProblem::kTextForNumericTarget);
  // A scored row has no problem.
  EXPECT_EQ(ScoreIndicator(Row("x", "100人", "100人", 10, 10), {}).problem, ScoreProblem::kNone);
}

TEST(Deadline, MetAndMissed) {
  EXPECT_DOUBLE_EQ(Score(Row("x", "11月底前", "10月", 5)), 5);    // 10 ≤ 11
  EXPECT_DOUBLE_EQ(Score(Row("x", "2019年", "2019年", 15)), 15);  // same year
  EXPECT_DOUBLE_EQ(Score(Row("x", "9月前", "10月", 5)), 0);       // missed: deadline_missed zero
  // An actual coarser than the target is compared at its own precision:
  // 2022年11月 against 2022年12月31日 is month 2022-11 ≤ 2022-12, met: 12.5 of 12.5;
  // 2023年1月 against the same deadline is 2023-01 > 2022-12, missed: 0.
  EXPECT_DOUBLE_EQ(Score(Row("x", "2022年12月31日", "2022年11月", 12.5)), 12.5);
  EXPECT_DOUBLE_EQ(Score(Row("x", "2022年12月31日", "2023年1月", 12.5)), 0);
  RuleProfile manual;
  manual.indicators.deadline_missed = DeadlinePolicy::kManual;
  EXPECT_DOUBLE_EQ(Score(Row("x", "2019年", "2020年", 20, 10), manual), 10);
}

TEST(Fallback, NoTargetTakesReportedCapped) {
  // 天长: target only in the name, 10 points, reported 10.
  EXPECT_DOUBLE_EQ(Score(Row("指标1:工程质量合格", "", "", 10, 10)), 10);
  // A reported score above the points is capped at the points.
  EXPECT_DOUBLE_EQ(Score(Row("x", "", "", 10, 12)), 10);
}

TEST(MissingActual, IsAnError) {
  const IndicatorScore s = ScoreIndicator(Row("x", ">=95%", "", 10, 10), {});
  EXPECT_EQ(s.status, IndicatorStatus::kError);
  EXPECT_DOUBLE_EQ(s.score, 0);
}

TEST(OverAchievement, DeductExcessWhenProfileSaysSo) {
  RuleProfile p;
  p.indicators.over_achievement_deduct = OverAchievementDeduct::kExcess;
  // A/T = 150/100 = 1.5 ≥ 1.2: 10 × (1 − (1.5 − 1.2)) = 7.00
  EXPECT_DOUBLE_EQ(Score(Row("x", ">=100", "150", 10), p), 7);
  // Default: never deducted.
  EXPECT_DOUBLE_EQ(Score(Row("x", ">=100", "150", 10)), 10);
}

TEST(Rounding, ScoreDecimalsAndFloor) {
  RuleProfile p;
  p.rounding.score_decimals = 1;
  p.rounding.score_mode = RoundMode::kFloor;
  // 1.946 → 1.9 as on a published form (truncated to one decimal):
  // 973/1000 × 2 = 1.946
  EXPECT_DOUBLE_EQ(Score(Row("x", ">=1000", "973", 2), p), 1.9);
  p.rounding.score_decimals = 0;
  p.rounding.score_mode = RoundMode::kHalfUp;
  EXPECT_DOUBLE_EQ(Score(Row("x", "43.2", "37.24", 10), p), 9);  // 8.62 → 9
}

TEST(RoundScore, HalfUpIsRobustToBinary) {
  EXPECT_DOUBLE_EQ(RoundScore(2.675, 2, RoundMode::kHalfUp), 2.68);
  EXPECT_DOUBLE_EQ(RoundScore(2.4007, 2, RoundMode::kHalfUp), 2.40);
  EXPECT_DOUBLE_EQ(RoundScore(9.78, 0, RoundMode::kFloor), 9);
}

TEST(Grades, InclusiveLowerBounds) {
  const std::vector<GradeBand> bands = RuleProfile{}.grades;
  EXPECT_EQ(GradeFor(90, bands), "优");
  EXPECT_EQ(GradeFor(89.99, bands), "良");
  EXPECT_EQ(GradeFor(60, bands), "中");
  EXPECT_EQ(GradeFor(59.99, bands), "差");
}

}  // namespace
}  // namespace evalscore
