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
  EXPECT_EQ(RunCli({"init", "--zh", file}).code, 0);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), ProjectTemplate(TemplateKeys::kChinese));
  const Outcome again = RunCli({"init", file});
  EXPECT_EQ(again.code, 3);
  EXPECT_NE(again.err.find("init never overwrites"), std::string::npos);
}

// `evalscore ARGS...` with --lang zh (RunCli forces English).
Outcome RunZh(std::vector<std::string> args) {
  namespace fs = std::filesystem;
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  args.insert(args.begin(), {"evalscore", "--no-config", "--lang", "zh"});
  std::istringstream in;
  std::ostringstream out, err;
  const int code = Run(args, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

TEST(Init, ChineseByLanguageEnglishOnRequest) {
  EXPECT_EQ(RunZh({"init"}).out, ProjectTemplate(TemplateKeys::kChinese));
  EXPECT_EQ(RunZh({"init", "--en"}).out, ProjectTemplate(TemplateKeys::kEnglish));
  EXPECT_EQ(RunCli({"init"}).out, ProjectTemplate(TemplateKeys::kEnglish));
  EXPECT_EQ(RunCli({"init", "--zh"}).out, ProjectTemplate(TemplateKeys::kChinese));
  EXPECT_EQ(RunCli({"init", "--zh", "--en"}).code, 3);
}

// The template as a clerk sees it: one field per line, no {…} rows, and no
// pre-filled weights or points (each is a placeholder).
TEST(Init, OneFieldPerLineAndNothingPrefilled) {
  for (TemplateKeys keys : {TemplateKeys::kChinese, TemplateKeys::kEnglish}) {
    std::istringstream lines(ProjectTemplate(keys));
    for (std::string line; std::getline(lines, line);) {
      const std::string code = line.substr(0, line.find('#'));
      EXPECT_EQ(code.find('{'), std::string::npos) << line;
      EXPECT_EQ(code.find("50"), std::string::npos) << line;
    }
  }
  const std::string zh = ProjectTemplate(TemplateKeys::kChinese);
  EXPECT_NE(zh.find("  项目名称: 请填写项目名称"), std::string::npos);
  EXPECT_EQ(zh.find("name:"), std::string::npos);
}

// An untouched template never scores (no "0.00 差" with exit 0): every
// placeholder is an input error saying what to fill in, in both languages.
TEST(Init, UntouchedTemplateIsAnErrorSayingWhatToFillIn) {
  const std::string dir = TempDir("untouched");
  std::ofstream(dir + "/zh.yaml") << ProjectTemplate(TemplateKeys::kChinese);
  std::ofstream(dir + "/en.yaml") << ProjectTemplate(TemplateKeys::kEnglish);
  const Outcome zh = RunZh({dir + "/zh.yaml"});
  EXPECT_EQ(zh.code, 2);
  EXPECT_NE(zh.out.find("/zh.yaml:13:17: 错误: 请填写项目名称（把“请填写项目名称”换成表上的内容）"),
            std::string::npos)
      << zh.out;
  EXPECT_EQ(zh.out.find("0.00"), std::string::npos);
  const Outcome en = RunCli({dir + "/en.yaml"});
  EXPECT_EQ(en.code, 2);
  EXPECT_NE(
      en.out.find("/en.yaml:13:9: error: fill in 项目名称: replace '请填写项目名称' with what "
                  "the form says"),
      std::string::npos)
      << en.out;
}

void Replace(std::string* s, const std::string& from, const std::string& to) {
  const size_t at = s->find(from);
  ASSERT_NE(at, std::string::npos) << from;
  s->replace(at, from.size(), to);
}

// Each commented-out block, uncommented, is valid YAML at the right level: the
// only errors left are the placeholders.
TEST(Init, UncommentedBlocksOnlyLeavePlaceholders) {
  // Uncomment as the header says: drop "# " from the indented lines that hold a
  // key or a row (explanations use full-width colons only).
  static const std::regex commented_key(R"(^(  +)# ( *(- )?[^ :]+:( .*)?)$)");
  std::string t;
  std::istringstream lines_in(ProjectTemplate(TemplateKeys::kChinese));
  for (std::string line; std::getline(lines_in, line);) {
    t += std::regex_replace(line, commented_key, "$1$2") + "\n";
  }
  EXPECT_EQ(t.find("  # 效益指标:"), std::string::npos);
  EXPECT_NE(t.find("  效益指标:"), std::string::npos);
  const std::string dir = TempDir("uncommented");
  std::ofstream(dir + "/t.yaml") << t;
  const Outcome o = RunCli({dir + "/t.yaml"});
  EXPECT_EQ(o.code, 2);
  std::istringstream lines(o.out);
  size_t errors = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": error: ") == std::string::npos || line.find("t.yaml:") == std::string::npos)
      continue;
    ++errors;
    EXPECT_NE(line.find("error: fill in "), std::string::npos) << line;
  }
  EXPECT_GT(errors, 20u);
}

