// The renderers read the Evaluation tree: each row under its own level, also
// where 一级/二级 names repeat across blocks (the text renderer once matched
// rows to groups by name and put both rows below under the first block).
#include <string>

#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace evalscore::testing {
namespace {

const char kRepeatedLevels[] =
    "format: evalscore/1\n"
    "project: {name: 同名二级}\n"
    "indicators:\n"
    "  - block: 年度目标一\n"
    "    产出指标: {数量指标: [{name: 甲行, target: 10个, actual: 10个, points: 20, score: 20}]}\n"
    "  - block: 年度目标二\n"
    "    产出指标: {数量指标: [{name: 乙行, target: 10个, actual: 5个, points: 30, score: 30}]}\n";

// 甲行 10/10 of 20 → 20; 乙行 5/10 of 30 → 15 (printed 30): the second block's
// 产出指标 reads 15.00 / 30 and lists 乙行 after its own heading.
TEST(EvaluationRender, TextKeepsRowsUnderTheirBlock) {
  const std::string dir = TempDir("repeated_levels");
  Write(dir + "/rep.yaml", kRepeatedLevels);
  const Outcome r = RunCli({dir + "/rep.yaml"});
  const size_t first = r.out.find("产出指标");
  const size_t second = r.out.find("产出指标", first + 1);
  ASSERT_NE(second, std::string::npos) << r.out;
  const size_t a = r.out.find("甲行"), b = r.out.find("乙行");
  EXPECT_TRUE(first < a && a < second) << r.out;
  EXPECT_GT(b, second) << r.out;
  EXPECT_NE(r.out.find("15.00 / 30"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("printed 得分 sum 30 · recomputed 15.00"), std::string::npos) << r.out;
}

// The form renderers: each block labels its own 一级 cell, the row beside it.
TEST(EvaluationRender, MarkdownLabelsEachBlock) {
  const std::string dir = TempDir("repeated_levels_md");
  Write(dir + "/rep.yaml", kRepeatedLevels);
  const Outcome r = RunCli({"-f", "markdown", dir + "/rep.yaml"});
  EXPECT_NE(r.out.find("| 年度目标一 · 产出指标 | 数量指标 | 甲行 |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| 年度目标二 · 产出指标 | 数量指标 | 乙行 |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| **15.00** | 30 |"), std::string::npos) << r.out;  // differs: bold
}

}  // namespace
}  // namespace evalscore::testing
