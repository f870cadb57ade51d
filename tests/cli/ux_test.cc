// Issue #7: Chinese keys, the init template, batch summaries, terminal manners.
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "../unit/test_util.h"
#include "cli/init_template.h"
#include "cli/run.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using testing::Outcome;
using testing::RunCli;
using testing::TempDir;
using testing::Write;

// The JSON report without the lines that name the file or point into it.
std::string WithoutPositions(const std::string& json) {
  return std::regex_replace(json, std::regex(R"re(\s*"(path|line|column)": [^\n]*\n)re"), "\n");
}

TEST(ChineseKeys, SeedScoresIdenticallyToTheEnglishKeyedFile) {
  const Outcome zh = RunCli({"-f", "json", "tests/zh-keys/seed-zh.yaml"});
  const Outcome en = RunCli({"-f", "json", "examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(zh.code, 0) << zh.out;
  EXPECT_EQ(WithoutPositions(zh.out), WithoutPositions(en.out));
  EXPECT_NE(zh.out.find("\"total\": 92.4"), std::string::npos);
}

TEST(Init, WritesTheTemplateAndNeverOverwrites) {
  const std::string dir = TempDir("init");
  const std::string file = dir + "/新项目.yaml";
  EXPECT_EQ(RunCli({"init", file}).code, 0);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), ProjectTemplate());
  const Outcome again = RunCli({"init", file});
  EXPECT_EQ(again.code, 3);
  EXPECT_NE(again.err.find("init never overwrites"), std::string::npos);
  // The untouched template loads (and scores 0 until filled in).
  EXPECT_NE(RunCli({"-f", "csv", file}).out.find(",scored,项目名称,"), std::string::npos);
}

void Replace(std::string* s, const std::string& from, const std::string& to) {
  const size_t at = s->find(from);
  ASSERT_NE(at, std::string::npos) << from;
  s->replace(at, from.size(), to);
}

TEST(Init, FilledWithTheSeedReproduces92_40) {
  std::string t = ProjectTemplate();
  Replace(&t, "name: 项目名称", "name: 生存认证人脸识别技术系统费用");
  Replace(&t, "year: 2025", "year: 2021");
  Replace(
      &t, "{initial: 0, budget: 0, executed: 0, reported_rate: , reported_score: }",
      "{initial: 22.41, budget: 22.41, executed: 5.38, reported_rate: 24%, reported_score: 2.4}");
  Replace(&t, "appropriation: {initial: , budget: , executed: }",
          "appropriation: {initial: 3.68, budget: 3.68, executed: 3.68}");
  Replace(&t, "carryover:     {initial: , budget: , executed: }",
          "carryover:     {initial: 1.7, budget: 1.7, executed: 1.7}");
  // The indicator block of the seed (its rows, into the template's groups).
  const size_t from = t.find("  产出指标:");
  const size_t to = t.find("reported:");
  t.replace(
      from, to - from,
      "  产出指标:\n    weight: 50\n    数量指标:\n"
      "      - {name: 人脸识别系统认证人, target: 15万人, actual: 15.3万人, points: 10, score: "
      "10}\n"
      "      - {name: 人脸识别系统认证率, target: \">=95%\", actual: 100%, points: 8, score: 8}\n"
      "    质量指标:\n"
      "      - {name: 系统运行情况, target: \">=95%\", actual: 100%, points: 8, score: 8}\n"
      "      - {name: 系统故障率, target: \"<=10%\", actual: 0%, points: 8, score: 8}\n"
      "    时效指标:\n"
      "      - {name: 业务处理及时性, target: 及时处理, actual: 及时处理, points: 8, score: 8}\n"
      "      - {name: 异常处理能力, target: 及时处理, actual: 及时处理, points: 8, score: 8}\n"
      "  效益指标:\n    weight: 30\n"
      "    经济效益指标:\n      - {name: 防冒领确定基金安全, target: 安全, actual: 安全, points: "
      "10, score: 10}\n"
      "    社会效益指标:\n      - {name: 维护社会稳定, target: 良好, actual: 良好, points: 10, "
      "score: 10}\n"
      "    可持续影响指标:\n      - {name: 保证长期连续性工作, target: 正常, actual: 正常, points: "
      "10, score: 10}\n"
      "  满意度指标:\n    weight: 10\n    服务对象满意度指标:\n"
      "      - {name: 用户使用满意度, target: \">=95%\", actual: 100%, points: 10, score: 10}\n\n");
  Replace(&t, "  total:                         # 得分合计", "  total: 92.4");
  const std::string dir = TempDir("filled");
  std::ofstream(dir + "/seed.yaml") << t;
  const Outcome o = RunCli({"-f", "csv", dir + "/seed.yaml"});
  EXPECT_EQ(o.code, 0) << o.out << o.err;
  // 5.38 / 22.41 × 10 = 2.40; 90 indicator points all met: 92.40, 优.
  EXPECT_NE(o.out.find(",24.01,2.40,90.00,92.40,100,优,92.4,"), std::string::npos) << o.out;
}

}  // namespace
}  // namespace evalscore::cli