TEST(Init, HalfFilledTemplateStillSaysWhatIsMissing) {
  std::string t = ProjectTemplate(TemplateKeys::kChinese);
  Replace(&t, "项目名称: 请填写项目名称", "项目名称: 生存认证人脸识别技术系统费用");
  Replace(&t, "年度: 请填写年度", "年度: 2021年度");
  const std::string dir = TempDir("half");
  std::ofstream(dir + "/half.yaml") << t;
  const Outcome o = RunZh({"check", dir + "/half.yaml"});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.out.find("请填写项目名称"), std::string::npos);
  EXPECT_NE(o.out.find("请填写主管部门"), std::string::npos);
  EXPECT_NE(o.out.find("请填写全年预算数"), std::string::npos);
}

// Filled in with the seed's figures (Chinese keys, the seed's rows), the
// template scores as the seed does.
TEST(Init, FilledWithTheSeedReproduces92_40) {
  std::string t = ProjectTemplate(TemplateKeys::kChinese);
  Replace(&t, "项目名称: 请填写项目名称", "项目名称: 生存认证人脸识别技术系统费用");
  Replace(&t, "年度: 请填写年度", "年度: 2021年度");
  Replace(&t, "主管部门: 请填写主管部门", "主管部门: 承德县人力资源和社会保障局");
  Replace(&t, "实施单位: 请填写实施单位", "实施单位: 承德县承县居民社会养老保险");
  Replace(&t, "预期目标: 请填写预期目标",
          "预期目标: 对符合待遇领取人员每年进行2次领取待遇资格认证");
  Replace(&t, "实际完成情况: 请填写实际完成情况", "实际完成情况: 及时支付生存认证软件管理服务费");
  Replace(&t, "分值: 请填写分值                # “年度资金总额”行", "分值: 10  #");
  Replace(&t, "年初预算数: 请填写年初预算数", "年初预算数: 22.41");
  Replace(&t, "全年预算数: 请填写全年预算数", "全年预算数: 22.41");
  Replace(&t, "全年执行数: 请填写全年执行数", "全年执行数: 5.38");
  Replace(&t, "执行率: 请填写执行率", "执行率: 24%");
  Replace(&t, "得分: 请填写得分      # 表上填的得分", "得分: 2.4");
  // The indicator block of the seed, one field per line as the template has it.
  const auto row = [](const char* name, const char* target, const char* actual, int points) {
    return std::string("      - 指标名称: ") + name + "\n        年度指标值: " + target +
           "\n        实际完成值: " + actual + "\n        分值: " + std::to_string(points) +
           "\n        得分: " + std::to_string(points) + "\n";
  };
  const size_t from = t.find("  产出指标:");
  const size_t to = t.find("\n总分:") + 1;  // the 总分 block, not a comment naming 总分
  t.replace(from, to - from,
            "  产出指标:\n    分值: 50\n    数量指标:\n" +
                row("人脸识别系统认证人", "15万人", "15.3万人", 10) +
                row("人脸识别系统认证率", "\">=95%\"", "100%", 8) + "    质量指标:\n" +
                row("系统运行情况", "\">=95%\"", "100%", 8) +
                row("系统故障率", "\"<=10%\"", "0%", 8) + "    时效指标:\n" +
                row("业务处理及时性", "及时处理", "及时处理", 8) +
                row("异常处理能力", "及时处理", "及时处理", 8) +
                "  效益指标:\n    分值: 30\n    经济效益指标:\n" +
                row("防冒领确定基金安全", "安全", "安全", 10) + "    社会效益指标:\n" +
                row("维护社会稳定", "良好", "良好", 10) + "    可持续影响指标:\n" +
                row("保证长期连续性工作", "正常", "正常", 10) +
                "  满意度指标:\n    分值: 10\n    服务对象满意度指标:\n" +
                row("用户使用满意度", "\">=95%\"", "100%", 10) + "\n");
  Replace(&t, "分值: 请填写总分的分值", "分值: 100");
  Replace(&t, "得分: 请填写总分的得分", "得分: 92.4");
  Replace(&t, "自评等级: 请填写自评等级", "自评等级: 优");
  const std::string dir = TempDir("filled");
  std::ofstream(dir + "/seed.yaml") << t;
  const Outcome o = RunCli({"-f", "csv", dir + "/seed.yaml"});
  EXPECT_EQ(o.code, 0) << o.out << o.err << t;
  // 5.38 / 22.41 × 10 = 2.40; 90 indicator points all met: 92.40, 优.
  EXPECT_NE(o.out.find(",24.01,2.40,90.00,92.40,100,优,92.4,"), std::string::npos) << o.out;
}

}  // namespace
}  // namespace evalscore::cli
