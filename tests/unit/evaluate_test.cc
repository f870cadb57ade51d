// Evaluate(): the one value consumers read — scores nested under their levels,
// level sums with the printed sums beside them, totals, findings.
#include "evalscore/evaluate.h"

#include <string>

#include <gtest/gtest.h>

#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"

#include "test_util.h"

namespace evalscore {
namespace {

Evaluation Seed() {
  auto p = LoadProject(testing::ReadSource("examples/01-seed-chengde-2021.yaml"));
  EXPECT_TRUE(p.has_value());
  return Evaluate(p.value(), BuiltinProfile("central-2020"));
}

bool HasCode(const Evaluation& e, const std::string& code) {
  for (const Diagnostic& d : e.diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

// The seed form, by hand: funds 5.38 / 22.41 = 24.01% × 10 = 2.40; the ten
// named rows all met: 10 + 8 + 8 + 8 + 8 + 8 (产出) + 10 + 10 + 10 (效益) + 10
// (满意度) = 90; total 90 + 2.40 = 92.40 → 优 (≥ 90 under central-2020).
TEST(Evaluate, SeedTotalsAndTree) {
  const Evaluation e = Seed();
  EXPECT_EQ(e.profile.name, "central-2020");
  EXPECT_DOUBLE_EQ(e.funds.score, 2.4);
  EXPECT_DOUBLE_EQ(e.totals.indicator_score, 90);
  EXPECT_DOUBLE_EQ(e.totals.total, 92.4);
  EXPECT_EQ(e.totals.grade, "优");
  ASSERT_EQ(e.categories.size(), 3u);
  const CategoryEvaluation& output = e.categories[0];
  EXPECT_EQ(output.form->name.value, "产出指标");
  EXPECT_EQ(output.block, nullptr);  // the seed has no level above 一级
  // 产出指标: 10 + 8 + 8 + 8 + 8 + 8 = 50 (the blank row's 8 is not scored).
  EXPECT_DOUBLE_EQ(output.sum.points, 50);
  EXPECT_DOUBLE_EQ(output.sum.score, 50);
  ASSERT_EQ(output.groups.size(), 3u);
  const GroupEvaluation& quality = output.groups[1];
  EXPECT_EQ(quality.form->name.value, "质量指标");
  ASSERT_EQ(quality.rows.size(), 3u);  // 系统运行情况, 系统故障率, the blank row
  EXPECT_EQ(quality.rows[1].score.name, "系统故障率");
  EXPECT_EQ(quality.rows[1].form, &e.project.categories[0].groups[1].indicators[1]);
  EXPECT_TRUE(quality.rows[2].form->blank);
  // Printed 得分 of the counted rows: 8 + 8 = 16, as recomputed.
  ASSERT_TRUE(quality.sum.reported.has_value());
  EXPECT_DOUBLE_EQ(*quality.sum.reported, 16);
  EXPECT_FALSE(quality.sum.differs);
  EXPECT_EQ(e.Rows().size(), 11u);  // ten named rows and the blank one
  // 3.68 + 1.7 ≠ 22.41 (ES101); 24.01% < 80% (ES106).
  EXPECT_TRUE(HasCode(e, "ES101"));
  EXPECT_TRUE(HasCode(e, "ES106"));
}

// A copy's tree points into the copy's own project, not the original's.
TEST(Evaluate, CopyRepointsTheTree) {
  const Evaluation original = Seed();
  Evaluation copy = original;
  EXPECT_EQ(copy.categories[2].form, &copy.project.categories[2]);
  EXPECT_EQ(copy.categories[0].groups[0].rows[0].form,
            &copy.project.categories[0].groups[0].indicators[0]);
  copy = Seed();  // moved in: still its own
  EXPECT_EQ(copy.categories[1].groups[2].form, &copy.project.categories[1].groups[2]);
}

// A row printed 9.7 where 10 is recomputed: highlighted under the default
// tolerance (|9.7 - 10| = 0.3 > 0.01), not under a tolerance of 0.5.
TEST(Evaluate, DiffersFollowsTheProfileTolerance) {
  auto p = LoadProject(
      "format: evalscore/1\n"
      "project: {name: 甲}\n"
      "indicators:\n"
      "  产出指标:\n"
      "    数量指标:\n"
      "      - {name: 完成数, target: 10个, actual: 10个, points: 10, score: 9.7}\n");
  ASSERT_TRUE(p.has_value());
  RuleProfile profile = BuiltinProfile("central-2020");
  const Evaluation strict = Evaluate(p.value(), profile);
  EXPECT_TRUE(strict.categories[0].groups[0].rows[0].differs);
  EXPECT_TRUE(strict.categories[0].groups[0].sum.differs);  // 9.7 vs 10 summed
  profile.checks.score_tolerance = 0.5;
  const Evaluation lenient = Evaluate(p.value(), profile);
  EXPECT_FALSE(lenient.categories[0].groups[0].rows[0].differs);
  EXPECT_FALSE(lenient.categories[0].groups[0].sum.differs);
  EXPECT_DOUBLE_EQ(lenient.profile.score_tolerance, 0.5);
}

}  // namespace
}  // namespace evalscore
